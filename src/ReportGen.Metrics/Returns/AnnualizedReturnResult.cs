namespace ReportGen.Metrics.Returns;

/// <summary>An annualized return (CAGR) with the cumulative return and span it was computed from.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="Value">The compound annual growth rate as a fraction per year (0.153 = +15.3% a year).</param>
/// <param name="Years">The span in years: calendar days between the two closes / 365.25.</param>
/// <param name="Cumulative">The cumulative total return over the same closes.</param>
public sealed record AnnualizedReturnResult(string Ticker, double Value, double Years, PeriodReturn Cumulative);
