namespace ReportGen.Metrics.Valuation;

/// <summary>The median of a universe's valuation multiples, with what was left out and why.</summary>
/// <param name="Universe">The universe.</param>
/// <param name="Multiple">The multiple's name, e.g. <c>pe</c>.</param>
/// <param name="Median">The median multiple, a plain ratio (32.5 = 32.5x).</param>
/// <param name="Included">Number of members whose multiple counted.</param>
/// <param name="Excluded">Members left out because their multiple was missing, not finite, zero or negative; ordinal order.</param>
public sealed record MedianMultipleResult(string Universe, string Multiple, double Median, int Included, IReadOnlyList<string> Excluded);
