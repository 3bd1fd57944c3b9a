namespace ReportGen.Metrics.Flows;

/// <summary>Net flows into a fund summed over a window.</summary>
/// <param name="Ticker">The fund.</param>
/// <param name="Usd">Net inflows in USD (decimal); negative means net outflows.</param>
/// <param name="From">First calendar day counted (the day after the window's base cut-off, or the first row for inception).</param>
/// <param name="To">Last calendar day counted (the window's end cut-off, never after the as-of date).</param>
/// <param name="Days">Number of daily rows summed (trading days).</param>
public sealed record NetInflowsResult(string Ticker, decimal Usd, DateOnly From, DateOnly To, int Days);
