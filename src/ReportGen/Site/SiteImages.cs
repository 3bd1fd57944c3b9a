using System.Globalization;
using ReportGen.Charts;
using SkiaSharp;

namespace ReportGen.Site;

/// <summary>
/// The site's own images, drawn by the build (deterministic: same inputs and SkiaSharp version, same bytes) and written to
/// <c>assets/</c> unless the project ships a file of the same name in <c>templates/assets/</c>, which then wins:
/// the favicon (<see cref="FaviconSvg"/>, <see cref="FaviconPng"/> at 32 and 180 pixels) and the site card
/// (<see cref="CardPng"/>), the <c>og:image</c> of pages that have no chart of their own.
/// </summary>
public static class SiteImages
{
    /// <summary>Asset path of the SVG favicon.</summary>
    public const string FaviconSvgFile = "favicon.svg";

    /// <summary>Asset path of the 32-pixel PNG favicon (browsers without SVG favicons).</summary>
    public const string FaviconPngFile = "favicon.png";

    /// <summary>Asset path of the 180-pixel touch icon (iOS home screens).</summary>
    public const string TouchIconFile = "apple-touch-icon.png";

    /// <summary>Asset path of the site card.</summary>
    public const string CardFile = "card.png";

    /// <summary>Width of the site card in pixels (the 1.91:1 size Open Graph consumers expect).</summary>
    public const int CardWidth = 1200;

    /// <summary>Height of the site card in pixels.</summary>
    public const int CardHeight = 630;

    // The accent colour of templates/assets/style.css (light scheme), which passes WCAG AA against white.
    private const string Accent = "#005a8c";

    // Three rising bars on a rounded square, in a 32-unit box: x, top, height of each bar; each 4 units wide, bottoms at 25.
    private static readonly (int X, int Top, int Height)[] Bars = [(7, 17, 8), (14, 12, 13), (21, 7, 18)];

    /// <summary>The favicon as SVG text: three white bars on an accent-coloured rounded square.</summary>
    public static string FaviconSvg =>
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" rx=\"6\" fill=\"" + Accent + "\"/>"
        + string.Concat(Bars.Select(b => string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{b.X}\" y=\"{b.Top}\" width=\"4\" height=\"{b.Height}\" fill=\"#fff\"/>")))
        + "</svg>\n";

    /// <summary>The favicon drawn as a PNG of <paramref name="size"/> × <paramref name="size"/> pixels, the same shapes as <see cref="FaviconSvg"/>.</summary>
    /// <param name="size">Edge length in pixels, 16 to 512.</param>
    /// <returns>PNG bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is outside 16-512.</exception>
    public static byte[] FaviconPng(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 512);
        return Draw(size, size, canvas =>
        {
            canvas.Scale(size / 32f);
            using var fill = new SKPaint { Color = SKColor.Parse(Accent), IsAntialias = true };
            canvas.DrawRoundRect(new SKRect(0, 0, 32, 32), 6, 6, fill);
            using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
            foreach (var (x, top, height) in Bars)
            {
                canvas.DrawRect(new SKRect(x, top, x + 4, top + height), white);
            }
        });
    }

    /// <summary>
    /// The site card: the site's title and description in the bundled chart font (Inter), white on the accent colour, with
    /// the favicon's bars, <see cref="CardWidth"/> × <see cref="CardHeight"/> pixels. Text that does not fit is wrapped at
    /// spaces; the title takes at most three lines and the description four, the last ending in "…" when cut.
    /// </summary>
    /// <param name="title">The site's title.</param>
    /// <param name="description">The site's description; may be empty.</param>
    /// <returns>PNG bytes.</returns>
    /// <exception cref="FileNotFoundException">A bundled font is missing (<see cref="ChartTheme.EnsureFontsRegistered"/>).</exception>
    public static byte[] CardPng(string title, string description)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);
        ChartTheme.EnsureFontsRegistered();
        return Draw(CardWidth, CardHeight, canvas =>
        {
            canvas.Clear(SKColor.Parse(Accent));
            using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
            foreach (var (x, top, height) in Bars)
            {
                canvas.DrawRect(new SKRect(80 + (x * 3), 60 + (top * 3), 80 + (x * 3) + 12, 60 + ((top + height) * 3)), white);
            }

            const float left = 80;
            const float width = CardWidth - 160;
            var y = 230f;
            using var titleFont = Font(bold: true, 64);
            foreach (var line in Wrap(title, titleFont, width, 3))
            {
                canvas.DrawText(line, left, y, SKTextAlign.Left, titleFont, white);
                y += 76;
            }

            y += 16;
            using var bodyFont = Font(bold: false, 34);
            using var soft = new SKPaint { Color = new SKColor(0xE6, 0xF1, 0xF8), IsAntialias = true };
            foreach (var line in Wrap(description, bodyFont, width, 4))
            {
                canvas.DrawText(line, left, y, SKTextAlign.Left, bodyFont, soft);
                y += 46;
            }
        });
    }

    private static SKFont Font(bool bold, float size) => new(ChartTheme.Typeface(bold), size)
    {
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        Subpixel = true,
    };

    // The chart frame's greedy wrapping at spaces (a word longer than the line stays whole on its own line; the canvas
    // clips it), cut to maxLines with an ellipsis.
    private static List<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = Charts.ChartFrame.Wrap(text, font, width);
        if (lines.Count > maxLines)
        {
            lines = lines[..maxLines];
            lines[^1] += "…";
        }

        return lines;
    }

    private static byte[] Draw(int width, int height, Action<SKCanvas> draw)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {width}x{height} surface");
        surface.Canvas.Clear(SKColors.Transparent);
        draw(surface.Canvas);
        surface.Canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
