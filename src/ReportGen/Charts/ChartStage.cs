using ReportGen.Text;

namespace ReportGen.Charts;

/// <summary>The render-charts stage for one edition: draws the PNGs of the chart specs its text declared.</summary>
public static class ChartStage
{
    /// <summary>Draws the charts of <paramref name="text"/> at 1x and 2x and returns the finished edition.</summary>
    /// <param name="text">The edition after the render-text stage.</param>
    /// <param name="cacheDirectory">
    /// Folder of PNGs keyed by <see cref="ChartRenderer.ContentHash"/>: a chart whose spec, data and theme are unchanged is
    /// read from there instead of redrawn, and new renders are stored there; null to draw every chart.
    /// </param>
    /// <returns>The edition with its texts, figures and chart images.</returns>
    /// <exception cref="IOException">The chart cache folder cannot be read or written.</exception>
    public static RenderedEdition Draw(EditionText text, string? cacheDirectory)
    {
        ArgumentNullException.ThrowIfNull(text);
        var images = ChartRenderer.RenderAll(text.Charts, [1, 2], cacheDirectory);
        var charts = images.Chunk(2).Select(pair => new RenderedChart(pair[0].Spec, pair[0].Png, pair[1].Png) { Reused = pair[0].FromCache && pair[1].FromCache }).ToList();
        return new RenderedEdition(text.Edition, text.Title, text.Summary, text.BodyHtml, text.Figures, charts, text.SourceIds);
    }
}
