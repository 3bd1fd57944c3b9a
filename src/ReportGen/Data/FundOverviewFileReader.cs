using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// Reads an ETF overview snapshot in the stockanalysis.com layout scraped by jmaslek/etf_scraper: the first column (empty header,
/// or <c>Ticker</c>) is the ticker; <c>Assets</c> and <c>Expense</c> are required; <c>Price, NAV, PE, Beta, Div, DivYield,
/// SharesOut, Volume, Open, PrevClose, YrLow, YrHigh, N_Hold</c> are optional (the 2021-07 layout has fewer). Empty,
/// <c>n/a</c> and <c>nan</c> cells are missing values. Units are normalised as <see cref="FundOverview"/> documents.
/// </summary>
internal static class FundOverviewFileReader
{
    private const decimal Million = 1_000_000m;
    private static readonly string[] Required = ["Assets", "Expense"];
    private static readonly string[] Optional = ["", "Ticker", "Price", "NAV", "PE", "Beta", "Div", "DivYield", "SharesOut", "Volume", "Open", "PrevClose", "YrLow", "YrHigh", "N_Hold"];

    /// <summary>Parses and checks the file.</summary>
    /// <returns>Rows by ticker, or null when the file had any error.</returns>
    public static Dictionary<string, FundOverview>? Read(CsvFile file, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, Required, Optional, diagnostics);
        if (columns is null)
        {
            return null;
        }

        var tickerColumn = columns.Has(string.Empty) ? string.Empty : columns.Has("Ticker") ? "Ticker" : null;
        if (tickerColumn is null || columns[tickerColumn] != 0)
        {
            diagnostics.Error(DiagnosticCodes.BadHeader, $"header '{file.Rows[0].RawLine}' does not start with the ticker column; expected an empty first header (as in ',Assets,NAV,Expense,...') or 'Ticker'", new SourceLocation(file.Path, file.Rows[0].Line, 1), file.Rows[0].RawLine);
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var result = new Dictionary<string, FundOverview>(StringComparer.Ordinal);
        foreach (var row in file.Rows.Skip(1))
        {
            if (!FieldReader.FieldCountMatches(file, row, columns.Count, diagnostics))
            {
                continue;
            }

            var ticker = FieldReader.Text(row, 0);
            var tickerName = tickerColumn.Length == 0 ? "(ticker)" : tickerColumn;
            if (ticker.Length == 0)
            {
                FieldReader.Empty(file, row, 0, tickerName, "a fund ticker such as SMH", diagnostics);
                continue;
            }

            var ok = true;
            var assets = Scaled(file, row, columns, "Assets", "assets in USD millions such as 6960.0", diagnostics, ref ok);
            var expense = Number(file, row, columns, "Expense", "an expense ratio in percent such as 0.35", diagnostics, ref ok);
            var shares = Scaled(file, row, columns, "SharesOut", "shares outstanding in millions such as 31.27", diagnostics, ref ok);
            var divYield = Number(file, row, columns, "DivYield", "a yield in percent such as 0.72", diagnostics, ref ok);
            var holdings = Number(file, row, columns, "N_Hold", "a number of holdings such as 26.0", diagnostics, ref ok);
            var overview = new FundOverview(
                ticker,
                assets,
                Number(file, row, columns, "NAV", "a price in USD such as 222.67", diagnostics, ref ok),
                expense / 100,
                Number(file, row, columns, "PE", "a ratio such as 20.4", diagnostics, ref ok),
                shares is null ? null : (double)shares.Value,
                Number(file, row, columns, "Div", "an amount in USD such as 1.57", diagnostics, ref ok),
                divYield / 100,
                Number(file, row, columns, "Price", "a price in USD such as 25.01", diagnostics, ref ok),
                Number(file, row, columns, "PrevClose", "a price in USD such as 222.67", diagnostics, ref ok),
                Number(file, row, columns, "Beta", "a ratio such as 1.25", diagnostics, ref ok),
                holdings is { } h && h >= 0 && h <= int.MaxValue ? (int)h : null);
            if (!ok)
            {
                continue;
            }

            if (assets is { } a && !FieldReader.RequirePositive(file, row, columns["Assets"], "Assets", (double)a, "assets under management above 0, or an empty cell", diagnostics))
            {
                continue;
            }

            if (expense is < 0)
            {
                diagnostics.Error(DiagnosticCodes.BadValue, $"'{columns.Get(row, "Expense")}' in {FieldReader.Column("Expense", columns["Expense"])} is negative; expected an expense ratio in percent, 0 or more", FieldReader.At(file, row, columns["Expense"]), row.RawLine);
                continue;
            }

            if (!result.TryAdd(ticker, overview))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, $"ticker '{ticker}' in {FieldReader.Column(tickerName, 0)} appears twice; expected one row per fund", FieldReader.At(file, row, 0), row.RawLine);
            }
        }

        return diagnostics.ErrorCount > errorsBefore ? null : result;
    }

    private static double? Number(CsvFile file, CsvRow row, CsvColumns columns, string column, string example, DiagnosticBag diagnostics, ref bool ok)
    {
        if (!columns.Has(column) || IsNotAvailable(row, columns[column]))
        {
            return null;
        }

        ok &= FieldReader.TryDouble(file, row, columns[column], column, required: false, example, diagnostics, out var value, NumberStyles.Float | NumberStyles.AllowThousands);
        return value;
    }

    /// <summary>A value the file gives in millions, unless written with thousands separators (then it is already in units).</summary>
    private static decimal? Scaled(CsvFile file, CsvRow row, CsvColumns columns, string column, string example, DiagnosticBag diagnostics, ref bool ok)
    {
        if (!columns.Has(column) || IsNotAvailable(row, columns[column]))
        {
            return null;
        }

        var field = columns[column];
        var text = FieldReader.Text(row, field);
        if (text.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) <= decimal.MaxValue / Million)
        {
            return text.Contains(',', StringComparison.Ordinal) ? value : value * Million;
        }

        diagnostics.Error(DiagnosticCodes.BadNumber, $"'{text}' in {FieldReader.Column(column, field)} is not a number; expected {example}, or n/a", FieldReader.At(file, row, field), row.RawLine);
        ok = false;
        return null;
    }

    /// <summary>The scraper writes <c>n/a</c> (from the web page) and <c>nan</c> (from pandas) for values it did not find.</summary>
    private static bool IsNotAvailable(CsvRow row, int field) => FieldReader.Text(row, field).ToUpperInvariant() is "N/A" or "NAN";
}
