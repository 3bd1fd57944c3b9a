using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// Bounds on values that parse but cannot be true, checked where they are read so that errors point at file:line:col
/// (README.md, "Data validation"). Every bound is inclusive and was checked against every row of the shipped data: none
/// is rejected, and the nearest real value is named on each constant.
/// </summary>
internal static class Plausibility
{
    /// <summary>Lowest plausible price, 0.0001 USD: the smallest tick US markets quote (SEC Regulation NMS, Rule 612, for
    /// quotes under 1 USD). Below it a price is an error in units or a parser artefact (a close of 1e-320 turns a return into
    /// −100% or infinity). The lowest price in the data is NVDA's split-adjusted close of 0.0312 in 1999, 312 times the floor.</summary>
    internal const double MinPriceUsd = 0.0001;

    /// <summary>Highest plausible price, 100,000,000 USD a share (or index points): about 100 times the highest share price ever
    /// quoted in the US (Berkshire Hathaway class A, under 1,000,000 USD), and with <see cref="MinPriceUsd"/> it keeps every
    /// ratio of two prices below 1e12, so daily returns and their squares stay finite. The highest price in the data is the
    /// Nasdaq-100 index at about 26,200.</summary>
    internal const double MaxPriceUsd = 100_000_000;

    /// <summary>Largest plausible daily net flow, as a multiple of the fund's AUM in data/funds/aum.csv: 10. A day's redemptions
    /// cannot exceed a fund's assets, and creations many times a fund's size are rare; but aum.csv holds one snapshot per fund
    /// (its <c>updated_date</c>), which may lie months from the flow's date, and a fund can grow or shrink several-fold in
    /// that time. So the bound allows a factor of 10 against the snapshot, whatever its date. The largest ratio in the data is
    /// GSG's inflow of 3.39 bn USD on 2026-02-02 against its AUM of 1.07 bn USD (3.2 times).</summary>
    internal const decimal MaxFlowToAum = 10m;

    /// <summary>Largest plausible daily net flow into or out of any one fund, 100 bn USD, used for every fund (and the only
    /// bound for a fund without AUM): about four times the largest flow in the data (IVV's outflow of 24.2 bn USD on 2026-03-16) and larger than all but
    /// the biggest ETFs' entire assets. A flow given in cents or with a shifted exponent (1e15 printed "$1000.0T") fails it.</summary>
    internal const decimal MaxDailyFlowUsd = 100_000_000_000m;

    /// <summary>Smallest plausible market capitalization, 1,000,000 USD: below it a listed company's value is an error in
    /// units (thousands or millions given as USD). The smallest in the data is PARA's 4.6 million USD on 2026-08-21.</summary>
    internal const decimal MinMarketCapUsd = 1_000_000m;

    /// <summary>Largest plausible market capitalization, 100 trillion USD: about 20 times the largest company in the data
    /// (NVDA, 5.2 trillion USD on 2026-08-21) and near the value of all listed companies in the world together.</summary>
    internal const decimal MaxMarketCapUsd = 100_000_000_000_000m;

    /// <summary>Reports <see cref="DiagnosticCodes.ImplausiblePrice"/> unless <paramref name="value"/> is within
    /// <see cref="MinPriceUsd"/> to <see cref="MaxPriceUsd"/>.</summary>
    /// <param name="file">The file.</param>
    /// <param name="row">The row.</param>
    /// <param name="field">The price's field index.</param>
    /// <param name="name">The column's header name.</param>
    /// <param name="value">The parsed, positive price.</param>
    /// <param name="orEmpty">Words appended to "expected …" when the column may be empty, e.g. ", or an empty cell when not reported".</param>
    /// <param name="diagnostics">Where the error goes.</param>
    /// <returns>True when the price is plausible.</returns>
    public static bool Price(CsvFile file, CsvRow row, int field, string name, double value, string orEmpty, DiagnosticBag diagnostics)
    {
        if (value >= MinPriceUsd && value <= MaxPriceUsd)
        {
            return true;
        }

        var what = value < MinPriceUsd
            ? Inv($"is below the price floor of {MinPriceUsd} USD")
            : Inv($"is above the price ceiling of {MaxPriceUsd:N0} USD");
        diagnostics.Error(DiagnosticCodes.ImplausiblePrice, Inv($"'{FieldReader.Text(row, field)}' in {FieldReader.Column(name, field)} {what}; expected a price from {MinPriceUsd} to {MaxPriceUsd:N0} USD{orEmpty}"), FieldReader.At(file, row, field), row.RawLine);
        return false;
    }

