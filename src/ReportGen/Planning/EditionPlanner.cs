using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;
using ReportGen.Text;

namespace ReportGen.Planning;

/// <summary>
/// Stage 3: the editions of each report, one per period of its cadence from its first period to the last complete
/// period in the data, each as of its own last trading day.
/// </summary>
public static class EditionPlanner
{
    /// <summary>Plans the editions of <paramref name="report"/>.</summary>
    /// <param name="report">The series.</param>
    /// <param name="data">The loaded data; the trading calendar is the first benchmark's adjusted-close dates (else the first universe member's).</param>
    /// <param name="includeDraft">Also plan the current incomplete period, marked as a draft.</param>
    /// <param name="asOfLimit">An optional as-of date (<c>--as-of</c>): nothing after it is used.</param>
    /// <param name="diagnostics">Where a report without usable data is reported.</param>
    /// <returns>Editions, oldest first.</returns>
    /// <remarks>A period is complete when the calendar has a trading day after it, or reaches its last weekday.</remarks>
    public static IReadOnlyList<Edition> Plan(ReportDefinition report, MarketData data, bool includeDraft, DateOnly? asOfLimit, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var calendarTicker = report.Benchmarks.Concat(report.Universes.SelectMany(u => data.Universes.TryGetValue(u, out var x) ? x.Members : []))
            .FirstOrDefault(t => data.Prices.TryGetValue(t, out var p) && p.AdjustedClose is not null);
        if (calendarTicker is null)
        {
            diagnostics.Error(DiagnosticCodes.BadFrontMatter, "the report names no benchmark or universe with adjusted closes; expected e.g. 'benchmarks: [SPY]'", new SourceLocation(report.Path, report.Front.LineOf("benchmarks"), 1));
            return [];
        }

        var calendar = data.Prices[calendarTicker].AdjustedClose!;
        if (asOfLimit is { } limit)
        {
            calendar = calendar.TruncatedAt(limit);
        }

        if (calendar.LastDate is not { } last)
        {
            return [];
        }

        var editions = new List<Edition>();
        for (var period = report.FirstPeriod; period.Start <= last; period = period.Next())
        {
            var complete = last > period.End || last >= LastWeekday(period);
            if (!complete && !includeDraft)
            {
                break;
            }

            var i = calendar.IndexOnOrBefore(period.End);
            if (i < 0 || calendar.Dates[i] < period.Start)
            {
                continue;
            }

            editions.Add(new Edition(report, period, calendar.Dates[i], !complete));
        }

        return editions;
    }

    private static DateOnly LastWeekday(Period period)
    {
        var d = period.End;
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            d = d.AddDays(-1);
        }

        return d;
    }
}
