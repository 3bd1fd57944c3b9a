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

        Draw(canvas, spec, ChartLayout.Wide, ChartTheme.Height, vector: false);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Renders <paramref name="spec"/> in <paramref name="layout"/> as raw SVG from Skia's SVG canvas (before <see cref="ChartSvg.Finish"/>).</summary>
    internal static string RenderRawSvg(ChartSpec spec, ChartLayout layout, out int height)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ChartTheme.EnsureFontsRegistered();
        height = layout.HeightOf(spec);
        using var stream = new SKDynamicMemoryWStream();
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(layout.Width, height), stream))
        {
            Draw(canvas, spec, layout, height, vector: true);
        }

        using var data = stream.DetachAsData();
        return Encoding.UTF8.GetString(data.AsSpan());
    }

    // Plot, labels and frame in CSS pixels on any canvas (raster or SVG).
    private static void Draw(SKCanvas canvas, ChartSpec spec, ChartLayout layout, int height, bool vector)
    {
        var build = ChartPlotBuilder.Build(spec, layout, vector);
        var frame = new ChartFrame(spec, build.Legend, layout, height);
        using (build.Plot)
        {
            // ScottPlot clears the whole canvas first, so labels and the frame (title, legend, source) are drawn after it.
            build.Plot.Render(canvas, new PixelRect(4, layout.Width - 12, frame.PlotBottom, frame.PlotTop));
            build.Overlay?.Invoke(canvas, build.Plot);
        }

        frame.Draw(canvas);
    }

    /// <summary>
    /// Renders <paramref name="spec"/> in <paramref name="layout"/> as an SVG document (UTF-8): shapes and text as Skia drew
    /// them, finished by <see cref="ChartSvg.Finish"/> (normalised ids, rounded coordinates, dark scheme in CSS). Its
    /// width and height are <see cref="ChartLayout.Width"/> and <see cref="ChartLayout.HeightOf"/> CSS pixels.
    /// </summary>
    /// <param name="spec">The chart.</param>
    /// <param name="layout">Wide or narrow.</param>
    /// <returns>SVG bytes; the same spec, layout and theme give the same bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FileNotFoundException">A bundled font is missing (see <see cref="ChartTheme.EnsureFontsRegistered"/>).</exception>
    public static byte[] RenderSvg(ChartSpec spec, ChartLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Encoding.UTF8.GetBytes(ChartSvg.Finish(RenderRawSvg(spec, layout, out _)));
    }

    /// <summary>Renders one file of <paramref name="spec"/>: <see cref="RenderSvg"/> or <see cref="RenderPng"/> as <paramref name="variant"/> says.</summary>
    /// <param name="spec">The chart.</param>
    /// <param name="variant">Which file.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FileNotFoundException">A bundled font is missing.</exception>
    public static byte[] Render(ChartSpec spec, ChartVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return variant.IsSvg ? RenderSvg(spec, variant.Layout) : RenderPng(spec, variant.Scale);
    }

    /// <summary>
    /// Renders every spec in every variant (wide and narrow SVG when <paramref name="variants"/> is null), in parallel, and
    /// returns the files in input order (spec by spec, variants in the order given). See <see cref="RenderAll(IReadOnlyList{ValueTuple{ChartSpec, ChartVariant}}, string?, CancellationToken)"/> for the cache.
    /// </summary>
    /// <param name="specs">The charts; ids must be unique, since each becomes a file name.</param>
    /// <param name="variants">The files to draw of each chart; null for <see cref="ChartVariant.Svgs"/>.</param>
    /// <param name="cacheDirectory">Folder of cached files, created if missing; null for no cache.</param>
    /// <param name="cancellationToken">Stops scheduling further renders.</param>
    /// <returns>One <see cref="ChartImage"/> per spec and variant, in input order.</returns>
    /// <exception cref="ArgumentException">Two specs share an id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="IOException">The cache directory cannot be read or written.</exception>
    public static IReadOnlyList<ChartImage> RenderAll(IReadOnlyList<ChartSpec> specs, IReadOnlyList<ChartVariant>? variants = null, string? cacheDirectory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specs);
        variants ??= ChartVariant.Svgs;
        return RenderAll([.. specs.SelectMany(spec => variants.Select(v => (spec, v)))], cacheDirectory, cancellationToken);
    }

    /// <summary>
    /// Renders each (spec, variant) job, in parallel, and returns the files in input order. With a cache directory, a file
    /// whose <see cref="CacheFileName"/> entry is already there (and proves itself) is read, not redrawn, and a new render
    /// is stored there.
    /// </summary>
    /// <param name="jobs">The files to draw; specs with the same id must be the same spec.</param>
    /// <param name="cacheDirectory">Folder of cached files, created if missing; null for no cache.</param>
    /// <param name="cancellationToken">Stops scheduling further renders.</param>
    /// <returns>One <see cref="ChartImage"/> per job, in input order.</returns>
    /// <exception cref="ArgumentException">Two different specs share an id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="IOException">The cache directory cannot be read or written.</exception>
    public static IReadOnlyList<ChartImage> RenderAll(IReadOnlyList<(ChartSpec Spec, ChartVariant Variant)> jobs, string? cacheDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var duplicate = jobs.Select(j => j.Spec).Distinct().GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"chart id '{duplicate.Key}' is used by {duplicate.Count()} charts; ids name files and must be unique", nameof(jobs));
        }

        ChartTheme.EnsureFontsRegistered();
        if (cacheDirectory is not null)
        {
            Directory.CreateDirectory(cacheDirectory);
        }

        var results = new ChartImage[jobs.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, jobs.Count, options, i =>
        {
            var (spec, variant) = jobs[i];
            var hash = ContentHash(spec, variant);
            var cached = cacheDirectory is null ? null : Path.Combine(cacheDirectory, CacheFileName(hash));
            if (cached is not null && ReadCached(cached, hash) is { } fromCache)
            {
                results[i] = new ChartImage(spec, variant, variant.FileName(spec), hash, fromCache, FromCache: true);
                return;
            }

            var bytes = Render(spec, variant);
            if (cached is not null)
            {
                // Write then rename, so a concurrent or interrupted run never leaves a half-written entry.
                var temp = string.Create(CultureInfo.InvariantCulture, $"{cached}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
                using (var stream = File.Create(temp))
                {
                    stream.Write(Encoding.ASCII.GetBytes($"{CacheMagic} {hash} {Convert.ToHexStringLower(SHA256.HashData(bytes))}\n"));
                    stream.Write(bytes);
                }

                File.Move(temp, cached, overwrite: true);
            }

            results[i] = new ChartImage(spec, variant, variant.FileName(spec), hash, bytes, FromCache: false);
        });
        return results;
    }

    /// <summary>
    /// The render cache's file for a chart file: <c>&lt;hash&gt;.chart</c>, a proof line <c>reportgen-chart-v2 &lt;hash&gt; &lt;sha256 of the file&gt;</c>
    /// followed by the file's bytes (SVG or PNG). An entry whose proof names another hash or does not match its PNG (swapped, truncated,
    /// poisoned, garbage) is not used: the chart is drawn again and the entry replaced.
    /// </summary>
    /// <param name="contentHash">The chart's <see cref="ContentHash"/>.</param>
    /// <returns>The file name.</returns>
    public static string CacheFileName(string contentHash) => contentHash + ".chart";

    private const string CacheMagic = "reportgen-chart-v2";

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
    /// The render-cache key: lower-case hex SHA-256 of the spec's canonical text (<see cref="ChartSpec.Describe"/>), the
    /// variant's key ("svg", "narrow.svg", "png@2x") and <see cref="ChartTheme.Fingerprint"/> (look version and font file
    /// hashes). Equal keys mean equal bytes.
    /// </summary>
    /// <param name="spec">The chart.</param>
    /// <param name="variant">Which file.</param>
    /// <returns>64 hex characters.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ContentHash(ChartSpec spec, ChartVariant variant)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(variant);
        var text = "reportgen-chart\n" + ChartTheme.Fingerprint + "\nvariant " + variant.Key + "\n" + spec.Describe();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
