namespace ReportGen.Metrics.Risk;

/// <summary>The largest peak-to-trough decline in a window, with its dates.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="Depth">The decline as a fraction, zero or negative: trough / peak − 1 (−0.35 = a 35% drawdown). Zero means no close fell below an earlier one.</param>
/// <param name="PeakDate">Trading day of the peak close (the base close when <paramref name="Depth"/> is zero).</param>
/// <param name="PeakPrice">The peak adjusted close, in USD (index points for an index).</param>
/// <param name="TroughDate">Trading day of the trough close (the base close when <paramref name="Depth"/> is zero).</param>
/// <param name="TroughPrice">The trough adjusted close, in USD.</param>
/// <param name="RecoveryDate">First trading day after the trough whose close is at or above the peak, up to the as-of date; null if not recovered (or no drawdown).</param>
public sealed record DrawdownResult(string Ticker, double Depth, DateOnly PeakDate, double PeakPrice, DateOnly TroughDate, double TroughPrice, DateOnly? RecoveryDate);
