using System.Diagnostics;
using System.Globalization;
using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Project;
using SkiaSharp;

namespace ReportGen.Benchmarks;

/// <summary>
/// Issue 19's chart format comparison, for bench/charts.sh: every chart of a project drawn as PNG (1x and 2x, as before),
/// WebP at quality 100 (1x and 2x; checked whether lossless) and SVG (wide and narrow), one thread, timed and weighed; sample files of each are written
/// for a person to look at.
/// </summary>
public static class ChartFormats
{
    /// <summary>Builds <paramref name="projectRoot"/> (not published) for its chart specs, then prints one line per format.</summary>
    /// <param name="projectRoot">The project.</param>
    /// <param name="lookFolder">Where the first charts are written in every format.</param>
    /// <param name="runs">Timed passes over all charts per format (the fastest is reported, after one untimed pass that weighs the files).</param>
    public static async Task RunAsync(string projectRoot, string lookFolder, int runs)
    {
        var result = await BuildPipeline.RunAsync(new BuildOptions(projectRoot), publish: false, CancellationToken.None);
        var specs = result.Rendered.SelectMany(r => r.Charts.Select(c => c.Spec)).ToList();
        Console.WriteLine($"{specs.Count} charts from {result.Rendered.Count} editions of {projectRoot}");

        // WebP is drawn as the PNG is (ChartRenderer has one raster path) and encoded from the same pixels: its time is the
        // PNG's minus the PNG encoding plus the WebP encoding, each measured; that the WebP is lossless is checked pixel by pixel.
        var png = Measure(specs, runs, s => [ChartRenderer.RenderPng(s, 1), ChartRenderer.RenderPng(s, 2)]);
        var pngEncode = Measure(specs, runs, s => [.. Pixels(s).Select(i => Encode(i, SKEncodedImageFormat.Png, 100))]);
        var webpEncode = Measure(specs, runs, s => [.. Pixels(s).Select(i => Encode(i, SKEncodedImageFormat.Webp, 100))]);
        var svg = Measure(specs, runs, s => [ChartRenderer.RenderSvg(s, ChartLayout.Wide), ChartRenderer.RenderSvg(s, ChartLayout.Narrow)]);
        var webpSeconds = png.Seconds - pngEncode.Seconds + webpEncode.Seconds;
        Line("PNG 1x + 2x (before)", specs.Count, png.Bytes, png.Seconds);
        Line("WebP q100 1x + 2x", specs.Count, webpEncode.Bytes, webpSeconds);
        Line("SVG wide + narrow (after)", specs.Count, svg.Bytes, svg.Seconds);
        Console.WriteLine($"WebP q100 decodes to the PNG's pixels: {specs.Take(5).All(Lossless)}");

        Directory.CreateDirectory(lookFolder);
        foreach (var spec in specs.DistinctBy(s => s.Kind))
        {
            var raster = ChartRenderer.RenderPng(spec, 2);
            File.WriteAllBytes(Path.Combine(lookFolder, spec.Id + "@2x.png"), raster);
            using var image = SKImage.FromEncodedData(raster);
            File.WriteAllBytes(Path.Combine(lookFolder, spec.Id + "@2x.webp"), Encode(image, SKEncodedImageFormat.Webp, 100));
            File.WriteAllBytes(Path.Combine(lookFolder, spec.Id + ".svg"), ChartRenderer.RenderSvg(spec, ChartLayout.Wide));
            File.WriteAllBytes(Path.Combine(lookFolder, spec.Id + ".narrow.svg"), ChartRenderer.RenderSvg(spec, ChartLayout.Narrow));
        }
    }

    private static void Line(string format, int charts, long bytes, double seconds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{format,-28} {bytes / (double)charts / 1024,8:0.0} KiB/chart  {charts / seconds,7:0.0} charts/s  ({bytes / 1024.0 / 1024,6:0.00} MiB, {seconds:0.00} s)"));

    private static (long Bytes, double Seconds) Measure(IReadOnlyList<ChartSpec> specs, int runs, Func<ChartSpec, byte[][]> draw)
    {
        long bytes = specs.Sum(s => draw(s).Sum(b => (long)b.Length));
        var best = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var spec in specs)
            {
                _ = draw(spec);
            }

            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return (bytes, best);
    }

    // The 1x and 2x raster of a chart, decoded (the decoding is not timed against the formats: both encoders get the same images).
    private static readonly Dictionary<string, SKImage[]> Decoded = new(StringComparer.Ordinal);

    private static SKImage[] Pixels(ChartSpec spec)
    {
        if (!Decoded.TryGetValue(spec.Id + spec.Title, out var images))
        {
            images = [SKImage.FromEncodedData(ChartRenderer.RenderPng(spec, 1)), SKImage.FromEncodedData(ChartRenderer.RenderPng(spec, 2))];
            Decoded[spec.Id + spec.Title] = images;
        }

        return images;
    }

    private static byte[] Encode(SKImage image, SKEncodedImageFormat format, int quality)
    {
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private static bool Lossless(ChartSpec spec)
    {
        var raster = ChartRenderer.RenderPng(spec, 1);
        using var fromPng = SKBitmap.Decode(raster);
        using var image = SKImage.FromEncodedData(raster);
        using var fromWebp = SKBitmap.Decode(Encode(image, SKEncodedImageFormat.Webp, 100));
        return fromPng.Width == fromWebp.Width && fromPng.GetPixelSpan().SequenceEqual(fromWebp.GetPixelSpan());
    }
}
