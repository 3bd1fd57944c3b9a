using ScottPlot;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>Text drawn with SkiaSharp in the bundled font: fonts, measuring, drawing, and keeping labels apart.</summary>
internal static class ChartText
{
    public static SKFont Font(bool bold, float size) => new(ChartTheme.Typeface(bold), size)
    {
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        Subpixel = true,
    };

    public static void Draw(SKCanvas canvas, string text, float x, float y, SKTextAlign align, SKFont font, Color color)
    {
        using var paint = new SKPaint { Color = new SKColor(color.R, color.G, color.B, color.A), IsAntialias = true };
        canvas.DrawText(text, x, y, align, font, paint);
    }

    /// <summary>As <see cref="Draw"/>, on a background-coloured box so grid and milestone lines never strike through the text.</summary>
    public static void DrawOnBackground(SKCanvas canvas, string text, float x, float y, SKTextAlign align, SKFont font, Color color)
    {
        var width = font.MeasureText(text);
        var left = align switch { SKTextAlign.Center => x - (width / 2), SKTextAlign.Right => x - width, _ => x };
        using var box = new SKPaint { Color = SKColor.Parse(ChartTheme.Background), Style = SKPaintStyle.Fill };
        canvas.DrawRect(left - 2, y - font.Size, width + 4, font.Size + 3, box);
        Draw(canvas, text, x, y, align, font, color);
    }

    /// <summary>Moves sorted positions apart so neighbours are at least <paramref name="gap"/> apart, staying as close to the originals as possible.</summary>
    public static float[] Spread(float[] sorted, float gap)
    {
        var result = (float[])sorted.Clone();
        for (var pass = 0; pass < 20; pass++)
        {
            var moved = false;
            for (var i = 1; i < result.Length; i++)
            {
                var overlap = gap - (result[i] - result[i - 1]);
                if (overlap > 0.01f)
                {
                    result[i - 1] -= overlap / 2;
                    result[i] += overlap / 2;
                    moved = true;
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return result;
    }
}
