using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Facts;
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
        ChartSpec.CheckScale(scale);
        ChartTheme.EnsureFontsRegistered();

        var info = new SKImageInfo(ChartTheme.Width * scale, ChartTheme.Height * scale, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {info.Width}x{info.Height} surface");
        var canvas = surface.Canvas;
        canvas.Scale(scale);

        var build = ChartPlotBuilder.Build(spec);
        var frame = new ChartFrame(spec, build.Legend);
        using (build.Plot)
        {
            // ScottPlot clears the whole canvas first, so labels and the frame (title, legend, source) are drawn after it.
            build.Plot.Render(canvas, new PixelRect(4, ChartTheme.Width - 12, ChartFrame.PlotBottom, frame.PlotTop));
            build.Overlay?.Invoke(canvas, build.Plot);
        }

        frame.Draw(canvas);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// Renders every spec at every scale, in parallel, and returns the images in input order (spec by spec, scales in the
    /// order given). With a cache directory, a chart whose <c>&lt;hash&gt;.png</c> is already there is read, not redrawn,
    /// and a new render is stored there.
    /// </summary>
    /// <param name="specs">The charts; ids must be unique, since each becomes a file name.</param>
    /// <param name="scales">Pixel densities, each 1-4; null for 1 and 2 (the <c>srcset</c> pair).</param>
    /// <param name="cacheDirectory">Folder of <c>&lt;hash&gt;.png</c> files, created if missing; null for no cache.</param>
    /// <param name="cancellationToken">Stops scheduling further renders.</param>
    /// <returns>One <see cref="ChartImage"/> per spec and scale, in input order.</returns>
    /// <exception cref="ArgumentException">Two specs share an id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A scale is outside 1-4.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="IOException">The cache directory cannot be read or written.</exception>
    public static IReadOnlyList<ChartImage> RenderAll(IReadOnlyList<ChartSpec> specs, IReadOnlyList<int>? scales = null, string? cacheDirectory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specs);
        scales ??= [1, 2];
        foreach (var scale in scales)
        {
            ChartSpec.CheckScale(scale);
        }

        var duplicate = specs.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"chart id '{duplicate.Key}' is used by {duplicate.Count()} charts; ids name files and must be unique", nameof(specs));
        }

        ChartTheme.EnsureFontsRegistered();
        if (cacheDirectory is not null)
        {
            Directory.CreateDirectory(cacheDirectory);
        }

        var jobs = specs.SelectMany(spec => scales.Select(scale => (Spec: spec, Scale: scale))).ToArray();
        var results = new ChartImage[jobs.Length];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, jobs.Length, options, i =>
        {
            var (spec, scale) = jobs[i];
            var hash = ContentHash(spec, scale);
            var cached = cacheDirectory is null ? null : Path.Combine(cacheDirectory, CacheFileName(hash));
            if (cached is not null && ReadCached(cached, hash) is { } fromCache)
            {
                results[i] = new ChartImage(spec, scale, spec.FileName(scale), hash, fromCache, FromCache: true);
                return;
            }

            var png = RenderPng(spec, scale);
            if (cached is not null)
            {
                // Write then rename, so a concurrent or interrupted run never leaves a half-written entry.
                var temp = string.Create(CultureInfo.InvariantCulture, $"{cached}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
                using (var stream = File.Create(temp))
                {
                    stream.Write(Encoding.ASCII.GetBytes($"{CacheMagic} {hash} {Convert.ToHexStringLower(SHA256.HashData(png))}\n"));
                    stream.Write(png);
                }

                File.Move(temp, cached, overwrite: true);
            }

            results[i] = new ChartImage(spec, scale, spec.FileName(scale), hash, png, FromCache: false);
        });
        return results;
    }

    /// <summary>
    /// The render cache's file for a chart: <c>&lt;hash&gt;.chart</c>, a proof line <c>reportgen-chart-v1 &lt;hash&gt; &lt;sha256 of the PNG&gt;</c>
    /// followed by the PNG. An entry whose proof names another hash or does not match its PNG (swapped, truncated,
    /// poisoned, garbage) is not used: the chart is drawn again and the entry replaced.
    /// </summary>
    /// <param name="contentHash">The chart's <see cref="ContentHash"/>.</param>
    /// <returns>The file name.</returns>
    public static string CacheFileName(string contentHash) => contentHash + ".chart";

    private const string CacheMagic = "reportgen-chart-v1";

    private static byte[]? ReadCached(string path, string hash)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0)
        {
            return null;
        }

        var proof = Encoding.ASCII.GetString(bytes, 0, newline).Split(' ');
        var png = bytes[(newline + 1)..];
        return proof is [CacheMagic, var storedHash, var pngHash] && storedHash == hash && pngHash == Convert.ToHexStringLower(SHA256.HashData(png)) ? png : null;
    }

    /// <summary>
    /// The render-cache key: lower-case hex SHA-256 of the spec's canonical text (<see cref="ChartSpec.Describe"/>), the scale
    /// and <see cref="ChartTheme.Fingerprint"/> (look version and font file hashes). Equal keys mean equal PNG bytes.
    /// </summary>
    /// <param name="spec">The chart.</param>
    /// <param name="scale">Pixel density, 1-4.</param>
    /// <returns>64 hex characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is outside 1-4.</exception>
    public static string ContentHash(ChartSpec spec, int scale)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ChartSpec.CheckScale(scale);
        var text = "reportgen-chart\n" + ChartTheme.Fingerprint + "\nscale " + scale.ToString(CultureInfo.InvariantCulture) + "\n" + spec.Describe();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
