using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Universes;

/// <summary>
/// How much of an equal-weight basket's return one member made: the member with the largest contribution, its share of
/// the basket's return, and the basket's return without it. Tells a quarter carried by one stock from a broad one.
/// </summary>
public static class TopContributor
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "top_contributor";

    /// <summary>The fewest members for which "the basket without its top contributor" is a basket (one member left).</summary>
    public const int MinimumMembers = 2;

    /// <summary>The top contributor of an equal-weight basket over one period, and the basket without it.</summary>
    /// <param name="memberReturns">Each member's return over the same period, fractions; at least <see cref="MinimumMembers"/>.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The member with the largest contribution (the highest return; ties by ticker, ordinal), its contribution
    /// R_top / N (a fraction of the basket: 0.2 = 20 percentage points), that contribution over the basket's return (a
    /// fraction; 0.6 = 60% of the mean came from one member; null when the basket's return is exactly zero, which has no
    /// share) and the equal-weight return of the other N − 1 members.</returns>
    /// <exception cref="InsufficientDataException">Fewer than <see cref="MinimumMembers"/> member returns.</exception>
    /// <remarks>
    /// With equal weights w_i = 1/N held through the period, C_i = R_i / N and Σ C_i = R_EW (contribution analysis: Bacon,
    /// <i>Practical Portfolio Performance Measurement and Attribution</i>, 2nd ed., Wiley 2008). The top contributor is the
    /// member with the largest C_i, i.e. the highest R_i; its share of the return is C_top / R_EW; the basket without it
    /// returns R_ex = (N R_EW − R_top) / (N − 1), the mean of the other members (S&amp;P Dow Jones Indices, <i>Equal Weight
    /// Indexing</i>: the equal-weight mean of the remaining constituents). The share reads naturally when R_EW &gt; 0; when the
    /// basket fell it is negative or above one and says only that the top member moved against the basket.
    /// </remarks>
    public static TopContributorResult Compute(IReadOnlyList<PeriodReturn> memberReturns, string universe)
    {
        ArgumentNullException.ThrowIfNull(memberReturns);
        if (memberReturns.Count < MinimumMembers)
        {
            throw new InsufficientDataException(Name, universe, $"at least {MinimumMembers} member returns, so that the basket without its top contributor has a member (have {memberReturns.Count})");
        }

        var top = memberReturns.OrderByDescending(r => r.Value).ThenBy(r => r.Ticker, StringComparer.Ordinal).First();
        var n = memberReturns.Count;
        var basket = EqualWeightReturn.Compute(memberReturns, universe);
        var contribution = top.Value / n;
        double? share = basket == 0 ? null : contribution / basket;

        var rest = 0.0;
        foreach (var r in memberReturns)
        {
            rest += r.Value;
        }

        return new TopContributorResult(top.Ticker, top.Value, contribution, share, basket, (rest - top.Value) / (n - 1), n);
    }
}
