using ReportGen.Facts;
namespace ReportGen.Charts;

/// <summary>
/// The size and density of a chart rendering: <see cref="Wide"/> (800 × 450 CSS px, for desktop and tablets) and
/// <see cref="Narrow"/> (400 CSS px wide, for phones: fewer ticks, shortened category labels, taller plots, so text that is
/// 11-12 px in the file stays about 10-11 px on a 390 px screen instead of being scaled to 0.45).
/// </summary>
/// <param name="Name">The variant's name in file names: "wide" (no suffix) or "narrow" (<c>&lt;id&gt;-narrow.svg</c>).</param>
/// <param name="Width">Width in CSS pixels.</param>
/// <param name="MaxDateTicks">At most this many date ticks ("Jan 2026" is ~55 px at 11.5 px Inter).</param>
/// <param name="ValueTicks">Wanted number of intervals on a value axis.</param>
/// <param name="CategoryLabelWidth">Widest category label of horizontal bars in CSS px; longer ones are shortened with "…"; 0 for no limit.</param>
public sealed record ChartLayout(string Name, int Width, int MaxDateTicks, int ValueTicks, float CategoryLabelWidth)
{
    /// <summary>The desktop rendering: <see cref="ChartSpec.Width"/> × <see cref="ChartSpec.Height"/> CSS px, as charts were always drawn.</summary>
    public static ChartLayout Wide { get; } = new("wide", ChartSpec.Width, 7, 5, 0);

    /// <summary>The phone rendering: 400 CSS px wide; its height follows the chart (see <see cref="HeightOf"/>).</summary>
    public static ChartLayout Narrow { get; } = new("narrow", 400, 4, 4, 120);

    /// <summary>
    /// The media query under which pages show <see cref="Narrow"/> instead of <see cref="Wide"/>: screens up to 640 CSS px,
    /// where the wide chart would be scaled below 0.8 (its 11.5 px ticks below 9 px).
    /// </summary>
    public const string NarrowMedia = "(max-width: 640px)";

    /// <summary>Both layouts, wide first.</summary>
    public static IReadOnlyList<ChartLayout> All { get; } = [Wide, Narrow];

    /// <summary>True for <see cref="Narrow"/>.</summary>
    public bool IsNarrow => Width < ChartSpec.Width;

    /// <summary>
    /// The height of <paramref name="spec"/> in this layout, in CSS px: 450 for <see cref="Wide"/>; for <see cref="Narrow"/>, the
    /// wrapped title, subtitle and legend, plus a plot of 260 px (lines, points, vertical bars) or 26 px per bar and
    /// 34 px for the axis (horizontal bars), plus the source line(s).
    /// </summary>
    /// <param name="spec">The chart.</param>
    /// <returns>Height in CSS pixels.</returns>
    /// <exception cref="FileNotFoundException">A bundled font is missing (the title is measured in it).</exception>
    public int HeightOf(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!IsNarrow)
        {
            return ChartSpec.Height;
        }

        ChartTheme.EnsureFontsRegistered();
        var frame = new ChartFrame(spec, ChartPlotBuilder.LegendOf(spec), this, 0);
        var plot = spec.Kind is ChartKind.SortedReturns or ChartKind.Contribution or ChartKind.Valuation ? (26 * spec.Bars.Count) + 34 : 260;
        return (int)Math.Ceiling(frame.PlotTop + plot + frame.FooterHeight);
    }

    /// <summary>The image files and sizes of <paramref name="spec"/>'s <c>&lt;picture&gt;</c>: the wide SVG, and the narrow SVG
    /// shown under <see cref="NarrowMedia"/> at <see cref="Narrow"/>'s width and <see cref="HeightOf"/> height.</summary>
    /// <param name="spec">The chart.</param>
    /// <returns>File names (in the edition's chart folder) and CSS pixel sizes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> is null.</exception>
    public static ChartPicture Picture(ChartSpec spec) =>
        new(ChartVariant.WideSvg.FileName(spec), ChartVariant.NarrowSvg.FileName(spec), NarrowMedia, Narrow.Width, Narrow.HeightOf(spec));
}
