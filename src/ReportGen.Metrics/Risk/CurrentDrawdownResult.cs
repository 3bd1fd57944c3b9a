namespace ReportGen.Metrics.Risk;

/// <summary>How far the latest close is below the highest close of the window.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="Depth">Latest close / peak − 1 as a fraction, zero or negative (−0.12 = 12% below the peak; 0 = at a high).</param>
/// <param name="PeakDate">Trading day of the highest close in the window (the latest such day if the high was matched).</param>
/// <param name="PeakPrice">The peak adjusted close, in USD (index points for an index).</param>
/// <param name="Date">Trading day of the latest close (on or before the as-of date).</param>
/// <param name="Price">The latest adjusted close, in USD.</param>
public sealed record CurrentDrawdownResult(string Ticker, double Depth, DateOnly PeakDate, double PeakPrice, DateOnly Date, double Price);
