using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Flows;

/// <summary>The largest net inflows of a fund's earlier periods in its flow data (<see cref="NetInflowsPriorHigh.Compute"/>).</summary>
/// <param name="Ticker">The fund.</param>
/// <param name="Usd">The highest earlier period's net inflows in USD (negative when every earlier period had net outflows).</param>
/// <param name="Period">The period that had them.</param>
/// <param name="Periods">How many earlier periods the data covers whole and were compared (at least 1).</param>
/// <param name="First">The first period compared: where the fund's flow data begins.</param>
public sealed record NetInflowsPriorHighResult(string Ticker, decimal Usd, Period Period, int Periods, Period First);
