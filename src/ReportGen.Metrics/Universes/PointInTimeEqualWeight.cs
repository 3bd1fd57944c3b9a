using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>
/// One stretch of a point-in-time basket during which its members do not change: the members held from
/// <see cref="Start"/> until the next segment's start (or the as-of date).
/// </summary>
/// <param name="Start">The first day the members hold; a calendar quarter's first day, so that a change of members falls on a
/// rebalancing date of <see cref="EqualWeightRebalanced"/>.</param>
/// <param name="Members">Each member's daily prices of one field (adjusted closes for a total return), ascending; at least one.</param>
public sealed record BasketSegment(DateOnly Start, IReadOnlyList<PriceSeries> Members);

/// <summary>
/// The value of an equal-weight basket whose members change over time (point-in-time membership), rebased to 100: the
/// basket of each stretch is held as <see cref="EqualWeightReturn.Rebased"/> holds it (weights reset to 1/N at each quarter
/// start) and the stretches are chained at the close where the members change.
/// </summary>
/// <remarks>
/// <para>V(t) = V(c_k) × (1/N_k) Σ_{i ∈ M_k} P_i(t) / P_i(c_k) within a quarter of segment k, where c_k is the quarter's base
/// close and M_k the members of the segment; a member joins at the base close of the first quarter it belongs to and leaves at
/// the base close of the first quarter it no longer belongs to. With members that change only at quarter starts this is
/// <see cref="EqualWeightRebalanced"/>'s chain R = Π_k (1 + (1/N_k) Σ_i R_i,k) − 1 with each quarter's own members, so a
/// member that listed later (no prices before its first quarter) is in the line only from that quarter on, and one basket
/// line covers windows its later members could not.</para>
/// <para>Source: S&amp;P Dow Jones Indices, <i>S&amp;P 500 Equal Weight Index Methodology</i> and <i>Index Mathematics
/// Methodology</i> (an equal-weight index's constituents change at rebalancings; the divisor keeps the level continuous, so
/// the index chains the baskets of successive rebalancing periods).</para>
/// </remarks>
public static class PointInTimeEqualWeight
{
    // The same metric as EqualWeightReturn (one catalogue entry, named there): not public, so the catalogue test's "every
    // metric class with a Name is listed exactly once" counts it once, as EqualWeightRebalanced.
    private const string Name = EqualWeightReturn.Name;

    /// <summary>The basket's value, rebased to 100 on <paramref name="baseDate"/>, on every trading day its members of the
    /// day's segment share, up to <paramref name="asOf"/>.</summary>
    /// <param name="segments">The stretches, ascending by start; the first starts after <paramref name="baseDate"/>. Each
    /// segment's members must have a close on the last date of the line before the segment starts (its base close).</param>
    /// <param name="baseDate">The base trading day (value 100); every member of the first segment has a close on it.</param>
    /// <param name="asOf">The last day read.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>Dates and rebased values, ascending; the first is (<paramref name="baseDate"/>, 100).</returns>
    /// <exception cref="ArgumentException">No segments, segments out of order, or the first starting on or before the base date.</exception>
    /// <exception cref="InsufficientDataException">A segment without members; a member without a close on its segment's base
    /// close; or a segment's last shared close more than <see cref="GapPolicy.MaxCalendarDays"/> days before its end (see
    /// <see cref="EqualWeightReturn.Rebased"/>).</exception>
    public static IReadOnlyList<(DateOnly Date, double Value)> Rebased(IReadOnlyList<BasketSegment> segments, DateOnly baseDate, DateOnly asOf, string universe)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0)
        {
            throw new ArgumentException($"universe '{universe}': a point-in-time basket needs at least one segment", nameof(segments));
        }

        for (var k = 0; k < segments.Count; k++)
        {
            var previousStart = k == 0 ? baseDate : segments[k - 1].Start;
            if (segments[k].Start <= previousStart)
            {
                throw new ArgumentException($"universe '{universe}': segment {k} starts on {segments[k].Start:yyyy-MM-dd}, not after {previousStart:yyyy-MM-dd}", nameof(segments));
            }
        }

        var result = new List<(DateOnly Date, double Value)>();
        var level = 100.0;
        var pieceBase = baseDate;
        for (var k = 0; k < segments.Count && segments[k].Start <= asOf; k++)
        {
            var end = k + 1 < segments.Count && segments[k + 1].Start <= asOf ? segments[k + 1].Start.AddDays(-1) : asOf;
            var piece = EqualWeightReturn.Rebased(segments[k].Members, pieceBase, end, universe);
            for (var i = result.Count == 0 ? 0 : 1; i < piece.Count; i++)
            {
                result.Add((piece[i].Date, level * piece[i].Value / 100));
            }

            level = result[^1].Value;
            pieceBase = result[^1].Date;
        }

        return result;
    }
}
