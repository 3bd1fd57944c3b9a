using System.Globalization;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Universes;

namespace ReportGen.Facts;

/// <summary>
/// A universe as a point-in-time basket over windows longer than a quarter (its line, <see cref="Basket"/>), and each
/// member's contribution to the quarter's equal-weight return (<see cref="Contributions"/>).
/// </summary>
public sealed partial class UniverseView
{
    /// <summary>Each member's contribution to the equal-weight return over the edition's quarter (return / N, in percentage
    /// points), largest first (ties by ticker); the edition's benchmarks are left out as in <see cref="Leaders"/>. They add up
    /// to <see cref="PeriodReturn"/>. Source: Bacon, <i>Practical Portfolio Performance Measurement and Attribution</i>
    /// (contribution = weight × return), as <see cref="ContributionToReturn"/>.</summary>
    /// <exception cref="InsufficientDataException">A member lacks data, or the edition's period spans more than one calendar
    /// quarter (equal weights are reset at each quarter start, so a member's contribution is then not its return / N).</exception>
    public IReadOnlyList<ContributionView> Contributions => Get(nameof(Contributions), () =>
    {
        if (EqualWeightRebalanced.Cutoffs(_scope.Period.Start.AddDays(-1), _scope.Period.End).Count != 2)
        {
            throw new InsufficientDataException(MetricNames.ContributionToReturn, Name, $"a period inside one calendar quarter (equal weights are reset at each quarter start, so over {_scope.Period} a member's contribution is not its return / N)");
        }

        var n = Members.Count;
        return (IReadOnlyList<ContributionView>)[.. RankedMembers
            .Select(m => new ContributionView(m, new MetricValue(m.PeriodReturn.Value / n, MetricUnit.PercentagePoints, MetricNames.ContributionToReturn, m.Ticker,
                Inv($"{m.Ticker}'s {_scope.Period} total return {m.PeriodReturn.Value:0.####} × 1/{n} of {Name}"), m.PeriodReturn.SourceIds, m.PeriodReturn.AsOf)))
            .OrderByDescending(c => c.Contribution.Value).ThenBy(c => c.Security.Ticker, StringComparer.Ordinal)];
    });

    /// <summary>The universe's equal-weight line from the last close before <paramref name="from"/> to the as-of date, with each
    /// quarter's own members (<see cref="PointInTimeEqualWeight"/>); see <see cref="BasketView"/>.</summary>
    /// <param name="from">The first day of the window.</param>
    /// <param name="trailing12m">True when the window is the trailing 12 months (its figures carry the <c>_12m</c> names).</param>
    /// <returns>The basket view of the line.</returns>
    /// <exception cref="InsufficientDataException">A member lacks prices for its quarters, or no member is held on <paramref name="from"/>.</exception>
    public BasketView Basket(DateOnly from, bool trailing12m = false) => Get("basket:" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (trailing12m ? ":12m" : string.Empty), () =>
    {
        var (line, sources, joined) = PointInTimeLine(from);
        return new BasketView(Name, BasketNames.Of(trailing12m, universe: true), line, sources, joined, "equal-weight basket line, each quarter's members, weights reset at each quarter start");
    });

    /// <summary>The equal-weight return of a dated universe from the last close before <paramref name="from"/> to the as-of
    /// date with each quarter's own members (<see cref="PointInTimeLine"/>: the members whose membership covers each
    /// calendar quarter's first day, weights reset to 1/N there, the pieces chained), as a fraction; null when the universe
    /// has no dates or holds the edition's own members at every quarter start in the window, where it equals the equal-weight
    /// return of the edition's members. One convention for every multi-quarter window of a point-in-time universe (year to
    /// date, trailing 12 months, since a date, the combined charts and <c>basket</c>): a member counts from the first quarter
    /// start on or after it joined until the last quarter start before it left, as in S&amp;P Dow Jones Indices' equal-weight
    /// index methodology (additions and deletions take effect at the quarterly rebalancing).</summary>
    /// <param name="from">The first day of the window.</param>
    /// <param name="metric">The figure's metric name.</param>
    /// <param name="window">Words for the window in the figure's inputs, e.g. "over 2024".</param>
    /// <returns>The figure, or null when the edition's members give the same basket.</returns>
    /// <exception cref="InsufficientDataException">A member lacks prices for its quarters, or no member is held on a quarter start.</exception>
    internal MetricValue? PointInTimeReturn(DateOnly from, string metric, string window)
    {
        if (!_scope.Data.Universes.TryGetValue(Name, out var universe) || !universe.IsDated)
        {
            return null;
        }

        var today = Members.Select(m => m.Ticker).ToHashSet(StringComparer.Ordinal);
        if (QuarterStarts(from).All(q => today.SetEquals(MembersOn(universe, q))))
        {
            return null;
        }

        var (line, sources, joined) = PointInTimeLine(from);
        var inputs = Inv($"equal-weight basket {window}: each quarter's own members in data/universes.csv, weights reset at each quarter start, chained (line {line[0].Value:0.####} on {line[0].Date:yyyy-MM-dd} → {line[^1].Value:0.####} on {line[^1].Date:yyyy-MM-dd})")
            + (joined.Count > 0 ? "; joined after the first quarter: " + string.Join(", ", joined) : string.Empty);
        return new MetricValue((line[^1].Value / line[0].Value) - 1, MetricUnit.Fraction, metric, Name, inputs, sources, line[^1].Date);
    }

