using System.Reflection;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Model;
using ReportGen.Planning;
using ReportGen.Text;

namespace ReportGen.Inspection;

/// <summary>
/// What a template sees for one security or universe in one period (<c>reportgen metrics</c>): every public
/// <see cref="MetricValue"/> property of <see cref="SecurityView"/> or <see cref="UniverseView"/>, found by reflection, so
/// metrics added to the views show up without changing this class.
/// </summary>
public static class MetricInspector
{
    /// <summary>Computes every figure of <paramref name="subject"/> for <paramref name="period"/>, as of the period's last trading
    /// day of the project's <see cref="TradingCalendar"/>, with the house benchmark and stress scenario: the facts stage of a build's edition of a report that
    /// names no benchmark.</summary>
    /// <param name="data">The loaded data.</param>
    /// <param name="subject">A universe name (<c>ai-leaders</c>) or a ticker (<c>NVDA</c>); universes win when both exist.</param>
    /// <param name="period">The period, e.g. 2026-Q2.</param>
    /// <param name="config">The site settings: their house benchmark and stress scenario, as a build uses them.</param>
    /// <returns>The figures, in the view's declaration order.</returns>
    /// <exception cref="KeyNotFoundException">No such universe or ticker; the message lists what exists.</exception>
    /// <exception cref="InsufficientDataException">The house benchmark has no price data, or no trading day on or before the
    /// period's end.</exception>
    public static MetricReport Inspect(MarketData data, string subject, Period period, Config.SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(subject);
        var isUniverse = RequireSubject(data, subject);
        // The project's one trading calendar, as a build dates its editions: the period's last trading day of the house benchmark.
        var calendar = TradingCalendar.Of(data, config.Benchmark)
            ?? throw new InsufficientDataException("metrics", config.Benchmark, "price data (the house benchmark's trading days are the calendar)");
        var i = calendar.IndexOnOrBefore(period.End);
        if (i < 0)
        {
            throw new InsufficientDataException("metrics", calendar.Ticker, $"a trading day on or before {period.End:yyyy-MM-dd}");
        }

        return Inspect(EditionScope.For(data, period, calendar.Dates[i], [], config), subject, isUniverse);
    }

    /// <summary>Computes every figure of <paramref name="subject"/> in <paramref name="edition"/>, exactly as its build sees them:
    /// the edition's as-of date, its report's benchmark, the house stress scenario.</summary>
    /// <param name="data">The loaded data.</param>
    /// <param name="subject">A universe name or a ticker; universes win when both exist.</param>
    /// <param name="edition">A planned edition (<see cref="EditionPlanner"/>).</param>
    /// <param name="config">The site settings.</param>
    /// <returns>The figures, in the view's declaration order.</returns>
    /// <exception cref="KeyNotFoundException">No such universe or ticker; the message lists what exists.</exception>
    public static MetricReport Inspect(MarketData data, string subject, Edition edition, Config.SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(edition);
        var isUniverse = RequireSubject(data, subject);
        return Inspect(EditionScope.For(data, edition.Period, edition.AsOf, edition.Report.Benchmarks, config), subject, isUniverse);
    }

    /// <summary>The names a template uses for the <see cref="MetricValue"/> members of a view type (<c>period_return</c>,
    /// <c>trailing_12m</c>), in declaration order.</summary>
    /// <param name="view"><see cref="SecurityView"/> or <see cref="UniverseView"/>.</param>
    public static IReadOnlyList<string> TemplateNames(Type view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return [.. MetricProperties(view).Select(p => ReportTemplateContext.SnakeCase(p.Name))];
    }

    private static bool RequireSubject(MarketData data, string subject)
    {
        var isUniverse = data.Universes.ContainsKey(subject);
        if (!isUniverse && !data.Prices.ContainsKey(subject))
        {
            throw new KeyNotFoundException($"'{subject}' is neither a universe nor a ticker with price data{NameSuggestions.Hint(subject, data.Universes.Keys.Order(StringComparer.Ordinal).Concat(data.Securities.Keys.Where(data.Prices.ContainsKey).Order(StringComparer.Ordinal)))}");
        }

        return isUniverse;
    }

    private static IEnumerable<PropertyInfo> MetricProperties(Type view) =>
        view.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(x => x.PropertyType == typeof(MetricValue)).OrderBy(x => x.MetadataToken);

    /// <summary>Computes every figure of <paramref name="subject"/> that a template sees in <paramref name="scope"/>.</summary>
    /// <param name="scope">An edition's facts (<see cref="EditionScope.For"/>).</param>
    /// <param name="subject">A universe name or a ticker; universes win when both exist.</param>
    /// <returns>The figures, in the view's declaration order; a figure that cannot be computed carries its error.</returns>
    /// <exception cref="KeyNotFoundException">No such universe or ticker.</exception>
    public static MetricReport Inspect(EditionScope scope, string subject)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(subject);
        return Inspect(scope, subject, scope.Data.Universes.ContainsKey(subject));
    }

    private static MetricReport Inspect(EditionScope scope, string subject, bool isUniverse)
    {
        object view = isUniverse ? scope.Universe(subject) : scope.Security(subject);
        var rows = new List<MetricRow>();
        foreach (var property in MetricProperties(view.GetType()))
        {
            // The name a template writes (ReportTemplateContext's renamer: Trailing12m is trailing_12m), not Scriban's default.
            var name = ReportTemplateContext.SnakeCase(property.Name);
            try
            {
                rows.Add(new MetricRow(name, (MetricValue)property.GetValue(view)!, null));
            }
            catch (TargetInvocationException e) when (e.InnerException is { } inner)
            {
                rows.Add(new MetricRow(name, null, inner.Message));
            }
        }

        return new MetricReport(subject, isUniverse ? "universe" : "security", scope.Period, scope.AsOf, rows);
    }
}
