namespace ReportGen.Metrics.Flows;

/// <summary>Net inflows over a window measured against the fund's assets at its start.</summary>
/// <param name="Ticker">The fund.</param>
/// <param name="NetInflows">The net inflows summed over the window.</param>
/// <param name="StartingAumUsd">AUM in USD (decimal) at the window's start.</param>
/// <param name="AumDate">The date of that AUM observation (on or before the window's base cut-off).</param>
/// <param name="Share">NetInflows / StartingAum as a fraction (0.042 = inflows of 4.2% of starting assets).</param>
public sealed record NetInflowsShareResult(string Ticker, NetInflowsResult NetInflows, decimal StartingAumUsd, DateOnly AumDate, double Share);
