using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Reads the fund files: <c>data/funds/flows.csv</c> (<c>date,ticker,flow_usd</c>) and <c>data/funds/aum.csv</c>
/// (<c>ticker,aum_usd,updated_date</c>).</summary>
internal static class FundFileReader
{
    /// <summary>Parses the flows file: per ticker, dates ascending and unique; an empty <c>flow_usd</c> is "not computed"; a flow
    /// larger in magnitude than <see cref="Plausibility.MaxDailyFlowUsd"/> is <see cref="DiagnosticCodes.ImplausibleFlow"/>
    /// (the bound relative to AUM needs aum.csv too and is checked by <see cref="LoadData"/>).</summary>
    /// <param name="file">The parsed CSV.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="located">When given, receives each computed flow with the row and field it came from, for cross-file checks.</param>
    /// <returns>The flows in file order, or null when the file had any error.</returns>
    public static List<FundFlow>? ReadFlows(CsvFile file, DiagnosticBag diagnostics, List<(CsvFile File, CsvRow Row, int Field, FundFlow Flow)>? located = null)
    {
        var columns = CsvColumns.Read(file, ["date", "ticker", "flow_usd"], [], diagnostics);
        if (columns is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var result = new List<FundFlow>();
        var last = new Dictionary<string, (DateOnly Date, int Line)>(StringComparer.Ordinal);
        var dateField = columns["date"];
        foreach (var row in file.Rows.Skip(1))
        {
            if (!FieldReader.FieldCountMatches(file, row, columns.Count, diagnostics)
                || !FieldReader.TryDate(file, row, dateField, "date", diagnostics, out var date))
            {
                continue;
            }

            var ticker = columns.Get(row, "ticker");
            if (ticker.Length == 0)
            {
                FieldReader.Empty(file, row, columns["ticker"], "ticker", "a fund ticker such as SPY", diagnostics);
                continue;
            }

            if (!FieldReader.TryDecimal(file, row, columns["flow_usd"], "flow_usd", required: false, "an amount in USD such as -8280000.0, or an empty cell when not computed", diagnostics, out var flow)
                || (flow is { } f && !Plausibility.FlowWithinCap(file, row, columns["flow_usd"], ticker, date, f, diagnostics)))
            {
                continue;
            }

            if (last.TryGetValue(ticker, out var previous) && date <= previous.Date)
            {
                var duplicate = date == previous.Date;
                var what = duplicate
                    ? string.Create(CultureInfo.InvariantCulture, $"appears twice for '{ticker}' (first on line {previous.Line})")
                    : string.Create(CultureInfo.InvariantCulture, $"comes after {previous.Date:yyyy-MM-dd} for '{ticker}'");
                diagnostics.Error(duplicate ? DiagnosticCodes.DuplicateDate : DiagnosticCodes.UnsortedDate, $"date '{FieldReader.Text(row, dateField)}' in {FieldReader.Column("date", dateField)} {what}; expected each ticker's dates in ascending order, one row per day", FieldReader.At(file, row, dateField), row.RawLine);
                continue;
            }

            last[ticker] = (date, row.Line);
            var added = new FundFlow(date, ticker, flow);
            result.Add(added);
            if (flow is not null)
            {
                located?.Add((file, row, columns["flow_usd"], added));
            }
        }

        return diagnostics.ErrorCount > errorsBefore ? null : result;
    }

    /// <summary>Parses the AUM file: one row per ticker, AUM positive in USD.</summary>
    /// <returns>AUM by ticker, or null when the file had any error.</returns>
    public static Dictionary<string, FundAum>? ReadAum(CsvFile file, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, ["ticker", "aum_usd", "updated_date"], [], diagnostics);
        if (columns is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var result = new Dictionary<string, FundAum>(StringComparer.Ordinal);
        foreach (var row in file.Rows.Skip(1))
        {
            if (!FieldReader.FieldCountMatches(file, row, columns.Count, diagnostics))
            {
                continue;
            }

            var ticker = columns.Get(row, "ticker");
            if (ticker.Length == 0)
            {
                FieldReader.Empty(file, row, columns["ticker"], "ticker", "a fund ticker such as SPY", diagnostics);
                continue;
            }

            if (!FieldReader.TryDecimal(file, row, columns["aum_usd"], "aum_usd", required: true, "an amount in USD such as 653947784940.8", diagnostics, out var aum)
                || !FieldReader.TryDate(file, row, columns["updated_date"], "updated_date", diagnostics, out var date)
                || !FieldReader.RequirePositive(file, row, columns["aum_usd"], "aum_usd", (double)aum!.Value, "assets under management in USD above 0", diagnostics))
            {
                continue;
            }

            if (!result.TryAdd(ticker, new FundAum(ticker, aum.Value, date)))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, $"ticker '{ticker}' in {FieldReader.Column("ticker", columns["ticker"])} appears twice; expected one row per fund", FieldReader.At(file, row, columns["ticker"]), row.RawLine);
            }
        }

        return diagnostics.ErrorCount > errorsBefore ? null : result;
    }
}
