using System.Reflection;
using ReportGen.Data;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Model;
using Scriban.Runtime;

namespace ReportGen.Inspection;

/// <summary>
/// What a template sees for one security or universe in one period (<c>reportgen metrics</c>): every public
/// <see cref="MetricValue"/> property of <see cref="SecurityView"/> or <see cref="UniverseView"/>, found by reflection, so
/// metrics added to the views show up without changing this class.
/// </summary>
public static class MetricInspector
{
    /// <summary>Computes every figure of <paramref name="subject"/> for <paramref name="period"/>, as of the period's last trading day in the data.</summary>
    /// <param name="data">The loaded data.</param>
    /// <param name="subject">A universe name (<c>ai-leaders</c>) or a ticker (<c>NVDA</c>); universes win when both exist.</param>
    /// <param name="period">The period, e.g. 2026-Q2.</param>
    /// <param name="config">The site settings: their house benchmark and stress scenario, as a build uses them; null for the defaults.</param>
    /// <returns>The figures, in the view's declaration order.</returns>
    /// <exception cref="KeyNotFoundException">No such universe or ticker; the message lists what exists.</exception>
    /// <exception cref="InsufficientDataException">The data has no trading day in or before the period.</exception>
    public static MetricReport Inspect(MarketData data, string subject, Period period, Config.SiteConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(subject);
        var isUniverse = data.Universes.ContainsKey(subject);
        if (!isUniverse && !data.Prices.ContainsKey(subject))
        {
            throw new KeyNotFoundException($"'{subject}' is neither a universe nor a ticker with price data; universes: {string.Join(", ", data.Universes.Keys.Order(StringComparer.Ordinal))}; tickers e.g. {string.Join(", ", data.Prices.Keys.Order(StringComparer.Ordinal).Take(8))}");
        }

        var calendarTicker = isUniverse ? data.Universes[subject].Members.FirstOrDefault(t => data.Prices.ContainsKey(t)) ?? subject : subject;
        var calendar = data.Prices.TryGetValue(calendarTicker, out var p) ? p.AdjustedClose ?? p.Close : null;
        var i = calendar?.IndexOnOrBefore(period.End) ?? -1;
        if (calendar is null || i < 0)
        {
            throw new InsufficientDataException("metrics", calendarTicker, $"a close on or before {period.End:yyyy-MM-dd}");
        }

        var asOf = calendar.Dates[i];
        // The house benchmark and stress scenario of reportgen.yml, as a build without report-level benchmarks uses them.
        var scope = new EditionScope(data, period, asOf, config?.Benchmark ?? Config.SiteConfig.DefaultBenchmark, config?.Stress);
        object view = isUniverse ? scope.Universe(subject) : scope.Security(subject);
        var rows = new List<MetricRow>();
        foreach (var property in view.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(x => x.PropertyType == typeof(MetricValue)).OrderBy(x => x.MetadataToken))
        {
            var name = StandardMemberRenamer.Rename(property);
            try
            {
                rows.Add(new MetricRow(name, (MetricValue)property.GetValue(view)!, null));
            }
            catch (TargetInvocationException e) when (e.InnerException is { } inner)
            {
                rows.Add(new MetricRow(name, null, inner.Message));
            }
        }

        return new MetricReport(subject, isUniverse ? "universe" : "security", period, asOf, rows);
    }
}
