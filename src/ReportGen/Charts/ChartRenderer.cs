using ScottPlot;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>Renders <see cref="ChartSpec"/>s to PNG bytes in the house <see cref="ChartTheme"/>.</summary>
public static class ChartRenderer
{
    /// <summary>Renders <paramref name="spec"/> as a PNG of <see cref="ChartTheme.Width"/> × <see cref="ChartTheme.Height"/> CSS pixels at <paramref name="scale"/> pixels per CSS pixel.</summary>
    /// <param name="spec">The chart.</param>
    /// <param name="scale">Pixel density, 1-4: 1 gives 800×450 pixels, 2 the same chart at 1600×900 for <c>srcset</c>.</param>
    /// <returns>PNG bytes; the same spec, scale and theme give the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is outside 1-4.</exception>
    /// <exception cref="FileNotFoundException">A bundled font is missing (see <see cref="ChartTheme.EnsureFontsRegistered"/>).</exception>
    public static byte[] RenderPng(ChartSpec spec, int scale)
    {
        ArgumentNullException.ThrowIfNull(spec);
        CheckScale(scale);
        ChartTheme.EnsureFontsRegistered();

        var info = new SKImageInfo(ChartTheme.Width * scale, ChartTheme.Height * scale, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {info.Width}x{info.Height} surface");
        var canvas = surface.Canvas;
        canvas.Scale(scale);

        var (plot, legend) = ChartPlotBuilder.Build(spec);
        var frame = new ChartFrame(spec, legend);
        using (plot)
        {
            // ScottPlot clears the whole canvas first, so the frame (title, legend, source) is drawn after it.
            plot.Render(canvas, new PixelRect(4, ChartTheme.Width - 12, ChartFrame.PlotBottom, frame.PlotTop));
        }

        frame.Draw(canvas);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    internal static void CheckScale(int scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 4);
    }
}
