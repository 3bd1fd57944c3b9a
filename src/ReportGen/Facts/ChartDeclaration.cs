namespace ReportGen.Facts;

/// <summary>A chart an editor declares in a report's front matter (<c>charts:</c> list); no C# change is needed to add one.</summary>
/// <param name="Id">File stem and anchor, e.g. <c>performance</c>.</param>
/// <param name="Kind">Chart kind, read from its front-matter name (<see cref="ChartKindNames"/>, e.g. <c>indexed-performance</c>).</param>
/// <param name="Title">Title template text (may use figures), or empty for the generated one.</param>
/// <param name="Universe">Universe charted, or empty.</param>
/// <param name="Securities">Tickers charted individually.</param>
/// <param name="Benchmark">Benchmark ticker, or empty.</param>
/// <param name="Window">Time window (<c>window:</c>; <see cref="ChartWindow.Period"/> when absent).</param>
/// <param name="Label">Label of the universe: its line's legend, e.g. "AI leaders (equal weight)", its bar in a valuation chart, the universe named by a contribution chart; empty for the universe key.</param>
/// <param name="BenchmarkLabel">Legend label of the benchmark line, e.g. "S&amp;P 500 (SPY)"; empty for the ticker.</param>
/// <param name="Line">1-based line of the declaration in the report file, for diagnostics.</param>
public sealed record ChartDeclaration(string Id, ChartKind Kind, string Title, string Universe, IReadOnlyList<string> Securities, string Benchmark, ChartWindow Window, string Label, string BenchmarkLabel, int Line)
{
    /// <summary>Line charts only (<c>universes:</c>): several universes, one equal-weight line each, drawn on one scale with
    /// each quarter's point-in-time members; empty when the chart names one <see cref="Universe"/> or none.</summary>
    public IReadOnlyList<string> Universes { get; init; } = [];

    /// <summary>The legend labels of <see cref="Universes"/>' lines, one per universe in the same order (<c>labels:</c>); empty
    /// for the universe keys.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];
}
