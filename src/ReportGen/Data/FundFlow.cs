namespace ReportGen.Data;

/// <summary>One fund's net flow on one day, from <c>data/funds/flows.csv</c> (<c>date,ticker,flow_usd</c>).</summary>
/// <param name="Date">The trading day.</param>
/// <param name="Ticker">The fund, e.g. <c>QQQ</c>.</param>
/// <param name="NetFlowUsd">Net creations minus redemptions in USD (negative = outflow), or null when the supplier did not compute
/// it that day (an empty cell); never read a null as zero.</param>
public sealed record FundFlow(DateOnly Date, string Ticker, decimal? NetFlowUsd);
