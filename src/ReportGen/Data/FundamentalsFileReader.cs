using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// Reads a fundamentals snapshot in the S&amp;P 500 constituents-financials layout: <c>Symbol,Name,Sector,Price,Price/Earnings,
/// Dividend Yield,Earnings/Share,52 Week Low,52 Week High,Market Cap,EBITDA,Price/Sales,Price/Book,SEC Filings</c>
/// (Symbol, Name, Price and Market Cap required; quoted fields may hold commas). Empty numeric cells are missing values, and so
/// is <c>Infinity</c> in a ratio column. Price must lie within <see cref="Plausibility.MinPriceUsd"/> to
/// <see cref="Plausibility.MaxPriceUsd"/> and Market Cap within <see cref="Plausibility.MinMarketCapUsd"/> to
/// <see cref="Plausibility.MaxMarketCapUsd"/>.
/// </summary>
internal static class FundamentalsFileReader
{
    private static readonly string[] Required = ["Symbol", "Name", "Price", "Market Cap"];
    private static readonly string[] Optional = ["Sector", "Price/Earnings", "Dividend Yield", "Earnings/Share", "52 Week Low", "52 Week High", "EBITDA", "Price/Sales", "Price/Book", "SEC Filings"];

    /// <summary>Parses and checks the file.</summary>
    /// <returns>Rows by ticker, or null when the file had any error.</returns>
    public static Dictionary<string, Fundamentals>? Read(CsvFile file, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, Required, Optional, diagnostics);
        if (columns is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var result = new Dictionary<string, Fundamentals>(StringComparer.Ordinal);
        foreach (var row in file.Rows.Skip(1))
        {
            if (!FieldReader.FieldCountMatches(file, row, columns.Count, diagnostics))
            {
                continue;
            }

            var ticker = columns.Get(row, "Symbol");
            var name = columns.Get(row, "Name");
            if (ticker.Length == 0 || name.Length == 0)
            {
                var column = ticker.Length == 0 ? "Symbol" : "Name";
                FieldReader.Empty(file, row, columns[column], column, ticker.Length == 0 ? "a ticker such as NVDA" : "a company name", diagnostics);
                continue;
            }

            var ok = true;
            var price = Number(file, row, columns, "Price", "a price in USD such as 134.29", diagnostics, ref ok);
            var marketCap = Money(file, row, columns, "Market Cap", diagnostics, ref ok);
            var fundamentals = new Fundamentals(
                ticker,
                name,
                columns.Get(row, "Sector"),
                price,
                Ratio(file, row, columns, "Price/Earnings", "a ratio such as 31.5", diagnostics, ref ok),
                Number(file, row, columns, "Dividend Yield", "a fraction such as 0.0046", diagnostics, ref ok),
                Number(file, row, columns, "Earnings/Share", "an amount in USD such as 5.2", diagnostics, ref ok),
                Number(file, row, columns, "52 Week Low", "a price in USD such as 139.34", diagnostics, ref ok),
                Number(file, row, columns, "52 Week High", "a price in USD such as 177.41", diagnostics, ref ok),
                marketCap,
                Money(file, row, columns, "EBITDA", diagnostics, ref ok),
                Ratio(file, row, columns, "Price/Sales", "a ratio such as 3.37", diagnostics, ref ok),
                Ratio(file, row, columns, "Price/Book", "a ratio such as 25.9", diagnostics, ref ok));
            if (!ok)
            {
                continue;
            }

            if (price is { } p && (!FieldReader.RequirePositive(file, row, columns["Price"], "Price", p, "a price above 0, or an empty cell when not reported", diagnostics, DiagnosticCodes.NonPositivePrice)
                || !Plausibility.Price(file, row, columns["Price"], "Price", p, ", or an empty cell when not reported", diagnostics)))
            {
                continue;
            }

            // Market Cap is read here, not derived: shares are implied from it (Market Cap / Price, see SecurityView.Milestone),
            // so both inputs are bounded where they are read.
            if (marketCap is { } m && (!FieldReader.RequirePositive(file, row, columns["Market Cap"], "Market Cap", (double)m, "a market capitalization in USD above 0, or an empty cell when not reported", diagnostics, DiagnosticCodes.NonPositivePrice)
                || !Plausibility.MarketCap(file, row, columns["Market Cap"], "Market Cap", m, diagnostics)))
            {
                continue;
            }

            if (!result.TryAdd(ticker, fundamentals))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, $"symbol '{ticker}' in {FieldReader.Column("Symbol", columns["Symbol"])} appears twice; expected one row per company", FieldReader.At(file, row, columns["Symbol"]), row.RawLine);
            }
        }

        return diagnostics.ErrorCount > errorsBefore ? null : result;
    }

    private static double? Number(CsvFile file, CsvRow row, CsvColumns columns, string column, string example, DiagnosticBag diagnostics, ref bool ok)
    {
        if (!columns.Has(column))
        {
            return null;
        }

        ok &= FieldReader.TryDouble(file, row, columns[column], column, required: false, example, diagnostics, out var value);
        return value;
    }

    /// <summary>A valuation multiple; the vendor writes <c>Infinity</c> when the denominator is zero (e.g. KEY's P/E in late
    /// 2024), which is read as missing, not as a number.</summary>
    private static double? Ratio(CsvFile file, CsvRow row, CsvColumns columns, string column, string example, DiagnosticBag diagnostics, ref bool ok)
    {
        var text = columns.Get(row, column);
        return text is "Infinity" or "-Infinity" ? null : Number(file, row, columns, column, example, diagnostics, ref ok);
    }

    private static decimal? Money(CsvFile file, CsvRow row, CsvColumns columns, string column, DiagnosticBag diagnostics, ref bool ok)
    {
        if (!columns.Has(column))
        {
            return null;
        }

        ok &= FieldReader.TryDecimal(file, row, columns[column], column, required: false, "an amount in USD such as 84446961664", diagnostics, out var value);
        return value;
    }
}
