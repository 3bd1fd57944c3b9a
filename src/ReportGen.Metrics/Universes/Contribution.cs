namespace ReportGen.Metrics.Universes;

/// <summary>One member's contribution to its universe's return.</summary>
/// <param name="Ticker">The member.</param>
/// <param name="Weight">Its weight at the start of the period, a fraction of the universe.</param>
/// <param name="Return">Its return over the period, a fraction.</param>
/// <param name="Value">Weight × Return: the part of the universe's return it accounts for, a fraction (0.021 = 2.1 percentage points).</param>
public sealed record Contribution(string Ticker, double Weight, double Return, double Value);