    /// <summary>Reports <see cref="DiagnosticCodes.ImplausibleMarketCap"/> unless <paramref name="value"/> is within
    /// <see cref="MinMarketCapUsd"/> to <see cref="MaxMarketCapUsd"/>.</summary>
    /// <returns>True when the market capitalization is plausible.</returns>
    public static bool MarketCap(CsvFile file, CsvRow row, int field, string name, decimal value, DiagnosticBag diagnostics)
    {
        if (value >= MinMarketCapUsd && value <= MaxMarketCapUsd)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.ImplausibleMarketCap, Inv($"'{FieldReader.Text(row, field)}' in {FieldReader.Column(name, field)} is outside the range {MinMarketCapUsd:N0} to {MaxMarketCapUsd:N0} USD; expected a whole-company market capitalization in USD, or an empty cell when not reported"), FieldReader.At(file, row, field), row.RawLine);
        return false;
    }

    /// <summary>Reports <see cref="DiagnosticCodes.ImplausibleFlow"/> when the magnitude of <paramref name="flow"/> exceeds
    /// <see cref="MaxDailyFlowUsd"/>.</summary>
    /// <returns>True when the flow is within the cap.</returns>
    public static bool FlowWithinCap(CsvFile file, CsvRow row, int field, string ticker, DateOnly date, decimal flow, DiagnosticBag diagnostics)
    {
        if (Math.Abs(flow) <= MaxDailyFlowUsd)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.ImplausibleFlow, Inv($"{FlowText(row, field, ticker, date, flow)}, beyond the cap of {MaxDailyFlowUsd:N0} USD a day for any fund; expected a daily net flow in USD within that cap"), FieldReader.At(file, row, field), row.RawLine);
        return false;
    }

    /// <summary>Reports <see cref="DiagnosticCodes.ImplausibleFlow"/> when the magnitude of <paramref name="flow"/> exceeds
    /// <see cref="MaxFlowToAum"/> times <paramref name="aum"/>.</summary>
    /// <returns>True when the flow is within the bound.</returns>
    public static bool FlowWithinAum(CsvFile file, CsvRow row, int field, string ticker, DateOnly date, decimal flow, FundAum aum, DiagnosticBag diagnostics)
    {
        // Divide rather than multiply: AUM near decimal.MaxValue must not overflow (the build checks arithmetic).
        if (Math.Abs(flow) / MaxFlowToAum <= aum.AumUsd)
        {
            return true;
        }

        var times = (double)Math.Abs(flow) / (double)aum.AumUsd;
        diagnostics.Error(DiagnosticCodes.ImplausibleFlow, Inv($"{FlowText(row, field, ticker, date, flow)}, {times:0.0} times the fund's AUM of {aum.AumUsd:N0} USD (data/funds/aum.csv, updated {aum.AsOf:yyyy-MM-dd}); expected at most {MaxFlowToAum:0.##} times the fund's AUM"), FieldReader.At(file, row, field), row.RawLine);
        return false;
    }

    private static string FlowText(CsvRow row, int field, string ticker, DateOnly date, decimal flow) =>
        Inv($"'{FieldReader.Text(row, field)}' in {FieldReader.Column("flow_usd", field)} is a net flow of {flow:N0} USD for '{ticker}' on {date:yyyy-MM-dd}");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
