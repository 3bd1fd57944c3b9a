namespace ReportGen.Data;

/// <summary>A named set of securities from <c>data/universes.csv</c>.</summary>
/// <param name="Name">The universe's key, e.g. <c>ai-leaders</c>.</param>
/// <param name="Members">Tickers in file order.</param>
/// <param name="Weights">Optional fixed weights (fractions) by ticker; empty when the universe is equal- or cap-weighted by the metric.</param>
public sealed record Universe(string Name, IReadOnlyList<string> Members, IReadOnlyDictionary<string, double> Weights);
