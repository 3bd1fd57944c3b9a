namespace ReportGen.Metrics.Valuation;

/// <summary>
/// The median trailing P/E of a set of companies against the median of the rest of an index, in one fundamentals snapshot
/// (<see cref="ValuationPremium.Compare"/>).
/// </summary>
/// <param name="AsOf">The snapshot's as-of date (the trading day whose closes its prices are).</param>
/// <param name="Inside">The set's median P/E, with the members counted and those left out (no positive P/E).</param>
/// <param name="Rest">The median P/E of the index's other companies, likewise.</param>
/// <param name="Premium">The set's premium over the rest as a fraction: <c>Inside.Median / Rest.Median - 1</c> (0.5 = a 50% premium,
/// -0.2 = a 20% discount).</param>
public sealed record PeComparison(DateOnly AsOf, MedianMultipleResult Inside, MedianMultipleResult Rest, double Premium);
