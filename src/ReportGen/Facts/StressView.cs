using ReportGen.Facts;

namespace ReportGen.Facts;

/// <summary>The house stress scenario applied to a universe, as templates see it (<c>u.stress</c>).</summary>
/// <param name="Shock">The shock applied to each of the largest holdings (fraction, e.g. −0.20).</param>
/// <param name="Holdings">How many holdings were shocked (a count).</param>
/// <param name="ShockedWeight">Their combined market-cap weight (fraction).</param>
/// <param name="UniverseImpact">The universe's return from the shock (fraction): shock × shocked weight.</param>
/// <param name="IndexImpact">The S&amp;P 500's return from the same shock (fraction): universe impact × the universe's share of index market cap.</param>
/// <param name="ValueChange">The change in the universe's combined market cap (USD, negative).</param>
/// <param name="Tickers">The shocked holdings, largest first.</param>
public sealed record StressView(MetricValue Shock, MetricValue Holdings, MetricValue ShockedWeight, MetricValue UniverseImpact, MetricValue IndexImpact, MetricValue ValueChange, IReadOnlyList<string> Tickers);
