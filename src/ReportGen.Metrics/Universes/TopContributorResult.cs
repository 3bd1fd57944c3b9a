namespace ReportGen.Metrics.Universes;

/// <summary>The top contributor of an equal-weight basket over one period (<see cref="TopContributor.Compute"/>).</summary>
/// <param name="Ticker">The member with the largest contribution.</param>
/// <param name="Return">Its return over the period, a fraction.</param>
/// <param name="Contribution">Its contribution R / N, a fraction of the basket (0.2 = 20 percentage points of the basket's return).</param>
/// <param name="ShareOfReturn">Contribution over the basket's return, a fraction (0.6 = 60%); null when the basket's return is exactly zero.</param>
/// <param name="BasketReturn">The basket's equal-weight return, a fraction.</param>
/// <param name="ReturnExTop">The equal-weight return of the other members, a fraction.</param>
/// <param name="Members">N, the number of members.</param>
public sealed record TopContributorResult(string Ticker, double Return, double Contribution, double? ShareOfReturn, double BasketReturn, double ReturnExTop, int Members);
