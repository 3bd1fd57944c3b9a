namespace ReportGen.Metrics.Universes;

/// <summary>The share of a universe's return that came from its N largest holdings ("the top 7 drove 60% of the index's gain").</summary>
public static class TopHoldingsShareOfReturn
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "top_share_of_return";

    /// <summary>Σ contributions of the N largest holdings (by start weight) / the universe's return.</summary>
    /// <param name="contributions">Every member's contribution, from <see cref="ContributionToReturn.Compute"/>.</param>
    /// <param name="n">How many of the largest holdings, at least 1.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The top holdings, their weight and contribution, the universe's return, and the share as a fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is below 1.</exception>
    /// <exception cref="InsufficientDataException">Fewer than <paramref name="n"/> members, or the universe's return is exactly zero (the share is undefined).</exception>
    /// <remarks>
    /// Share = Σ_{top N by w} w_i R_i / Σ_all w_i R_i. Holdings are ranked by start-of-period weight (ties by ticker), not by contribution,
    /// so the top N are the same names a concentration figure counts. Source: contribution analysis as in Bacon, <i>Practical Portfolio
    /// Performance Measurement and Attribution</i> (2nd ed., Wiley 2008).
    /// </remarks>
    public static TopShareResult Compute(IReadOnlyList<Contribution> contributions, int n, string universe)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (contributions.Count < n)
        {
            throw new InsufficientDataException(Name, universe, $"at least {n} members for a top-{n} share (have {contributions.Count})");
        }

        var total = contributions.Sum(c => c.Value);
        if (total == 0)
        {
            throw new InsufficientDataException(Name, universe, "a non-zero universe return (a share of a zero return is undefined)");
        }

        var top = WeightRules.Largest(contributions, c => c.Weight, c => c.Ticker).Take(n).ToList();
        var topContribution = top.Sum(c => c.Value);
        return new TopShareResult(universe, [.. top.Select(c => c.Ticker)], top.Sum(c => c.Weight), topContribution, total, topContribution / total);
    }
}
