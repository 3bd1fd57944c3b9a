using ReportGen.Data;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Returns;

namespace ReportGen.Facts;

public sealed partial class EditionScope
{
    /// <summary>The events of <paramref name="subject"/> in the edition's period up to its as-of date, oldest first: only the
    /// cut data's events, so an event dated after the as-of date never shows.</summary>
    /// <param name="subject">A ticker of data/securities.csv or a universe of data/universes.csv.</param>
    /// <returns>The events, possibly none.</returns>
    /// <exception cref="KeyNotFoundException">The subject is neither a known ticker nor a universe.</exception>
    public IReadOnlyList<EventView> EventsOf(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!Data.Securities.ContainsKey(subject) && !Data.Prices.ContainsKey(subject) && !Data.Universes.ContainsKey(subject))
        {
            throw new KeyNotFoundException($"events: unknown subject '{subject}'; expected a ticker of data/securities.csv or one of the universes: {string.Join(", ", Data.Universes.Keys.Order(StringComparer.Ordinal))}");
        }

        return [.. Data.Events
            .Where(e => e.Subject == subject && e.Date >= Period.Start && e.Date <= Period.End)
            .OrderBy(e => e.Date)
            .Select(e => new EventView(e.Date, e.Subject, e.Text, e.SourceUrl.AbsoluteUri, SessionsAfter(e)) { Row = e })];
    }

    /// <summary>The total return of the event's subject from the last close before the event date to the close
    /// <paramref name="sessions"/> trading sessions after it (<see cref="EventWindowReturn"/>); for a universe, the
    /// equal-weight mean of its members' returns over the same window. Cites the price data and the events calendar.</summary>
    /// <param name="e">An event from <see cref="EventsOf"/>.</param>
    /// <param name="sessions">N, at least 1.</param>
    /// <returns>A fraction (0.082 = +8.2%) named <see cref="MetricNames.EventWindowReturn"/>, or
    /// <see cref="MetricNames.EqualWeightEventWindowReturn"/> for a universe.</returns>
    /// <exception cref="InsufficientDataException">No close before the event, or fewer than <paramref name="sessions"/> after
    /// it by the as-of date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessions"/> is below 1.</exception>
    public MetricValue AfterEvent(EventView e, int sessions)
    {
        ArgumentNullException.ThrowIfNull(e);
        var row = e.Row ?? throw new ArgumentException("the event does not come from the events calendar", nameof(e));
        if (Data.Universes.ContainsKey(row.Subject))
        {
            var members = Universe(row.Subject).Members.Select(m => TickerAfterEvent(m.Ticker, row, sessions, MetricNames.EventWindowReturn)).ToList();
            // The members share one trading calendar: the first member's base and end closes are the window's cut-offs.
            var first = EventWindowReturn.Compute(Data.Prices[members[0].Subject].AdjustedClose!, row.Date, sessions, AsOf);
            var mean = EqualWeight(row.Subject, members, MetricNames.EqualWeightEventWindowReturn, FormattableString.Invariant($"from the close before the event on {row.Date:yyyy-MM-dd} to the close {sessions} sessions after it ({row.Text})"),
                series => Metrics.Universes.EqualWeightRebalanced.Between(series, first.StartDate, first.EndDate, row.Subject));
            return mean with { SourceIds = [.. mean.SourceIds.Append(row.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
        }

        return TickerAfterEvent(row.Subject, row, sessions, MetricNames.EventWindowReturn);
    }

    private MetricValue TickerAfterEvent(string ticker, CalendarEvent row, int sessions, string metric)
    {
        var prices = Data.Prices.TryGetValue(ticker, out var p) ? p : throw new InsufficientDataException(metric, ticker, "price data");
        var series = prices.AdjustedClose ?? throw new InsufficientDataException(metric, ticker, "adjusted closes (an 'Adj Close' column)");
        var r = EventWindowReturn.Compute(series, row.Date, sessions, AsOf);
        var inputs = FormattableString.Invariant($"Adj Close {r.StartDate:yyyy-MM-dd} {r.StartPrice:0.####} (last close before the event on {row.Date:yyyy-MM-dd}: {row.Text}) → {r.EndDate:yyyy-MM-dd} {r.EndPrice:0.####} ({sessions} sessions after)");
        var sources = new[] { prices.AdjustedCloseSource!, row.SourceId }.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new MetricValue(r.Value, Metrics.Catalogue.MetricUnit.Fraction, metric, ticker, inputs, sources, r.EndDate);
    }

    // The largest N that AfterEvent accepts: sessions after the event date by the as-of date (for a universe, its members' fewest).
    private int SessionsAfter(CalendarEvent e)
    {
        int Of(string ticker) => Data.Prices.TryGetValue(ticker, out var p) && p.AdjustedClose is { } s ? EventWindowReturn.SessionsAfter(s, e.Date, AsOf) : 0;
        return Data.Universes.TryGetValue(e.Subject, out var u) ? (u.Members.Count == 0 ? 0 : u.Members.Min(Of)) : Of(e.Subject);
    }
}