    /// <summary>The point-in-time equal-weight line from the last close before <paramref name="from"/> (value 100) to the as-of
    /// date: the window is cut at each calendar quarter start, each quarter holds the members whose membership covers its
    /// first day (the first piece: <paramref name="from"/>), and the pieces are chained. For a universe without dates, the
    /// line of its members (as <see cref="EqualWeightReturn.Rebased"/>).</summary>
    /// <param name="from">The first day of the window.</param>
    /// <returns>The line, the source ids of the prices read, and the tickers that joined after the first piece.</returns>
    /// <exception cref="InsufficientDataException">A member lacks prices for its quarters, or no member is held on <paramref name="from"/>.</exception>
    internal (IReadOnlyList<(DateOnly Date, double Value)> Line, IReadOnlyList<string> Sources, IReadOnlyList<string> Joined) PointInTimeLine(DateOnly from)
    {
        var universe = _scope.Data.Universes[Name];
        var sets = new List<(DateOnly Start, List<string> Tickers)>();
        foreach (var start in QuarterStarts(from))
        {
            var tickers = MembersOn(universe, start);
            if (tickers.Count == 0)
            {
                throw new InsufficientDataException(EqualWeightReturn.Name, Name, Inv($"at least one member on {start:yyyy-MM-dd} in data/universes.csv"));
            }

            if (sets.Count == 0 || !sets[^1].Tickers.SequenceEqual(tickers, StringComparer.Ordinal))
            {
                sets.Add((start, tickers));
            }
        }

        PriceSeries Series(string ticker) => _scope.Data.Prices.TryGetValue(ticker, out var p) && p.AdjustedClose is { } s
            ? s
            : throw new InsufficientDataException(EqualWeightReturn.Name, ticker, "adjusted closes (an 'Adj Close' column)");
        var segments = sets.Select(s => new BasketSegment(s.Start, [.. s.Tickers.Select(Series)])).ToList();
        var lead = segments[0].Members[0];
        var i = lead.IndexBefore(from);
        var baseDate = i >= 0 ? lead.Dates[i] : throw new InsufficientDataException(EqualWeightReturn.Name, lead.Ticker, Inv($"a close before {from:yyyy-MM-dd}"));
        var line = PointInTimeEqualWeight.Rebased(segments, baseDate, _scope.AsOf, Name);
        var all = sets.SelectMany(s => s.Tickers).Distinct(StringComparer.Ordinal).ToList();
        var sources = all.Select(t => _scope.Data.Prices[t].AdjustedCloseSource ?? "prices").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var joined = all.Where(t => !sets[0].Tickers.Contains(t, StringComparer.Ordinal)).ToList();
        return (line, sources, joined);
    }

    // The first day of a window and each calendar quarter start after it up to the as-of date: where a point-in-time
    // basket is rebalanced to that day's members.
    private IEnumerable<DateOnly> QuarterStarts(DateOnly from)
    {
        yield return from;
        for (var q = Period.Containing(PeriodKind.Quarter, from).End.AddDays(1); q <= _scope.AsOf; q = Period.Containing(PeriodKind.Quarter, q).End.AddDays(1))
        {
            yield return q;
        }
    }

    // The members on a day: those whose membership covers it (every member for a universe without dates), each once.
    private static List<string> MembersOn(Data.Universe universe, DateOnly day) => universe.IsDated
        ? [.. universe.Memberships.Where(m => m.Covers(day)).Select(m => m.Ticker).Distinct(StringComparer.Ordinal)]
        : [.. universe.Members];
}
