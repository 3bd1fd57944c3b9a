namespace ReportGen.Metrics.Universes;

/// <summary>The effect on a universe of a price shock to its largest holdings, everything else unchanged.</summary>
/// <param name="Universe">The universe.</param>
/// <param name="Tickers">The shocked holdings (the N largest by weight), largest first.</param>
/// <param name="ShockedWeight">Their combined weight, a fraction.</param>
/// <param name="Shock">The shock applied to each, a fraction (−0.20 = a 20% fall).</param>
/// <param name="ReturnImpact">The universe's return from the shock: Shock × ShockedWeight, a fraction (−0.07 = the universe falls 7%).</param>
/// <param name="ValueBeforeUsd">The universe's value in USD before the shock, if given (double).</param>
/// <param name="ValueAfterUsd">Its value after: ValueBeforeUsd × (1 + ReturnImpact); null when no value was given.</param>
public sealed record StressResult(string Universe, IReadOnlyList<string> Tickers, double ShockedWeight, double Shock, double ReturnImpact, double? ValueBeforeUsd, double? ValueAfterUsd);
