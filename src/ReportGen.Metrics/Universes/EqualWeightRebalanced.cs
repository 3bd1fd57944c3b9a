using System.Globalization;
using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>
/// The return of an equal-weight basket over any window, with weights reset to 1/N at the start of every calendar
/// quarter inside it: the one convention behind every equal-weight figure and chart line of a site.
/// </summary>
/// <remarks>
/// <para>The window is cut at each calendar quarter end that falls strictly inside it. Over each piece the basket is held
/// from equal weights (its return is the mean of the members' returns over the piece, <see cref="EqualWeightReturn.Compute"/>),
/// and the pieces are chained: R = Π<sub>k</sub> (1 + (1/N) Σ<sub>i</sub> R<sub>i,k</sub>) − 1. A window inside one quarter is one piece,
/// so its return is the plain mean of the members' returns.</para>
/// <para>Source: S&amp;P Dow Jones Indices, <i>S&amp;P 500 Equal Weight Index Methodology</i> (and <i>Equal Weight Indexing</i>):
/// the equal-weight index is rebalanced to equal weights every quarter and held between rebalancings; the Invesco
/// S&amp;P 500 Equal Weight ETF (RSP) tracks that index. S&amp;P DJI rebalances after the close of the third Friday of the
/// quarter's last month; the notes rebalance at the last close of each calendar quarter, so that a basket's quarterly
/// return is the mean of its members' quarterly returns.</para>
/// </remarks>
public static class EqualWeightRebalanced
{
    // The same metric as EqualWeightReturn (one catalogue entry).
    private const string Name = EqualWeightReturn.Name;

    /// <summary>
    /// The cut-off dates of the pieces of a window: <paramref name="baseCutoff"/>, each calendar quarter's last day
    /// strictly between the two cut-offs, and <paramref name="endCutoff"/>. Each price is read as the last close on or before a cut-off.
    /// </summary>
    /// <param name="baseCutoff">The cut-off of the window's base close (for a period, the day before it starts).</param>
    /// <param name="endCutoff">The cut-off of the window's end close (the as-of date or the period's last day).</param>
    /// <returns>At least two ascending dates when <paramref name="endCutoff"/> is after <paramref name="baseCutoff"/>.</returns>
    public static IReadOnlyList<DateOnly> Cutoffs(DateOnly baseCutoff, DateOnly endCutoff)
    {
        var result = new List<DateOnly> { baseCutoff };
        var quarterEnd = Period.Containing(PeriodKind.Quarter, baseCutoff).End;
        if (quarterEnd == baseCutoff)
        {
            quarterEnd = Period.Containing(PeriodKind.Quarter, baseCutoff.AddDays(1)).End;
        }

        while (quarterEnd < endCutoff)
        {
            result.Add(quarterEnd);
            quarterEnd = Period.Containing(PeriodKind.Quarter, quarterEnd.AddDays(1)).End;
        }

        result.Add(endCutoff);
        return result;
    }

