using ReportGen.Data;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Facts;

/// <summary>The events an edition sees (its period, up to its as-of date) and the event-window figure for a ticker and a universe.</summary>
public sealed class EventFactsTests
{
    private static readonly Uri Url = new("https://example.com/news");

    [Fact]
    public void EventsOf_ListsOnlyTheSubjectsEventsInThePeriod_OldestFirst()
    {
        var scope = Scope(
            new CalendarEvent(new DateOnly(2025, 12, 31), "UP", "last year's results", Url, "events"),
            new CalendarEvent(new DateOnly(2026, 1, 1), "UP", "results", Url, "events"),
            new CalendarEvent(new DateOnly(2026, 3, 2), "UP", "investor day", Url, "events"),
            new CalendarEvent(new DateOnly(2026, 1, 1), "DOWN", "results", Url, "events"));

        var events = scope.EventsOf("UP");

        Assert.Equal(["2026-01-01 results", "2026-03-02 investor day"], events.Select(e => $"{e.Date:yyyy-MM-dd} {e.Event}"));
        Assert.Equal(21, events[^1].SessionsAfter); // weekdays 2026-03-03 .. 2026-03-31
        Assert.Throws<KeyNotFoundException>(() => scope.EventsOf("NOPE"));
    }

    [Fact]
    public void AfterEvent_Universe_IsTheEqualWeightMeanOfItsMembersWindows()
    {
        var scope = Scope(new CalendarEvent(new DateOnly(2026, 1, 1), "both", "sector news", Url, "events"));
        var e = Assert.Single(scope.EventsOf("both"));

        var sut = scope.AfterEvent(e, 3);

        // UP 95 -> 99 (+4.2105%), DOWN 10000/95 -> 10000/99 (-4.0404%): mean (0.0421053 - 0.0404040) / 2 = 0.0008506
        Assert.Equal(0.0008506, sut.Value, 0.0000005);
        Assert.Equal(MetricNames.EqualWeightEventWindowReturn, sut.Metric);
        Assert.Equal(["events", "prices"], sut.SourceIds);
    }

    private static EditionScope Scope(params CalendarEvent[] events) =>
        EditionScope.For(QuarterlyMarket.Data with { Events = events }, QuarterlyMarket.Quarters[4], new DateOnly(2026, 3, 31), [], QuarterlyMarket.Config);
}
