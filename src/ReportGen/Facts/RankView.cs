namespace ReportGen.Facts;

/// <summary>One member's place in a universe's ranking by total return over the edition's period (<see cref="UniverseView.Ranks"/>).</summary>
/// <param name="Security">The member.</param>
/// <param name="Rank">Its place, 1 for the highest return, as a count figure (ties share no place: they are ordered by ticker, as in <see cref="UniverseView.Leaders"/>).</param>
public sealed record RankView(SecurityView Security, MetricValue Rank)
{
    /// <summary>The member's ticker, for matching a member across editions (<c>prev.universe</c>).</summary>
    public string Ticker => Security.Ticker;
}
