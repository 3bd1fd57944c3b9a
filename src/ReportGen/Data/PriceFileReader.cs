using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// Reads one daily price file in the layouts users export from Yahoo Finance / yfinance: a <c>Date</c> column plus any of
/// <c>Open, High, Low, Close, Adj Close, Volume</c> in any order, or the yfinance three-line header
/// (<c>Price,…</c> / <c>Ticker,…</c> / <c>Date,,,</c>). The ticker is the file name without <c>.csv</c>.
/// Checks every row: dates ascending and unique, prices finite and within <see cref="Plausibility.MinPriceUsd"/> to
/// <see cref="Plausibility.MaxPriceUsd"/> (<see cref="DiagnosticCodes.ImplausiblePrice"/>), High ≥ Low with Open and Close inside, volume a
/// non-negative integer, and no one-day move that looks like an unadjusted split (<see cref="DiagnosticCodes.SuspectedSplit"/>).
/// </summary>
internal static class PriceFileReader
{
    private static readonly string[] KnownColumns = ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"];
    private static readonly int[] SplitRatios = [2, 3, 4, 5, 10, 20];

    /// <summary>Largest one-day ratio treated as a fall big enough to be a split (a −45% move).</summary>
    internal const double SplitFallRatio = 0.55;

    /// <summary>Smallest one-day ratio treated as a rise big enough to be a reverse split (a +90% move).</summary>
    internal const double SplitRiseRatio = 1.90;

    /// <summary>Relative distance from an exact split ratio within which a big move is reported (±2.5%).</summary>
    internal const double SplitTolerance = 0.025;

    /// <summary>Parses and checks a price file, reporting every bad row.</summary>
    /// <param name="file">The parsed CSV.</param>
    /// <param name="ticker">The security the file belongs to.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The file's content, or null when it had any error (its diagnostics say why).</returns>
    public static PriceFile? Read(CsvFile file, string ticker, DiagnosticBag diagnostics)
    {
        if (file.Rows.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.BadHeader, "the file is empty; expected a header such as 'Date,Open,High,Low,Close,Adj Close,Volume'", new SourceLocation(file.Path, 1, 1));
            return null;
        }

