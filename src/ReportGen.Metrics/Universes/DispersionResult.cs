namespace ReportGen.Metrics.Universes;

/// <summary>How spread out a universe's member returns are.</summary>
/// <param name="Universe">The universe.</param>
/// <param name="Count">Number of member returns.</param>
/// <param name="Median">The median return, a fraction.</param>
/// <param name="LowerQuartile">The 25th percentile return (bottom-quartile boundary), a fraction.</param>
/// <param name="UpperQuartile">The 75th percentile return (top-quartile boundary), a fraction.</param>
/// <param name="Spread">UpperQuartile − LowerQuartile, a difference of fractions (percentage points / 100).</param>
/// <param name="Lowest">The worst member return, a fraction.</param>
/// <param name="Highest">The best member return, a fraction.</param>
public sealed record DispersionResult(string Universe, int Count, double Median, double LowerQuartile, double UpperQuartile, double Spread, double Lowest, double Highest);
