using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Planning;

namespace ReportGen.Charts;

/// <summary>An edition after the render-charts stage (DESIGN §1, stage 5): its texts, figures and charts, ready to be laid out.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Title">The headline, plain text (not escaped).</param>
/// <param name="Summary">The dek, plain text (not escaped).</param>
/// <param name="BodyHtml">The article body as HTML.</param>
/// <param name="Figures">Every figure printed in title, dek and body, in order.</param>
/// <param name="Charts">The edition's charts with their PNGs at 1x and 2x.</param>
/// <param name="SourceIds">Data set ids cited by the edition's figures and charts, ordinal-sorted.</param>
public sealed record RenderedEdition(Edition Edition, string Title, string Summary, string BodyHtml, IReadOnlyList<Figure> Figures, IReadOnlyList<RenderedChart> Charts, IReadOnlyList<string> SourceIds);

/// <summary>A chart with its images.</summary>
/// <param name="Spec">The chart spec.</param>
/// <param name="Png1x">PNG at 1x.</param>
/// <param name="Png2x">PNG at 2x.</param>
public sealed record RenderedChart(ChartSpec Spec, byte[] Png1x, byte[] Png2x)
{
    /// <summary>
    /// True when this build drew neither PNG: both were read from the chart render cache (equal content hash) or came with
    /// an edition taken from the edition cache.
    /// </summary>
    public bool Reused { get; init; }
}
