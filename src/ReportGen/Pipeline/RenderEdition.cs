using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Planning;
using ReportGen.Text;

namespace ReportGen.Pipeline;

/// <summary>
/// One edition through the per-edition stages in order: its facts (the data cut once at its as-of date), its text, its
/// charts.
/// </summary>
public static class RenderEdition
{
    /// <summary>Renders <paramref name="edition"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="data">All loaded data; the edition sees it only through its facts, cut at its as-of date.</param>
    /// <param name="config">Site settings.</param>
    /// <param name="diagnostics">Where template, metric and chart problems go.</param>
    /// <param name="chartCacheDirectory">
    /// Folder of PNGs keyed by <see cref="ChartRenderer.ContentHash"/> (see <see cref="ChartStage.Draw"/>); null to draw
    /// every chart.
    /// </param>
    /// <returns>The rendered edition, or null on error.</returns>
    /// <exception cref="IOException">The chart cache folder cannot be read or written.</exception>
    public static RenderedEdition? Run(Edition edition, MarketData data, SiteConfig config, DiagnosticBag diagnostics, string? chartCacheDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(config);
        var scope = EditionScope.For(data, edition.Period, edition.AsOf, edition.Report.Benchmarks, config);
        var text = RenderText.Run(edition, scope, config, diagnostics);
        return text is null ? null : ChartStage.Draw(text, chartCacheDirectory);
    }
}
