using ReportGen.Facts;
using ReportGen.Text;

namespace ReportGen.Charts;

/// <summary>The render-charts stage for one edition: draws the files of the chart specs its text declared.</summary>
public static class ChartStage
{
    /// <summary>
    /// The files drawn for the chart at <paramref name="index"/> of an edition: the wide and narrow SVG, and for the lead chart
    /// (index 0) of an edition that draws one (<see cref="Planning.Edition.DrawsSocialImage"/>) also the PNG that is its og:image.
    /// </summary>
    /// <param name="index">The chart's position in the edition, from 0.</param>
    /// <param name="socialImage">The edition's <see cref="Planning.Edition.DrawsSocialImage"/>.</param>
    /// <returns>The variants, in file order.</returns>
    public static IReadOnlyList<ChartVariant> VariantsOf(int index, bool socialImage = true) => index == 0 && socialImage ? [.. ChartVariant.Svgs, ChartVariant.SocialPng] : ChartVariant.Svgs;

    /// <summary>The content hashes of every file of <paramref name="specs"/>, chart by chart in <see cref="VariantsOf"/> order.</summary>
    /// <param name="specs">An edition's charts in order.</param>
    /// <param name="socialImage">The edition's <see cref="Planning.Edition.DrawsSocialImage"/>.</param>
    /// <returns>One hash per file.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> ContentHashes(IReadOnlyList<ChartSpec> specs, bool socialImage = true)
    {
        ArgumentNullException.ThrowIfNull(specs);
        return [.. specs.Select((s, i) => (IReadOnlyList<string>)[.. VariantsOf(i, socialImage).Select(v => ChartRenderer.ContentHash(s, v))])];
    }

    /// <summary>Draws the charts of <paramref name="text"/> (see <see cref="VariantsOf"/>) and returns the finished edition.</summary>
    /// <param name="text">The edition after the render-text stage.</param>
    /// <param name="cacheDirectory">
    /// Folder of files keyed by <see cref="ChartRenderer.ContentHash"/>: a chart whose spec, data and theme are unchanged is
    /// read from there instead of redrawn, and new renders are stored there; null to draw every chart.
    /// </param>
    /// <returns>The edition with its texts, figures and chart files.</returns>
    /// <exception cref="IOException">The chart cache folder cannot be read or written.</exception>
    public static RenderedEdition Draw(EditionText text, string? cacheDirectory)
    {
        ArgumentNullException.ThrowIfNull(text);
        var jobs = text.Charts.SelectMany((spec, i) => VariantsOf(i, text.Edition.DrawsSocialImage).Select(v => (spec, v))).ToList();
        var images = ChartRenderer.RenderAll(jobs, cacheDirectory);
        var charts = images.GroupBy(image => image.Spec.Id, StringComparer.Ordinal)
            .Select(files => new RenderedChart(files.First().Spec, [.. files.Select(f => new ChartFile(f.FileName, f.ContentHash, f.Bytes))]) { Reused = files.All(f => f.FromCache) })
            .ToList();
        return new RenderedEdition(text.Edition, text.Title, text.Summary, text.BodyHtml, text.Figures, charts, text.SourceIds) { Mentions = text.Mentions };
    }
}
