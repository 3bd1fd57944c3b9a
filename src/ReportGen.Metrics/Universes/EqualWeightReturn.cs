using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Universes;

/// <summary>Return of a universe held in equal weights from the start of one rebalancing period (a calendar quarter or
/// part of one); over longer windows the pieces are chained by <see cref="EqualWeightRebalanced"/>.</summary>
public static class EqualWeightReturn
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "equal_weight_return";

    /// <summary>The arithmetic mean of the members' returns over the same holding period.</summary>
    /// <param name="memberReturns">Each member's return over the same period, as fractions; at least one.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The universe's return as a fraction (0.153 = +15.3%).</returns>
    /// <exception cref="InsufficientDataException">No member returns.</exception>
    /// <remarks>
    /// R_EW = (1/N) Σ R_i: weights of 1/N at the start of the period, held without rebalancing, so each member's
    /// contribution is R_i / N. Source: S&amp;P Dow Jones Indices, <i>Equal Weight Indexing</i> methodology
    /// (equal weights reset at each rebalancing date; between rebalancings the index is buy-and-hold).
    /// </remarks>
    public static double Compute(IReadOnlyList<PeriodReturn> memberReturns, string universe)
    {
        ArgumentNullException.ThrowIfNull(memberReturns);
        if (memberReturns.Count == 0)
        {
            throw new InsufficientDataException(Name, universe, "at least one member with a return for the period");
        }

        var sum = 0.0;
        foreach (var r in memberReturns)
        {
            sum += r.Value;
        }

        return sum / memberReturns.Count;
    }

    /// <summary>
    /// The equal-weight basket's value, rebased to 100 on <paramref name="baseDate"/>, on every trading day from the
    /// base date to <paramref name="asOf"/> that all members share, with the weights reset to 1/N at the last shared close
    /// of each calendar quarter (<see cref="EqualWeightRebalanced"/>): within a quarter V(t) = V(q) × (1/N) Σ P_i(t) / P_i(q),
    /// where q is the quarter's base close.
    /// </summary>
    /// <param name="members">Each member's daily prices of one field; every member must have a close on the base date.</param>
    /// <param name="baseDate">The base trading day (value 100).</param>
    /// <param name="asOf">The last day read.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>Dates and rebased values, ascending.</returns>
    /// <exception cref="InsufficientDataException">No members; a member has no close on the base date; or the last shared
    /// close is more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days before <paramref name="asOf"/> (a line that
    /// stops early would pass for one that runs to the as-of date).</exception>
    /// <remarks>The last value equals 100 × (1 + <see cref="EqualWeightRebalanced.Between"/>) over the same closes, and for one
    /// member 100 × P(t) / P(base). Source: as <see cref="EqualWeightRebalanced"/>.</remarks>
    public static IReadOnlyList<(DateOnly Date, double Value)> Rebased(IReadOnlyList<PriceSeries> members, DateOnly baseDate, DateOnly asOf, string universe)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new InsufficientDataException(Name, universe, "at least one member");
        }

        var bases = new double[members.Count];
        var current = new double[members.Count];
        for (var m = 0; m < members.Count; m++)
        {
            var i = members[m].IndexOnOrBefore(baseDate);
            if (i < 0 || members[m].Dates[i] != baseDate)
            {
                throw new InsufficientDataException(Name, members[m].Ticker, $"a close on the base date {baseDate:yyyy-MM-dd}");
            }

            bases[m] = members[m].Values[i];
        }

        var result = new List<(DateOnly, double)>();
        var lead = members[0];
        var level = 100.0;
        var quarter = Period.Containing(PeriodKind.Quarter, baseDate);
        for (var i = lead.IndexOnOrBefore(baseDate); i < lead.Count && lead.Dates[i] <= asOf; i++)
        {
            var date = lead.Dates[i];
            var all = true;
            for (var m = 0; m < members.Count && all; m++)
            {
                var j = members[m].IndexOnOrBefore(date);
                all = j >= 0 && members[m].Dates[j] == date;
                if (all)
                {
                    current[m] = members[m].Values[j];
                }
            }

            if (!all)
            {
                continue;
            }

            if (date > quarter.End && result.Count > 0)
            {
                // A new quarter: the previous shared close is the rebalancing close; weights reset to 1/N there.
                level = result[^1].Item2;
                quarter = Period.Containing(PeriodKind.Quarter, date);
                for (var m = 0; m < members.Count; m++)
                {
                    var j = members[m].IndexOnOrBefore(result[^1].Item1);
                    bases[m] = members[m].Values[j];
                }
            }

            var sum = 0.0;
            for (var m = 0; m < members.Count; m++)
            {
                sum += current[m] / bases[m];
            }

            result.Add((date, level * sum / members.Count));
        }

        if (result.Count > 0 && asOf.DayNumber - result[^1].Item1.DayNumber > GapPolicy.MaxCalendarDays)
        {
            throw new InsufficientDataException(Name, members.Count == 1 ? members[0].Ticker : universe, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"a close within {GapPolicy.MaxCalendarDays} calendar days on or before {asOf:yyyy-MM-dd} (the last {(members.Count == 1 ? "close" : "close shared by every member")} is {result[^1].Item1:yyyy-MM-dd}, {asOf.DayNumber - result[^1].Item1.DayNumber} days earlier)"));
        }

        return result;
    }
}
