namespace ReportGen.Metrics.Model;

/// <summary>A universe member and its weight at the start of the period.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="Weight">Its weight as a fraction of the universe (0.12 = 12%); a universe's weights sum to 1.</param>
public sealed record Holding(string Ticker, double Weight);
