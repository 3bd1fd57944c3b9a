using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Project;

namespace ReportGen.Planning;

/// <summary>Planning of parameterized series (front matter <c>for_each:</c>): one edition per item per period.</summary>
public static partial class EditionPlanner
{
    /// <summary>
    /// Whether <paramref name="data"/> holds what <paramref name="edition"/>'s series needs to be published at all: a
    /// series with <c>only_with_fundamentals</c> has an edition only where a usable fundamentals snapshot exists at its
    /// as-of date; every other series always does. The planner and the scenario check (which re-runs editions on
    /// transformed data) apply this one rule.
    /// </summary>
    /// <param name="edition">A planned edition.</param>
    /// <param name="data">The market data it would be made from.</param>
    public static bool HasItsData(Edition edition, MarketData data)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(data);
        return !edition.Report.OnlyWithFundamentals || SnapshotLookup.Usable(data.Fundamentals, edition.AsOf) is not null;
    }

    /// <summary>
    /// Plans the editions of every report in <paramref name="reports"/>: an ordinary series as <see cref="Plan"/> does; a
    /// parameterized series (<see cref="ReportDefinition.ForEach"/>) one edition per period per item (<see cref="Items"/>),
    /// period by period, items in ordinal order of ticker within a period. An item gets an edition for a period only when
    /// it is quoted for the whole period: its first price is before the period's start (so the period's return has a
    /// starting close) and its last on or after it (a security listed during or after the period, or delisted before it,
    /// has no page for that period).
    /// </summary>
    /// <param name="reports">The reports, in the order their editions are listed.</param>
    /// <param name="calendar">The project's trading calendar (<see cref="Calendar"/>).</param>
    /// <param name="data">The loaded data: universes, the security master and the prices.</param>
    /// <param name="includeDraft">Also plan the current incomplete period, marked as a draft.</param>
    /// <param name="asOfLimit">An optional as-of date (<c>--as-of</c>): nothing after it is used.</param>
    /// <param name="diagnostics">Where an unknown universe (<see cref="DiagnosticCodes.ForEachUnknownUniverse"/>), a kind with
    /// no security (<see cref="DiagnosticCodes.ForEachEmpty"/>) and two editions for one page
    /// (<see cref="DiagnosticCodes.ForEachUrlCollision"/>) go; the series in error plans nothing.</param>
    /// <returns>The editions, report by report, oldest period first; of a parameterized series, only each item's latest
    /// published edition has <see cref="Edition.DrawsSocialImage"/>.</returns>
    public static List<Edition> PlanAll(IEnumerable<ReportDefinition> reports, TradingCalendar calendar, MarketData data, bool includeDraft, DateOnly? asOfLimit, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<Edition>();
        var pages = new Dictionary<string, (ReportDefinition Report, string Ticker)>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var periods = Plan(report, calendar, includeDraft, asOfLimit);
            periods = [.. periods.Where(e => HasItsData(e, data))];

            if (report.ForEach is null)
            {
                result.AddRange(periods);
                continue;
            }

            if (Items(report, data, diagnostics) is not { } items || !Claim(report, items, pages, diagnostics))
            {
                continue;
            }

            var own = new List<Edition>();
            foreach (var edition in periods)
            {
                own.AddRange(items.Where(t => Quoted(data, t, edition)).Select(t => edition with { Item = t }));
            }

            // Only each item's latest published edition (its security's page) draws the og:image PNG.
            var latest = own.Where(e => !e.IsDraft).GroupBy(e => e.Item!, StringComparer.Ordinal).Select(g => g.MaxBy(e => e.Period)!).ToHashSet(ReferenceEqualityComparer.Instance);
            result.AddRange(own.Select(e => latest.Contains(e) ? e : e with { DrawsSocialImage = false }));
        }

        return result;
    }

    /// <summary>
    /// The tickers a parameterized series makes editions for, in ordinal order: the union of the members of its
    /// <c>for_each: universe</c> list, or every security of its <c>for_each: kind</c> in <c>data/securities.csv</c>.
    /// </summary>
    /// <param name="report">A report with <see cref="ReportDefinition.ForEach"/>.</param>
    /// <param name="data">The loaded data.</param>
    /// <param name="diagnostics">Where an unknown universe (with the closest names) or an empty selection goes.</param>
    /// <returns>The tickers, or null after an error.</returns>
    /// <exception cref="ArgumentException">The report is not parameterized.</exception>
    public static IReadOnlyList<string>? Items(ReportDefinition report, MarketData data, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var spec = report.ForEach ?? throw new ArgumentException($"{report.Slug} has no for_each", nameof(report));
        var at = new SourceLocation(report.Path, spec.Line, 1);
        if (spec.Kind is { } kind)
        {
            var ofKind = data.Securities.Values.Where(s => s.Kind == kind).Select(s => s.Ticker).Order(StringComparer.Ordinal).ToList();
            if (ofKind.Count == 0)
            {
                var word = kind.ToString().ToLowerInvariant();
                diagnostics.Error(DiagnosticCodes.ForEachEmpty, $"'for_each: kind: {word}' selects no security: {ProjectLayout.DataFolder}/securities.csv has no row of kind '{word}', so the series would have no page", at);
                return null;
            }

            return ofKind;
        }

        var unknown = spec.Universes.Where(u => !data.Universes.ContainsKey(u)).ToList();
        foreach (var name in unknown)
        {
            diagnostics.Error(DiagnosticCodes.ForEachUnknownUniverse, $"'for_each: universe' names '{name}', which {ProjectLayout.DataFolder}/universes.csv does not define{NameSuggestions.Hint(name, data.Universes.Keys.Order(StringComparer.Ordinal))}", at);
        }

        return unknown.Count > 0 ? null : [.. spec.Universes.SelectMany(u => data.Universes[u].Members).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    // Each security's pages (securities/<slug>/ and below) belong to one series and one ticker: a second claim on a slug is
    // an error at the second series' for_each.
    private static bool Claim(ReportDefinition report, IReadOnlyList<string> items, Dictionary<string, (ReportDefinition Report, string Ticker)> pages, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var ticker in items)
        {
            var path = Edition.SecurityPath(ticker);
            if (pages.TryGetValue(path, out var owner))
            {
                ok = false;
                diagnostics.Error(DiagnosticCodes.ForEachUrlCollision, owner.Report == report
                    ? $"'{owner.Ticker}' and '{ticker}' would both be published at {path}; a ticker's page is its URL segment, so two tickers that differ only in case or punctuation cannot both have one"
                    : $"{ticker} is already covered by the parameterized series '{owner.Report.Slug}' ({owner.Report.Path}), whose pages are at {path}; a security has one series of pages: remove it from one of the two for_each selections", new SourceLocation(report.Path, report.ForEach!.Line, 1));
                continue;
            }

            pages[path] = (report, ticker);
        }

        return ok;
    }

    private static bool Quoted(MarketData data, string ticker, Edition edition) =>
        data.Prices.TryGetValue(ticker, out var prices) && (prices.AdjustedClose ?? prices.Close) is { FirstDate: { } first, LastDate: { } last }
        && first < edition.Period.Start && last >= edition.Period.Start;
}
