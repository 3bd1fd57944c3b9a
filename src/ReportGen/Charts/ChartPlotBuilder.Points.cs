using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;
namespace ReportGen.Charts;

internal static partial class ChartPlotBuilder
{
    private const float MarkerSize = 9;

    /// <summary>Risk/return scatter: members as blue dots, benchmarks as grey squares, each labelled where its label fits.</summary>
    private static Action<SKCanvas, Plot> AddPoints(Plot plot, ChartSpec spec, List<ChartLegendEntry> legend, ChartLayout layout)
    {
        foreach (var p in spec.Points)
        {
            var marker = plot.Add.Marker(p.X, p.Y, p.IsBenchmark ? MarkerShape.FilledSquare : MarkerShape.FilledCircle, MarkerSize,
                p.IsBenchmark ? Color.FromHex(ChartTheme.MutedText) : ChartTheme.SeriesColor(0));
            marker.LineWidth = 0;
        }

        plot.Grid.XAxisStyle.IsVisible = true;
        var minX = Math.Min(0, spec.Points.Min(p => p.X));
        var maxX = spec.Points.Max(p => p.X);
        SetValueAxis(plot, plot.Axes.Bottom, minX, maxX, MetricUnit.Fraction, layout, spec.Culture, signed: false);
        var minY = Math.Min(0, spec.Points.Min(p => p.Y));
        var maxY = Math.Max(0, spec.Points.Max(p => p.Y));
        SetValueAxis(plot, plot.Axes.Left, minY, maxY, MetricUnit.Fraction, layout, spec.Culture);
        plot.Add.HorizontalLine(0, 1, Axis, LinePattern.Solid);
        plot.Axes.Bottom.Label.Text = "Annualized volatility";
        plot.Axes.Bottom.Label.FontSize = TickFontSize;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Bottom.Label.ForeColor = Color.FromHex(ChartTheme.MutedText);
        plot.Axes.Left.Label.Text = "Return";
        plot.Axes.Left.Label.FontSize = TickFontSize;
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Left.Label.ForeColor = Color.FromHex(ChartTheme.MutedText);

        if (spec.Points.Any(p => !p.IsBenchmark))
        {
            legend.Add(new ChartLegendEntry("Security", ChartTheme.SeriesColor(0), Dashed: false, Box: true));
        }

        if (spec.Points.Any(p => p.IsBenchmark))
        {
            legend.Add(new ChartLegendEntry("Benchmark", Color.FromHex(ChartTheme.MutedText), Dashed: false, Box: true));
        }

        return (canvas, p) => PointLabels(canvas, p, spec.Points);
    }

    /// <summary>
    /// Greedy label placement: for each point (highest first) try right, left, above, below and the diagonals; take the first
    /// box that stays inside the data area and overlaps no placed label or marker. If none fits, the label goes right anyway.
    /// </summary>
    private static void PointLabels(SKCanvas canvas, Plot plot, IReadOnlyList<ChartPoint> points)
    {
        using var font = ChartText.Font(bold: false, LabelFontSize);
        var area = plot.LastRender.DataRect;
        var pixels = points.Select(pt => plot.GetPixel(new Coordinates(pt.X, pt.Y))).ToArray();
        var taken = pixels.Select(px => SKRect.Create(px.X - (MarkerSize / 2), px.Y - (MarkerSize / 2), MarkerSize, MarkerSize)).ToList();
        var order = Enumerable.Range(0, points.Count).OrderBy(i => pixels[i].Y).ThenBy(i => pixels[i].X);
        const float H = 12;
        const float Gap = 6;
        foreach (var i in order)
        {
            var w = font.MeasureText(points[i].Label);
            var (x, y) = (pixels[i].X, pixels[i].Y);
            SKRect[] candidates =
            [
                SKRect.Create(x + Gap, y - (H / 2), w, H),
                SKRect.Create(x - Gap - w, y - (H / 2), w, H),
                SKRect.Create(x - (w / 2), y - Gap - H, w, H),
                SKRect.Create(x - (w / 2), y + Gap, w, H),
                SKRect.Create(x + Gap - 2, y - Gap - H + 2, w, H),
                SKRect.Create(x + Gap - 2, y + Gap - 2, w, H),
                SKRect.Create(x - Gap - w + 2, y - Gap - H + 2, w, H),
                SKRect.Create(x - Gap - w + 2, y + Gap - 2, w, H),
            ];
            var chosen = candidates.FirstOrDefault(r =>
                r.Left >= area.Left && r.Right <= area.Right && r.Top >= area.Top && r.Bottom <= area.Bottom
                && !taken.Any(t => t.IntersectsWith(r)), candidates[0]);
            taken.Add(chosen);
            ChartText.Draw(canvas, points[i].Label, chosen.Left, chosen.Bottom - 2, SKTextAlign.Left, font,
                Color.FromHex(points[i].IsBenchmark ? ChartTheme.MutedText : ChartTheme.Text));
        }
    }
}