    /// <summary>The basket's return over <paramref name="window"/> as of <paramref name="asOf"/>, rebalanced to equal weights at each quarter start.</summary>
    /// <param name="members">Each member's daily prices of one field (adjusted closes for a total return), ascending.</param>
    /// <param name="window">The holding period; its base and end cut-offs follow <see cref="ReturnWindow"/>.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The return as a fraction, the number of pieces and the base and end cut-offs.</returns>
    /// <exception cref="InsufficientDataException">No members; a member's base or end close cannot be located (see
    /// <see cref="WindowLocator"/>: missing, or more than <see cref="GapPolicy.MaxCalendarDays"/> days before its cut-off); or a
    /// member has no close within <see cref="GapPolicy.MaxCalendarDays"/> days on or before a quarter end inside the window.</exception>
    public static RebalancedReturn Compute(IReadOnlyList<PriceSeries> members, ReturnWindow window, DateOnly asOf, string universe)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new InsufficientDataException(Name, universe, "at least one member with prices for the window");
        }

        var ranges = members.Select(m => WindowLocator.Locate(Name, m, window, asOf)).ToList();
        var bounds = window.Resolve(asOf);
        var baseCutoff = bounds.BaseOnOrBefore ?? members.Max(m => m.Dates[0]);
        return Chain(members, ranges, Cutoffs(baseCutoff, bounds.EndOnOrBefore), universe);
    }

    /// <summary>The basket's return between two explicit cut-offs (e.g. an event window's base and end closes), rebalanced at each quarter start between them.</summary>
    /// <param name="members">Each member's daily prices of one field, ascending.</param>
    /// <param name="baseCutoff">The base close is each member's last close on or before this date.</param>
    /// <param name="endCutoff">The end close is each member's last close on or before this date; after <paramref name="baseCutoff"/>.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The return as a fraction, the number of pieces and the cut-offs.</returns>
    /// <exception cref="InsufficientDataException">No members, or a member has no close within
    /// <see cref="GapPolicy.MaxCalendarDays"/> days on or before a cut-off.</exception>
    public static RebalancedReturn Between(IReadOnlyList<PriceSeries> members, DateOnly baseCutoff, DateOnly endCutoff, string universe)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new InsufficientDataException(Name, universe, "at least one member with prices for the window");
        }

        var cutoffs = Cutoffs(baseCutoff, endCutoff);
        var ranges = members.Select(m => new IndexRange(Close(m, baseCutoff), Close(m, endCutoff))).ToList();
        return Chain(members, ranges, cutoffs, universe);
    }

    private static RebalancedReturn Chain(IReadOnlyList<PriceSeries> members, List<IndexRange> ranges, IReadOnlyList<DateOnly> cutoffs, string universe)
    {
        var growth = 1.0;
        var single = 0.0;
        var previous = ranges.Select(r => r.Base).ToArray();
        for (var k = 1; k < cutoffs.Count; k++)
        {
            var last = k == cutoffs.Count - 1;
            var sum = 0.0;
            for (var m = 0; m < members.Count; m++)
            {
                var series = members[m];
                var i = last ? ranges[m].End : Close(series, cutoffs[k]);
                sum += (series.Values[i] / series.Values[previous[m]]) - 1;
                previous[m] = i;
            }

            single = sum / members.Count;
            growth *= 1 + single;
        }

        // One piece: the plain mean, exactly as EqualWeightReturn.Compute gives it (no 1 + x − 1 rounding).
        var value = cutoffs.Count == 2 ? single : growth - 1;
        if (!double.IsFinite(value))
        {
            throw new InsufficientDataException(Name, universe, "finite prices for every member");
        }

        return new RebalancedReturn(value, cutoffs.Count - 1, cutoffs[0], cutoffs[^1]);
    }

    private static int Close(PriceSeries series, DateOnly cutoff) => CloseAt(Name, series, cutoff, ", where the equal weights are reset");

    /// <summary>
    /// The index of the last close on or before a rebalancing cut-off, for the rebalanced baskets (equal weight here, cap
    /// weight in <see cref="CapWeightRebalanced"/>).
    /// </summary>
    /// <param name="metric">The metric asking, named in the error.</param>
    /// <param name="series">The member's closes.</param>
    /// <param name="cutoff">The cut-off date.</param>
    /// <param name="where">Words after the date in the error, e.g. ", where the equal weights are reset"; may be empty.</param>
    /// <returns>An index into <paramref name="series"/>.</returns>
    /// <exception cref="InsufficientDataException">No close on or before the cut-off, or the last one more than
    /// <see cref="GapPolicy.MaxCalendarDays"/> calendar days before it.</exception>
    internal static int CloseAt(string metric, PriceSeries series, DateOnly cutoff, string where)
    {
        var i = series.IndexOnOrBefore(cutoff);
        if (i < 0 || cutoff.DayNumber - series.Dates[i].DayNumber > GapPolicy.MaxCalendarDays)
        {
            throw new InsufficientDataException(metric, series.Ticker, string.Create(CultureInfo.InvariantCulture,
                $"a close within {GapPolicy.MaxCalendarDays} calendar days on or before {cutoff:yyyy-MM-dd}{where} ({(i < 0 ? $"the series starts {WindowLocator.Describe(series.FirstDate)}" : $"the last close is {series.Dates[i]:yyyy-MM-dd}")})"));
        }

        return i;
    }
}

/// <summary>An equal-weight return rebalanced at each quarter start (<see cref="EqualWeightRebalanced"/>).</summary>
/// <param name="Value">The return as a fraction (0.153 = +15.3%).</param>
/// <param name="Pieces">How many pieces the window was cut into (1 for a window inside one quarter).</param>
/// <param name="BaseCutoff">The cut-off of the base closes.</param>
/// <param name="EndCutoff">The cut-off of the end closes.</param>
public sealed record RebalancedReturn(double Value, int Pieces, DateOnly BaseCutoff, DateOnly EndCutoff);
