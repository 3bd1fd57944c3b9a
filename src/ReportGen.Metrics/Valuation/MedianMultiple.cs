using ReportGen.Metrics.Universes;

namespace ReportGen.Metrics.Valuation;

/// <summary>The median valuation multiple (P/E, P/S, ...) of a universe, ignoring members for which the multiple is not meaningful.</summary>
public static class MedianMultiple
{
    /// <summary>Metric name as templates and errors know it (suffixed with the multiple, e.g. <c>median_pe</c>).</summary>
    public const string Name = "median_multiple";

    /// <summary>Median of the positive, finite multiples; missing, non-finite, zero and negative ones are excluded and listed.</summary>
    /// <param name="observations">One observation per member, from one fundamentals snapshot.</param>
    /// <param name="multiple">The multiple's name for results and errors, e.g. <c>pe</c>.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The median as a plain ratio, with the count included and the tickers excluded.</returns>
    /// <exception cref="InsufficientDataException">No member has a positive multiple (the message lists them).</exception>
    /// <remarks>
    /// Rule: a P/E is only meaningful for positive earnings, so a negative, zero or missing multiple is excluded rather than treated as 0
    /// or as a very large number (either would drag the median); the excluded members are reported so a page can say "median P/E of 12
    /// profitable members". The median of an even count is the mean of the two middle values. Source: Damodaran, <i>Investment Valuation</i>
    /// (3rd ed., Wiley 2012), "Earnings Multiples" (P/E is not meaningful for firms with negative earnings; use medians, as the
    /// distribution of multiples is skewed).
    /// </remarks>
    public static MedianMultipleResult Compute(IReadOnlyList<MultipleObservation> observations, string multiple, string universe)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var included = new List<double>(observations.Count);
        var excluded = new List<string>();
        foreach (var o in observations)
        {
            if (o.Value is { } v && v > 0 && double.IsFinite(v))
            {
                included.Add(v);
            }
            else
            {
                excluded.Add(o.Ticker);
            }
        }

        excluded.Sort(StringComparer.Ordinal);
        if (included.Count == 0)
        {
            throw new InsufficientDataException($"median_{multiple}", universe,
                $"at least one member with a positive {multiple} (missing or non-positive for all {observations.Count}: {string.Join(", ", excluded)})");
        }

        included.Sort();
        return new MedianMultipleResult(universe, multiple, Quantiles.Of(included, 0.5), included.Count, excluded);
    }
}
