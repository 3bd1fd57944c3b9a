using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;

namespace ReportGen.Data;

/// <summary>
/// Reads one daily price file in the layouts users export from Yahoo Finance / yfinance: a <c>Date</c> column plus any of
/// <c>Open, High, Low, Close, Adj Close, Volume</c>, or the yfinance three-line header
/// (<c>Price,…</c> / <c>Ticker,…</c> / <c>Date,,,</c>). The ticker is the file name without <c>.csv</c>.
/// </summary>
public static class PriceFileReader
{
    private static readonly string[] KnownColumns = ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"];

    /// <summary>Parses a price file into its adjusted-close and close series (either may be absent), reporting every bad row.</summary>
    /// <param name="file">The parsed CSV.</param>
    /// <param name="ticker">The security the file belongs to.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The series found, or null when the file is unusable (its diagnostics say why).</returns>
    public static (PriceSeries? AdjustedClose, PriceSeries? Close)? Read(CsvFile file, string ticker, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (file.Rows.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.BadHeader, "the file is empty; expected a header such as 'Date,Open,High,Low,Close,Adj Close,Volume'", new SourceLocation(file.Path, 1, 1));
            return null;
        }

        var (header, firstData) = HeaderOf(file);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            var name = Canonical(header[i]);
            if (name is null)
            {
                diagnostics.Error(DiagnosticCodes.BadHeader, $"unknown column '{header[i]}' (field {i + 1}); expected any of: {string.Join(", ", KnownColumns)}", new SourceLocation(file.Path, file.Rows[0].Line, file.Rows[0].ColumnOf(i)), file.Rows[0].RawLine);
                ok = false;
            }
            else if (!index.TryAdd(name, i))
            {
                diagnostics.Error(DiagnosticCodes.BadHeader, $"column '{header[i]}' (field {i + 1}) appears twice", new SourceLocation(file.Path, file.Rows[0].Line, file.Rows[0].ColumnOf(i)), file.Rows[0].RawLine);
                ok = false;
            }
        }

        if (!index.TryGetValue("Date", out var dateField) || !(index.ContainsKey("Close") || index.ContainsKey("Adj Close")))
        {
            diagnostics.Error(DiagnosticCodes.BadHeader, $"header '{file.Rows[0].RawLine}' lacks a 'Date' column and a 'Close' or 'Adj Close' column", new SourceLocation(file.Path, file.Rows[0].Line, 1), file.Rows[0].RawLine);
            return null;
        }

        if (!ok)
        {
            return null;
        }

        var dates = new List<DateOnly>();
        var adjField = index.GetValueOrDefault("Adj Close", -1);
        var closeField = index.GetValueOrDefault("Close", -1);
        var adj = adjField >= 0 ? new List<double>() : null;
        var close = closeField >= 0 ? new List<double>() : null;
        var errorsBefore = diagnostics.ErrorCount;
        for (var r = firstData; r < file.Rows.Count; r++)
        {
            var row = file.Rows[r];
            if (row.Fields.Count != header.Count)
            {
                diagnostics.Error(DiagnosticCodes.BadFieldCount, $"row has {row.Fields.Count} fields; expected {header.Count} as in the header", new SourceLocation(file.Path, row.Line, 1), row.RawLine);
                continue;
            }

            var d = dateField;
            if (!TryDate(file, row, d, diagnostics, out var date))
            {
                continue;
            }

            if (dates.Count > 0 && date <= dates[^1])
            {
                var code = date == dates[^1] ? DiagnosticCodes.DuplicateDate : DiagnosticCodes.UnsortedDate;
                var what = date == dates[^1] ? "appears twice" : $"comes after {dates[^1]:yyyy-MM-dd}";
                diagnostics.Error(code, $"date '{row.Fields[d]}' in column 'Date' (field {d + 1}) {what}; expected dates in ascending order, one row per trading day", new SourceLocation(file.Path, row.Line, row.ColumnOf(d)), row.RawLine);
                continue;
            }

            var a = adj is null ? 0 : Price(file, row, adjField, "Adj Close", diagnostics);
            var c = close is null ? 0 : Price(file, row, closeField, "Close", diagnostics);
            if (double.IsNaN(a) || double.IsNaN(c))
            {
                continue;
            }

            dates.Add(date);
            adj?.Add(a);
            close?.Add(c);
        }

        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        return (
            adj is null ? null : new PriceSeries(ticker, PriceField.AdjustedClose, dates, adj),
            close is null ? null : new PriceSeries(ticker, PriceField.Close, dates, close));
    }

    private static (IReadOnlyList<string> Header, int FirstData) HeaderOf(CsvFile file)
    {
        var rows = file.Rows;
        var yfinance = rows.Count >= 3
            && string.Equals(rows[0].Fields[0], "Price", StringComparison.Ordinal)
            && string.Equals(rows[1].Fields[0], "Ticker", StringComparison.Ordinal)
            && string.Equals(rows[2].Fields[0], "Date", StringComparison.Ordinal);
        if (!yfinance)
        {
            return (rows[0].Fields, 1);
        }

        var header = rows[0].Fields.ToArray();
        header[0] = "Date";
        return (header, 3);
    }

    private static string? Canonical(string column)
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

    private static bool TryDate(CsvFile file, CsvRow row, int field, DiagnosticBag diagnostics, out DateOnly date)
    {
        var text = row.Fields[field];
        if (text.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyField, $"column 'Date' (field {field + 1}) is empty; expected a date such as 2026-03-31", new SourceLocation(file.Path, row.Line, row.ColumnOf(field)), row.RawLine);
            date = default;
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.BadDate, $"'{text}' in column 'Date' (field {field + 1}) is not a date; expected yyyy-MM-dd such as 2026-03-31", new SourceLocation(file.Path, row.Line, row.ColumnOf(field)), row.RawLine);
        return false;
    }

    private static double Price(CsvFile file, CsvRow row, int field, string column, DiagnosticBag diagnostics)
    {
        var text = row.Fields[field];
        var at = new SourceLocation(file.Path, row.Line, row.ColumnOf(field));
        if (text.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyField, $"column '{column}' (field {field + 1}) is empty; expected a price in USD such as 134.29", at, row.RawLine);
            return double.NaN;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            diagnostics.Error(DiagnosticCodes.BadNumber, $"'{text}' in column '{column}' (field {field + 1}) is not a number; expected a decimal such as 134.29", at, row.RawLine);
            return double.NaN;
        }

        if (value <= 0)
        {
            diagnostics.Error(DiagnosticCodes.NonPositivePrice, $"'{text}' in column '{column}' (field {field + 1}) is not a positive price; expected a price above 0", at, row.RawLine);
            return double.NaN;
        }

        return value;
    }
}
