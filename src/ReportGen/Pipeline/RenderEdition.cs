using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Planning;
using ReportGen.Text;

namespace ReportGen.Pipeline;

/// <summary>
/// One edition through the per-edition stages in order: its facts (the data cut once at its as-of date), its text (with
/// the editor's note of the edition, <c>notes/&lt;report&gt;/&lt;period&gt;.md</c>, when there is one), its charts.
/// </summary>
public static class RenderEdition
{
    /// <summary>Renders <paramref name="edition"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="plan">The build's planned editions (any reports); the earlier editions of <paramref name="edition"/>'s
    /// series among them are its history (<see cref="History"/>).</param>
    /// <param name="data">All loaded data; the edition sees it only through its facts, cut at its as-of date, and its
    /// predecessors' facts, each cut at their own as-of dates.</param>
    /// <param name="config">Site settings.</param>
    /// <param name="diagnostics">Where template, metric and chart problems go.</param>
    /// <param name="chartCacheDirectory">
    /// Folder of PNGs keyed by <see cref="ChartRenderer.ContentHash"/> (see <see cref="ChartStage.Draw"/>); null to draw
    /// every chart.
    /// </param>
    /// <param name="pages">The covered securities whose mentions link to their pages; when null, those of <paramref name="plan"/>
    /// (<see cref="SecurityPages.From"/>). A build of one report passes those of the whole plan.</param>
    /// <returns>The rendered edition, or null on error.</returns>
    /// <exception cref="IOException">The chart cache folder cannot be read or written, or the edition's note cannot be read.</exception>
    public static RenderedEdition? Run(Edition edition, IReadOnlyList<Edition> plan, MarketData data, SiteConfig config, DiagnosticBag diagnostics, string? chartCacheDirectory = null, SecurityPages? pages = null)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(config);
        var text = Text(edition, plan, data, config, diagnostics, pages);
        return text is null ? null : ChartStage.Draw(text, chartCacheDirectory);
    }

    /// <summary>
    /// Renders <paramref name="edition"/> up to its text: its facts, its headline, dek and body, and its chart specs bound
    /// to the facts, without drawing the charts (<c>check --scenarios</c> reads the words and the figures, not the PNGs).
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="plan">The planned editions; the earlier editions of its series among them are its history.</param>
    /// <param name="data">All loaded data (or a scenario's market made from it).</param>
    /// <param name="config">Site settings.</param>
    /// <param name="diagnostics">Where template, metric and chart-binding problems go.</param>
    /// <param name="pages">The covered securities whose mentions link to their pages; when null, those of <paramref name="plan"/>.</param>
    /// <returns>The edition's text, or null on error.</returns>
    public static EditionText? Text(Edition edition, IReadOnlyList<Edition> plan, MarketData data, SiteConfig config, DiagnosticBag diagnostics, SecurityPages? pages = null)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(config);
        var scope = EditionScope.For(data, edition.Period, edition.AsOf, edition.Report.Benchmarks, config);
        var note = edition.Report.ProjectRoot is { } root ? NoteLoader.Load(root, edition, diagnostics) : null;
        return RenderText.Run(edition, scope, History(edition, plan, data, config), config, ChartLayout.Picture, diagnostics, note, pages ?? PagesOf(plan));
    }

    /// <summary>
    /// The memory of <paramref name="edition"/>: the editions of the same series (same <see cref="Edition.SeriesKey"/>: the
    /// report, and for a parameterized series the same item) planned for earlier periods,
    /// oldest first, each with its own as-of date; <see cref="EditionHistory.None"/> for the first edition of a series.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="plan">The planned editions (<see cref="EditionPlanner.Plan"/>), of any reports.</param>
    /// <param name="data">All loaded data.</param>
    /// <param name="config">Site settings.</param>
    /// <returns>The history; its facts are built on first use.</returns>
    public static EditionHistory History(Edition edition, IReadOnlyList<Edition> plan, MarketData data, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(plan);
        var earlier = SeriesOf(plan).TryGetValue(edition.SeriesKey, out var series)
            ? series.TakeWhile(e => e.Period < edition.Period).Select(e => new EditionDate(e.Period, e.AsOf)).ToList()
            : [];
        return EditionHistory.For(data, earlier, edition.Report.Benchmarks, config);
    }

    // The plan's editions by series, oldest first, computed once per plan list: scanning the whole plan for every edition
    // was quadratic (40,000 tear sheets of the scale bench: 1.6 billion comparisons).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Edition>, Dictionary<string, List<Edition>>> Series = [];

    private static Dictionary<string, List<Edition>> SeriesOf(IReadOnlyList<Edition> plan) => Series.GetValue(plan, p => p
        .GroupBy(e => e.SeriesKey, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Period).ToList(), StringComparer.Ordinal));

    // The covered securities of a plan, computed once per plan list (not once per edition of a plan of thousands).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Edition>, SecurityPages> Pages = [];

    private static SecurityPages PagesOf(IReadOnlyList<Edition> plan) => Pages.GetValue(plan, SecurityPages.From);
}
