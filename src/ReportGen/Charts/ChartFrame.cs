using ReportGen.Facts;
using SkiaSharp;
namespace ReportGen.Charts;

/// <summary>
/// The text around the plot, laid out and drawn with SkiaSharp in CSS pixels: title (bold, wrapped, never clipped),
/// subtitle, legend (wrapped rows) above the plot, and the source line below it.
/// </summary>
internal sealed class ChartFrame
{
    public const float Margin = 16;
    private const float TitleSize = 18;
    private const float TitleLeading = 23;
    private const float SubtitleSize = 13;
    private const float SubtitleLeading = 18;
    private const float LegendSize = 12;
    private const float LegendLeading = 20;
    private const float SourceSize = 11;
    private const float SourceLeading = 14;
    private const float SwatchWidth = 22;

    private readonly List<string> _title;
    private readonly List<string> _subtitle;
    private readonly List<List<(ChartLegendEntry Entry, float X)>> _legendRows;
    private readonly List<string> _source;
    private readonly int _width;
    private readonly int _height;

    /// <summary>Lays out the text around the plot of <paramref name="spec"/>.</summary>
    /// <param name="spec">The chart.</param>
    /// <param name="legend">Its legend entries.</param>
    /// <param name="layout">The rendering's width (text wraps to it).</param>
    /// <param name="height">The rendering's height in CSS px (the source line sits at its bottom); 0 while measuring.</param>
    public ChartFrame(ChartSpec spec, IReadOnlyList<ChartLegendEntry> legend, ChartLayout layout, int height)
    {
        _width = layout.Width;
        _height = height;
        var maxWidth = _width - (2 * Margin);
        using var titleFont = Font(bold: true, TitleSize);
        using var subtitleFont = Font(bold: false, SubtitleSize);
        using var legendFont = Font(bold: false, LegendSize);
        using var sourceFont = Font(bold: false, SourceSize);
        _title = Wrap(spec.Title, titleFont, maxWidth);
        _subtitle = spec.Subtitle.Length == 0 ? [] : Wrap(spec.Subtitle, subtitleFont, maxWidth);
        _source = Wrap(spec.SourceLine, sourceFont, maxWidth);
        _legendRows = [];
        var row = new List<(ChartLegendEntry, float)>();
        var x = Margin;
        foreach (var entry in legend)
        {
            var width = SwatchWidth + 6 + legendFont.MeasureText(entry.Label);
            if (row.Count > 0 && x + width > _width - Margin)
            {
                _legendRows.Add(row);
                row = [];
                x = Margin;
            }

            row.Add((entry, x));
            x += width + 18;
        }

        if (row.Count > 0)
        {
            _legendRows.Add(row);
        }

        var y = 12f + (_title.Count * TitleLeading) + (_subtitle.Count * SubtitleLeading);
        PlotTop = y + (_legendRows.Count * LegendLeading) + 4;
    }

    /// <summary>Top of the plot area in CSS pixels: below the title, subtitle and legend.</summary>
    public float PlotTop { get; }

    /// <summary>Height of the footer (the source line or lines) in CSS pixels: 28 for one line, 14 more per further line.</summary>
    public float FooterHeight => 14 + (_source.Count * SourceLeading);

    /// <summary>Bottom of the plot area in CSS pixels: above the source line.</summary>
    public float PlotBottom => _height - FooterHeight;

    /// <summary>Draws title, subtitle, legend and source line.</summary>
    /// <param name="canvas">The canvas, in CSS pixels.</param>
    public void Draw(SKCanvas canvas)
    {
        using var text = new SKPaint { Color = SKColor.Parse(ChartTheme.Text), IsAntialias = true };
        using var muted = new SKPaint { Color = SKColor.Parse(ChartTheme.MutedText), IsAntialias = true };
        using var titleFont = Font(bold: true, TitleSize);
        using var subtitleFont = Font(bold: false, SubtitleSize);
        using var legendFont = Font(bold: false, LegendSize);
        using var sourceFont = Font(bold: false, SourceSize);

        var y = 12f;
        foreach (var line in _title)
        {
            y += TitleLeading;
            canvas.DrawText(line, Margin, y - 5, SKTextAlign.Left, titleFont, text);
        }

        foreach (var line in _subtitle)
        {
            y += SubtitleLeading;
            canvas.DrawText(line, Margin, y - 4, SKTextAlign.Left, subtitleFont, muted);
        }

        foreach (var row in _legendRows)
        {
            y += LegendLeading;
            var mid = y - 8;
            foreach (var (entry, x) in row)
            {
                using var swatch = new SKPaint
                {
                    Color = new SKColor(entry.Color.R, entry.Color.G, entry.Color.B, entry.Color.A),
                    IsAntialias = true,
                    StrokeWidth = 2.5f,
                    Style = entry.Box ? SKPaintStyle.Fill : SKPaintStyle.Stroke,
                };
                if (entry.Box)
                {
                    canvas.DrawRect(x + 5, mid - 6, 12, 12, swatch);
                }
                else
                {
                    using var dash = entry.Dashed ? SKPathEffect.CreateDash([5, 3], 0) : null;
                    swatch.PathEffect = dash;
                    canvas.DrawLine(x, mid, x + SwatchWidth, mid, swatch);
                }

                canvas.DrawText(entry.Label, x + SwatchWidth + 6, mid + 4, SKTextAlign.Left, legendFont, text);
            }
        }

        for (var i = 0; i < _source.Count; i++)
        {
            canvas.DrawText(_source[i], Margin, _height - 10 - ((_source.Count - 1 - i) * SourceLeading), SKTextAlign.Left, sourceFont, muted);
        }
    }

    private static SKFont Font(bool bold, float size) => ChartText.Font(bold, size);

    /// <summary>Greedy word wrap to <paramref name="maxWidth"/>; a single word wider than that is kept whole on its own line.
    /// Also wraps the text of the site's card image (<c>Site.SiteImages</c>).</summary>
    /// <param name="text">The text; runs of spaces count as one.</param>
    /// <param name="font">The font it is measured in.</param>
    /// <param name="maxWidth">The line width in the font's units (pixels at its size).</param>
    /// <returns>The lines, without leading or trailing spaces; empty for empty text.</returns>
    internal static List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
