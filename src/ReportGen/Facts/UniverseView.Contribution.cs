using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Universes;

namespace ReportGen.Facts;

/// <summary>
/// How far a universe's equal-weight return rests on its top contributor (<see cref="TopContributor"/>): the figures
/// that tell a quarter carried by one member from a broad one.
/// </summary>
public sealed partial class UniverseView
{
    /// <summary>Equal-weight total return over the edition's period of the members other than the top contributor (the
    /// member with the highest period return, <c>u.leaders | array.first</c>), a fraction.</summary>
    /// <exception cref="InsufficientDataException">A member lacks data, or the universe has fewer than two members.</exception>
    public MetricValue ReturnExTop => Get(nameof(ReturnExTop), () =>
    {
        var r = TopContributorOf();
        return Mv(r.ReturnExTop, MetricUnit.Fraction, MetricNames.EqualWeightReturnExTop, Inv($"equal-weight mean of {r.Members - 1} members' {_scope.Period} total returns, leaving out {r.Ticker} ({r.Return:0.####})"), PeriodSources(), _scope.AsOf);
    });

    /// <summary>The top contributor's contribution (its period return / N) as a share of the universe's equal-weight
    /// return over the period, a fraction: 0.6 means 60% of the mean came from one member. Reads naturally when the
    /// universe rose; when it fell the share is negative or above one.</summary>
    /// <exception cref="InsufficientDataException">A member lacks data, the universe has fewer than two members, or its
    /// return is exactly zero (no share of it can be given).</exception>
    public MetricValue TopContributionShare => Get(nameof(TopContributionShare), () =>
    {
        var r = TopContributorOf();
        var share = r.ShareOfReturn ?? throw new InsufficientDataException(MetricNames.TopContributionShare, Name, $"a {_scope.Period} equal-weight return other than zero to take a share of");
        return Mv(share, MetricUnit.Fraction, MetricNames.TopContributionShare, Inv($"{r.Ticker}'s contribution {r.Return:0.####} / {r.Members} = {r.Contribution:0.####} over the equal-weight return {r.BasketReturn:0.####}"), PeriodSources(), _scope.AsOf);
    });

    // A contribution R_i / N adds up to the basket's return only while the weights are held: within one rebalancing
    // quarter (EqualWeightRebalanced). A longer period's basket is a chain of quarters, and its contributions are not R_i / N.
    private TopContributorResult TopContributorOf() => Get("top_contributor", () =>
        EqualWeightRebalanced.Cutoffs(_scope.Period.Start.AddDays(-1), _scope.Period.End).Count == 2
            ? TopContributor.Compute(MemberReturns(), Name)
            : throw new InsufficientDataException(TopContributor.Name, Name, $"a period inside one calendar quarter (equal weights are reset at each quarter start, so over {_scope.Period} a member's contribution is not its return / N)"));
}
