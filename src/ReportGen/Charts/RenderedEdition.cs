using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Planning;
using ReportGen.Text;

namespace ReportGen.Charts;

/// <summary>An edition after the render-charts stage (DESIGN §1, stage 5): its texts, figures and charts, ready to be laid out.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Title">The headline, plain text (not escaped).</param>
/// <param name="Summary">The dek, plain text (not escaped).</param>
/// <param name="BodyHtml">The article body as HTML.</param>
/// <param name="Figures">Every figure printed in title, dek and body, in order.</param>
/// <param name="Charts">The edition's charts with their files (wide and narrow SVG; the lead chart also its og:image PNG when <see cref="Edition.DrawsSocialImage"/>).</param>
/// <param name="SourceIds">Data set ids cited by the edition's figures and charts, ordinal-sorted.</param>
public sealed record RenderedEdition(Edition Edition, string Title, string Summary, string BodyHtml, IReadOnlyList<Figure> Figures, IReadOnlyList<RenderedChart> Charts, IReadOnlyList<string> SourceIds)
{
    /// <summary>
    /// The edition's og:image, relative to its chart folder (<c>charts/&lt;series&gt;/&lt;period&gt;/</c>): the lead chart's
    /// <c>&lt;id&gt;.png</c> (800 × 450, <see cref="ChartVariant.SocialPng"/>), or null when the edition has no chart or draws
    /// no PNG (<see cref="Edition.DrawsSocialImage"/>: a dated tear sheet uses its security page's).
    /// </summary>
    public string? SocialImage => Charts.Count > 0 && Edition.DrawsSocialImage ? ChartVariant.SocialPng.FileName(Charts[0].Spec) : null;

    /// <summary>Every security the edition's text printed through the engine, each at its first mention (<see cref="EditionText.Mentions"/>).</summary>
    public IReadOnlyList<SecurityMention> Mentions { get; init; } = [];
}

/// <summary>A chart with its files.</summary>
/// <param name="Spec">The chart spec.</param>
/// <param name="Files">Its files in <see cref="ChartStage"/>'s order: wide SVG, narrow SVG, then (lead chart only) the og:image PNG.</param>
public sealed record RenderedChart(ChartSpec Spec, IReadOnlyList<ChartFile> Files)
{
    /// <summary>
    /// True when this build drew none of the files: all were read from the chart render cache (equal content hash) or came
    /// with an edition taken from the edition cache.
    /// </summary>
    public bool Reused { get; init; }
}

/// <summary>One file of a chart, written to the edition's chart folder.</summary>
/// <param name="Name">File name, e.g. <c>performance.svg</c>, <c>performance.narrow.svg</c>, <c>performance.png</c>.</param>
/// <param name="ContentHash">The render cache key of the file (<see cref="ChartRenderer.ContentHash"/>).</param>
/// <param name="Bytes">The file's bytes; empty when <see cref="Staged"/>.</param>
public sealed record ChartFile(string Name, string ContentHash, byte[] Bytes)
{
    /// <summary>
    /// True when a publishing build wrote the file into its staged site as soon as the edition was rendered and dropped
    /// the bytes (<see cref="Bytes"/> is then empty): 40,000 tear sheets' charts are never all held in memory. The site
    /// already holds the file, so the assembly does not add it. Never stored in the edition cache, which keeps the bytes.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Staged { get; init; }
}
