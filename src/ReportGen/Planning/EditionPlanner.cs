using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;
using ReportGen.Project;

namespace ReportGen.Planning;

/// <summary>
/// Stage 3: the editions of each report, one per period of its cadence from its first period to the last complete
/// period in the data, each as of its own last trading day.
/// </summary>
public static partial class EditionPlanner
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

    /// <summary>The slugs of the project's report series: the file names of <c>templates/reports/*.sbn-md</c> without the
    /// extension, in ordinal order (a report whose front matter does not load still has its slug).</summary>
    /// <param name="projectRoot">The project folder.</param>
    public static IReadOnlyList<string> ReportSlugs(string projectRoot)
    {
        ArgumentNullException.ThrowIfNull(projectRoot);
        return [.. SourceFiles.Enumerate(new ProjectLayout(projectRoot).Reports, "*" + ProjectLayout.ReportExtension, recursive: false)
            .Select(f => Path.GetFileName(f)[..^ProjectLayout.ReportExtension.Length])
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// What is wrong with <c>--report <paramref name="slug"/></c>: null when it names a report series of the project (or
    /// is null: every report), else a message with the closest slugs, e.g. <c>--report 'ai-equitie' names no report in
    /// templates/reports; did you mean 'ai-equities'?</c>.
    /// </summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="slug">The slug given, or null.</param>
    public static string? UnknownReport(string projectRoot, string? slug)
    {
        if (slug is null)
        {
            return null;
        }

        var slugs = ReportSlugs(projectRoot);
        if (slugs.Contains(slug, StringComparer.Ordinal))
        {
            return null;
        }

        var hint = NameSuggestions.Hint(slug, slugs);
        return $"--report '{slug}' names no report in {ProjectLayout.ReportsFolder}{(hint.Length > 0 ? hint : " (it holds none)")}";
    }

    /// <summary>
    /// The reports a run covers: all of them, or the one <c>--report</c> names. An unknown slug is an error
    /// (<see cref="DiagnosticCodes.UnknownReport"/>, with the closest slugs) and selects nothing, so a typo never builds a
    /// site without its reports.
    /// </summary>
    /// <param name="reports">The loaded reports.</param>
    /// <param name="projectRoot">The project folder (for the slugs of reports that did not load).</param>
    /// <param name="slug">The slug of <c>--report</c>, or null for every report.</param>
    /// <param name="diagnostics">Where an unknown slug is reported.</param>
    public static List<ReportDefinition> Select(IEnumerable<ReportDefinition> reports, string projectRoot, string? slug, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (UnknownReport(projectRoot, slug) is { } message)
        {
            diagnostics.Error(DiagnosticCodes.UnknownReport, $"{message}{(message.EndsWith('?') ? string.Empty : ".")} Nothing was built.");
            return [];
        }

        return [.. reports.Where(r => slug is null || r.Slug == slug)];
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
