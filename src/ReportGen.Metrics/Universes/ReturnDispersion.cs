using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Universes;

/// <summary>Cross-sectional dispersion of member returns: median, quartiles and the top-vs-bottom quartile spread.</summary>
public static class ReturnDispersion
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "return_dispersion";

    /// <summary>The fewest members for which quartiles mean anything (one member per quartile).</summary>
    public const int MinimumMembers = 4;

    /// <summary>
    /// The median of the members' returns over the same period, for any number of members (a single member's return is
    /// its own median): the same order statistic as <see cref="Compute"/>'s median, Q(0.5) by linear interpolation
    /// (Hyndman and Fan definition 7).
    /// </summary>
    /// <param name="memberReturns">Each member's return over the period, fractions; at least one.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The median return, a fraction.</returns>
    /// <exception cref="InsufficientDataException">No member returns.</exception>
    public static double Median(IReadOnlyList<PeriodReturn> memberReturns, string universe)
    {
        ArgumentNullException.ThrowIfNull(memberReturns);
        if (memberReturns.Count == 0)
        {
            throw new InsufficientDataException("median_return", universe, "at least one member return (have 0)");
        }

        return Quantiles.Of([.. memberReturns.Select(r => r.Value).Order()], 0.5);
    }

    /// <summary>Median, quartiles and interquartile spread of the members' returns over the same period.</summary>
    /// <param name="memberReturns">Each member's return over the period, fractions; at least <see cref="MinimumMembers"/>.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>Median, lower and upper quartile, their spread (percentage points / 100), lowest and highest.</returns>
    /// <exception cref="InsufficientDataException">Fewer than <see cref="MinimumMembers"/> member returns.</exception>
    /// <remarks>
    /// Quartiles by linear interpolation between order statistics: Q(p) = x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)), h = (n − 1)p, on the
    /// ascending returns x_(0..n−1) (Excel QUARTILE.INC, Python statistics.quantiles(method="inclusive")). Source: Hyndman and Fan,
    /// "Sample Quantiles in Statistical Packages", <i>The American Statistician</i> 50(4), 1996, definition 7.
    /// </remarks>
    public static DispersionResult Compute(IReadOnlyList<PeriodReturn> memberReturns, string universe)
    {
        ArgumentNullException.ThrowIfNull(memberReturns);
        if (memberReturns.Count < MinimumMembers)
        {
            throw new InsufficientDataException(Name, universe, $"at least {MinimumMembers} member returns for quartiles (have {memberReturns.Count})");
        }

        var sorted = memberReturns.Select(r => r.Value).Order().ToList();
        var q1 = Quantiles.Of(sorted, 0.25);
        var q3 = Quantiles.Of(sorted, 0.75);
        return new DispersionResult(universe, sorted.Count, Quantiles.Of(sorted, 0.5), q1, q3, q3 - q1, sorted[0], sorted[^1]);
    }
}