        var (header, firstData) = HeaderOf(file);
        var headerRow = file.Rows[0];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            var name = Canonical(header[i]);
            var at = new SourceLocation(file.Path, headerRow.Line, headerRow.ColumnOf(i));
            if (name is null)
            {
                diagnostics.Error(DiagnosticCodes.BadHeader, $"unknown column '{header[i]}' (field {i + 1}); expected any of: {string.Join(", ", KnownColumns)}", at, headerRow.RawLine);
                ok = false;
            }
            else if (!index.TryAdd(name, i))
            {
                diagnostics.Error(DiagnosticCodes.BadHeader, $"column '{header[i]}' (field {i + 1}) appears twice; expected each column once", at, headerRow.RawLine);
                ok = false;
            }
        }

        if (!index.ContainsKey("Date") || !(index.ContainsKey("Close") || index.ContainsKey("Adj Close")))
        {
            diagnostics.Error(DiagnosticCodes.BadHeader, $"header '{headerRow.RawLine}' lacks a 'Date' column and a 'Close' or 'Adj Close' column; expected a header such as 'Date,Open,High,Low,Close,Adj Close,Volume'", new SourceLocation(file.Path, headerRow.Line, 1), headerRow.RawLine);
            return null;
        }

        if (!ok)
        {
            return null;
        }

        var result = new PriceFile(
            file.Path,
            ticker,
            [],
            [],
            index.ContainsKey("Adj Close") ? [] : null,
            index.ContainsKey("Close") ? [] : null,
            index.ContainsKey("Open") ? [] : null,
            index.ContainsKey("High") ? [] : null,
            index.ContainsKey("Low") ? [] : null,
            index.ContainsKey("Volume") ? [] : null);
        var errorsBefore = diagnostics.ErrorCount;
        for (var r = firstData; r < file.Rows.Count; r++)
        {
            ReadRow(file, file.Rows[r], header.Count, index, result, diagnostics);
        }

        CheckSplits(file, result, result.AdjustedClose, "Adj Close", index, diagnostics);
        CheckSplits(file, result, result.Close, "Close", index, diagnostics);
        return diagnostics.ErrorCount > errorsBefore ? null : result;
    }

    private static void ReadRow(CsvFile file, CsvRow row, int fieldCount, Dictionary<string, int> index, PriceFile result, DiagnosticBag diagnostics)
    {
        if (!FieldReader.FieldCountMatches(file, row, fieldCount, diagnostics))
        {
            return;
        }

        var dateField = index["Date"];
        if (!FieldReader.TryDate(file, row, dateField, "Date", diagnostics, out var date))
        {
            return;
        }

        var dates = result.Dates;
        if (dates.Count > 0 && date <= dates[^1])
        {
            var code = date == dates[^1] ? DiagnosticCodes.DuplicateDate : DiagnosticCodes.UnsortedDate;
            var what = date == dates[^1]
                ? string.Create(CultureInfo.InvariantCulture, $"appears twice (first on line {result.Lines[^1]})")
                : string.Create(CultureInfo.InvariantCulture, $"comes after {dates[^1]:yyyy-MM-dd}");
            diagnostics.Error(code, $"date '{FieldReader.Text(row, dateField)}' in {FieldReader.Column("Date", dateField)} {what}; expected dates in ascending order, one row per trading day", FieldReader.At(file, row, dateField), row.RawLine);
            return;
        }

        var adj = Price(file, row, index, "Adj Close", diagnostics);
        var close = Price(file, row, index, "Close", diagnostics);
        var open = Price(file, row, index, "Open", diagnostics);
        var high = Price(file, row, index, "High", diagnostics);
        var low = Price(file, row, index, "Low", diagnostics);
        var volume = Volume(file, row, index, diagnostics);
        if (double.IsNaN(adj) || double.IsNaN(close) || double.IsNaN(open) || double.IsNaN(high) || double.IsNaN(low) || volume < 0)
        {
            return;
        }

        if (!BarIsConsistent(file, row, index, open, high, low, close, diagnostics))
        {
            return;
        }

        dates.Add(date);
        result.Lines.Add(row.Line);
        result.AdjustedClose?.Add(adj);
        result.Close?.Add(close);
        result.Open?.Add(open);
        result.High?.Add(high);
        result.Low?.Add(low);
        result.Volume?.Add(volume);
    }

    private static bool BarIsConsistent(CsvFile file, CsvRow row, Dictionary<string, int> index, double open, double high, double low, double close, DiagnosticBag diagnostics)
    {
        if (!index.TryGetValue("High", out var highField) || !index.TryGetValue("Low", out var lowField))
        {
            return true;
        }

        var text = (string column) => FieldReader.Text(row, index[column]);
        if (high < low)
        {
            diagnostics.Error(DiagnosticCodes.HighBelowLow, $"'{text("High")}' in {FieldReader.Column("High", highField)} is below '{text("Low")}' in {FieldReader.Column("Low", lowField)}; expected High >= Low", FieldReader.At(file, row, highField), row.RawLine);
            return false;
        }

        foreach (var (column, value) in new[] { ("Open", open), ("Close", close) })
        {
            if (index.TryGetValue(column, out var field) && (value < low || value > high))
            {
                diagnostics.Error(DiagnosticCodes.HighBelowLow, $"'{text(column)}' in {FieldReader.Column(column, field)} is outside the day's range Low '{text("Low")}' to High '{text("High")}'; expected Low <= {column} <= High", FieldReader.At(file, row, field), row.RawLine);
                return false;
            }
        }

        return true;
    }

    /// <summary>Reports <see cref="DiagnosticCodes.SuspectedSplit"/> for every one-day move matching the rule documented there.</summary>
    private static void CheckSplits(CsvFile file, PriceFile result, List<double>? values, string column, Dictionary<string, int> index, DiagnosticBag diagnostics)
    {
        if (values is null)
        {
            return;
        }

        var field = index[column];
        for (var i = 1; i < values.Count; i++)
        {
            var q = values[i] / values[i - 1];
            if (q > SplitFallRatio && q < SplitRiseRatio)
            {
                continue;
            }

            foreach (var k in SplitRatios)
            {
                var split = Math.Abs((q * k) - 1) <= SplitTolerance;
                var reverse = Math.Abs((q / k) - 1) <= SplitTolerance;
                if (!split && !reverse)
                {
                    continue;
                }

                var line = result.Lines[i];
                var row = file.Rows.First(r => r.Line == line);
                var looksLike = split ? $"a {k}-for-1 split" : $"a 1-for-{k} reverse split";
                var message = string.Create(CultureInfo.InvariantCulture, $"'{FieldReader.Text(row, field)}' in {FieldReader.Column(column, field)} on {result.Dates[i]:yyyy-MM-dd} is {q:0.####}x the previous close {values[i - 1]:0.####} on {result.Dates[i - 1]:yyyy-MM-dd} ({q - 1:+0.0%;-0.0%}), which looks like {looksLike} not applied to earlier rows; expected split-adjusted prices");
                diagnostics.Error(DiagnosticCodes.SuspectedSplit, message, FieldReader.At(file, row, field), row.RawLine);
                break;
            }
        }
    }

    private static double Price(CsvFile file, CsvRow row, Dictionary<string, int> index, string column, DiagnosticBag diagnostics)
    {
        if (!index.TryGetValue(column, out var field))
        {
            return 0;
        }

        if (!FieldReader.TryDouble(file, row, field, column, required: true, "a price in USD such as 134.29", diagnostics, out var value))
        {
            return double.NaN;
        }

        return FieldReader.RequirePositive(file, row, field, column, value!.Value, "a price above 0", diagnostics, DiagnosticCodes.NonPositivePrice)
            && Plausibility.Price(file, row, field, column, value.Value, string.Empty, diagnostics) ? value.Value : double.NaN;
    }

    private static long Volume(CsvFile file, CsvRow row, Dictionary<string, int> index, DiagnosticBag diagnostics)
    {
        if (!index.TryGetValue("Volume", out var field))
        {
            return 0;
        }

        var text = FieldReader.Text(row, field);
        if (text.Length == 0)
        {
            FieldReader.Empty(file, row, field, "Volume", "a number of shares such as 127344000", diagnostics);
            return -1;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var volume))
        {
            diagnostics.Error(DiagnosticCodes.BadNumber, $"'{text}' in {FieldReader.Column("Volume", field)} is not a whole number; expected a number of shares such as 127344000", FieldReader.At(file, row, field), row.RawLine);
            return -1;
        }

        if (volume < 0)
        {
            diagnostics.Error(DiagnosticCodes.BadValue, $"'{text}' in {FieldReader.Column("Volume", field)} is negative; expected a number of shares, 0 or more", FieldReader.At(file, row, field), row.RawLine);
            return -1;
        }

        return volume;
    }

    private static (IReadOnlyList<string> Header, int FirstData) HeaderOf(CsvFile file)
    {
        var rows = file.Rows;
        var yfinance = rows.Count >= 3
            && rows[0].Fields.Count > 0 && string.Equals(rows[0].Fields[0], "Price", StringComparison.Ordinal)
            && rows[1].Fields.Count > 0 && string.Equals(rows[1].Fields[0], "Ticker", StringComparison.Ordinal)
            && rows[2].Fields.Count > 0 && string.Equals(rows[2].Fields[0], "Date", StringComparison.Ordinal);
        if (!yfinance)
        {
            return (rows[0].Fields, 1);
        }

        var header = rows[0].Fields.ToArray();
        header[0] = "Date";
        return (header, 3);
    }

    /// <summary>The known column a header field names (trimmed, case-insensitive, '_' for a space), or null.</summary>
    internal static string? Canonical(string column)
    {
        var key = column.Trim().Replace("_", " ", StringComparison.Ordinal);
        foreach (var known in KnownColumns)
        {
            if (string.Equals(known, key, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return string.Equals(key, "AdjClose", StringComparison.OrdinalIgnoreCase) ? "Adj Close" : null;
    }
}
