using System.Globalization;
using ReportGen.Facts;
namespace ReportGen.Charts;

/// <summary>
/// One file drawn from a chart: an SVG in a <see cref="ChartLayout"/> (light and dark scheme in one file, crisp at any
/// pixel density), or a PNG of the wide layout at a pixel density (kept for og:image, which social sites read only as raster).
/// </summary>
/// <param name="Key">Names the variant in the render cache's content hash: "svg", "narrow.svg", "png@2x".</param>
/// <param name="Layout">The layout drawn.</param>
/// <param name="Scale">Pixels per CSS pixel of a PNG, 1-4; 1 for SVG.</param>
/// <param name="IsSvg">True for SVG, false for PNG.</param>
public sealed record ChartVariant(string Key, ChartLayout Layout, int Scale, bool IsSvg)
{
    /// <summary>The desktop SVG, <c>&lt;id&gt;.svg</c>, 800 × 450 CSS px.</summary>
    public static ChartVariant WideSvg { get; } = new("svg", ChartLayout.Wide, 1, true);

    /// <summary>The phone SVG, <c>&lt;id&gt;.narrow.svg</c>, 400 CSS px wide (a dot cannot occur in an id, so no other chart's file can have this name).</summary>
    public static ChartVariant NarrowSvg { get; } = new("narrow.svg", ChartLayout.Narrow, 1, true);

    /// <summary>
    /// The og:image of an edition's lead chart: <c>&lt;id&gt;.png</c>, 800 × 450 pixels (above the 600 × 315 social sites ask
    /// for; the 1600 × 900 one weighed ~110 KB, most of an edition's chart bytes).
    /// </summary>
    public static ChartVariant SocialPng { get; } = Png(1);

    /// <summary>The SVGs every chart gets: wide and narrow.</summary>
    public static IReadOnlyList<ChartVariant> Svgs { get; } = [WideSvg, NarrowSvg];

    /// <summary>A PNG of the wide layout at <paramref name="scale"/> pixels per CSS pixel.</summary>
    /// <param name="scale">1-4.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is outside 1-4.</exception>
    public static ChartVariant Png(int scale)
    {
        ChartSpec.CheckScale(scale);
        return new(string.Create(CultureInfo.InvariantCulture, $"png@{scale}x"), ChartLayout.Wide, scale, false);
    }

    /// <summary>The file name of <paramref name="spec"/> in this variant: <c>&lt;id&gt;.svg</c>, <c>&lt;id&gt;.narrow.svg</c>, <c>&lt;id&gt;.png</c>, <c>&lt;id&gt;@2x.png</c>.</summary>
    /// <param name="spec">The chart.</param>
    /// <returns>The file name.</returns>
    public string FileName(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return IsSvg ? spec.Id + (Layout.IsNarrow ? ".narrow.svg" : ".svg") : spec.FileName(Scale);
    }
}
