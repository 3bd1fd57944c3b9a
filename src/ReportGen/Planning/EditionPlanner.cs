using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;
using ReportGen.Project;

namespace ReportGen.Planning;

/// <summary>
/// Stage 3: the editions of each report, one per period of its cadence from its first period to the last complete
/// period in the data, each as of its own last trading day.
/// </summary>
public static class EditionPlanner
{
    /// <summary>
    /// The project's one <see cref="TradingCalendar"/>: the trading days of the house benchmark (<c>benchmark:</c> in
    /// reportgen.yml). Null, with <see cref="DiagnosticCodes.NoTradingCalendar"/>, when that benchmark has no price data.
    /// </summary>
    /// <param name="data">The loaded data.</param>
    /// <param name="benchmark">The house benchmark (<see cref="Config.SiteConfig.Benchmark"/>).</param>
    /// <param name="diagnostics">Where a missing calendar is reported.</param>
    public static TradingCalendar? Calendar(MarketData data, string benchmark, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (TradingCalendar.Of(data, benchmark) is { } calendar)
        {
            return calendar;
        }

        diagnostics.Error(DiagnosticCodes.NoTradingCalendar, $"the house benchmark '{benchmark}' has no price data, and its trading days are the calendar every edition is dated by; add data/prices/.../{benchmark}.csv or name another benchmark with 'benchmark:' in {ProjectLayout.ConfigFile}", SourceLocation.File(ProjectLayout.ConfigFile));
        return null;
    }

    /// <summary>Plans the editions of <paramref name="report"/>.</summary>
    /// <param name="report">The series.</param>
    /// <param name="calendar">The project's trading calendar (<see cref="Calendar"/>).</param>
    /// <param name="includeDraft">Also plan the current incomplete period, marked as a draft.</param>
    /// <param name="asOfLimit">An optional as-of date (<c>--as-of</c>): nothing after it is used.</param>
    /// <returns>Editions, oldest first.</returns>
    /// <remarks>A period is complete when the calendar has a trading day after it, or reaches its last weekday.</remarks>
    public static IReadOnlyList<Edition> Plan(ReportDefinition report, TradingCalendar calendar, bool includeDraft, DateOnly? asOfLimit)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(calendar);
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
