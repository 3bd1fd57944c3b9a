using ReportGen.Config;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;
namespace ReportGen.Charts;

internal static partial class ChartPlotBuilder
{
    private const double BarSize = 0.68;

    /// <summary>Horizontal bars, first bar at the top, category labels on the left, value labels at the bar ends.</summary>
    private static Action<SKCanvas, Plot> AddHorizontalBars(Plot plot, ChartSpec spec, List<ChartLegendEntry> legend, ChartLayout layout)
    {
        var n = spec.Bars.Count;
        var bars = spec.Bars.Select((b, i) => new Bar
        {
            Position = n - 1 - i,
            Value = b.Value,
            ValueBase = 0,
            Size = BarSize,
            FillColor = BarColor(spec, b),
            LineWidth = 0,
            Orientation = Orientation.Horizontal,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Add.VerticalLine(0, 1, Axis, LinePattern.Solid);

        plot.Axes.Left.TickGenerator = new NumericManual([.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. spec.Bars.Select(b => Shorten(b.Label, layout.CategoryLabelWidth))]);
        plot.Axes.SetLimitsY(-0.6, n - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Axes.Bottom.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;

        var min = Math.Min(0, spec.Bars.Min(b => b.Value));
        var max = Math.Max(0, spec.Bars.Max(b => b.Value));
        var (ticks, step, low, high) = ChartTicks.Nice(min, max, layout.ValueTicks);

        // Air beyond the longest bars for their value labels: ~70 px of a ~600 px wide data area, ~55 px of a ~250 px one.
        var span = high - low;
        var air = layout.IsNarrow ? 0.24 : 0.13;
        if (min < 0)
        {
            low -= span * air;
        }

        if (max > 0)
        {
            high += span * air;
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual(ticks, [.. ticks.Select(t => ChartFormat.Tick(t, spec.XUnit, step, culture: spec.Culture))]);
        plot.Axes.SetLimitsX(low, high);
        BarLegend(spec, legend);

        return (canvas, p) =>
        {
            using var font = ChartText.Font(bold: false, LabelFontSize);
            for (var i = 0; i < n; i++)
            {
                var b = spec.Bars[i];
                var px = p.GetPixel(new Coordinates(b.Value, n - 1 - i));
                var text = ChartFormat.Value(b.Value, spec.XUnit, culture: spec.Culture);
                if (b.Value >= 0)
                {
                    ChartText.Draw(canvas, text, px.X + 5, px.Y + 4, SKTextAlign.Left, font, Color.FromHex(ChartTheme.Text));
                }
                else
                {
                    ChartText.Draw(canvas, text, px.X - 5, px.Y + 4, SKTextAlign.Right, font, Color.FromHex(ChartTheme.Text));
                }
            }
        };
    }

    /// <summary>Vertical bars in input order (flows, with a cumulative line on the right axis) or sorted (market cap, with milestone lines).</summary>
    private static Action<SKCanvas, Plot> AddVerticalBars(Plot plot, ChartSpec spec, List<ChartLegendEntry> legend, ChartLayout layout, bool vector)
    {
        var n = spec.Bars.Count;
        var bars = spec.Bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = b.Value,
            ValueBase = 0,
            Size = BarSize,
            FillColor = BarColor(spec, b),
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.SetLimitsX(-0.6, n - 0.4);

        // Category labels: every k-th one when they would collide (about 64 px per "Jan 2026" label) in the ~720 px (wide) or ~320 px (narrow) data area.
        using (var tickFont = ChartText.Font(bold: false, TickFontSize))
        {
            var widest = spec.Bars.Max(b => tickFont.MeasureText(b.Label)) + 10;
            var stride = Math.Max(1, (int)Math.Ceiling(widest * n / (layout.Width - 80.0)));
            plot.Axes.Bottom.TickGenerator = new NumericManual(
                [.. Enumerable.Range(0, n).Where(i => i % stride == 0).Select(i => (double)i)],
                [.. spec.Bars.Where((_, i) => i % stride == 0).Select(b => b.Label)]);
        }

        var min = Math.Min(0, spec.Bars.Min(b => b.Value));
        var max = Math.Max(0, spec.Bars.Max(b => b.Value));
        double[] cumulative = [];
        if (spec.Kind == ChartKind.Flows)
        {
            var sum = 0.0;
            cumulative = [.. spec.Bars.Select(b => sum += b.Value)];
        }

        var (ticks, step, low, high) = ChartTicks.Nice(min, max, layout.ValueTicks);
        var span = high - low;
        if (max > 0)
        {
            high += span * 0.08;
        }

        if (min < 0)
        {
            low -= span * 0.08;
        }

        plot.Axes.Left.TickGenerator = new NumericManual(ticks, [.. ticks.Select(t => ChartFormat.Tick(t, MetricUnit.Usd, step, culture: spec.Culture))]);
        plot.Axes.SetLimitsY(low, high);
        plot.Add.HorizontalLine(0, 1, Axis, LinePattern.Solid);
        plot.Axes.Bottom.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        BarLegend(spec, legend);

        if (spec.Kind == ChartKind.Flows)
        {
            AddCumulative(plot, cumulative, low, high, legend, spec.Culture);
        }

        foreach (var milestone in spec.ReferenceLines)
        {
            var rule = plot.Add.HorizontalLine(milestone.Value, 1.25f, Color.FromHex(ChartTheme.MutedText), LinePattern.Solid);
            Dash(rule.LineStyle, vector);
        }

        return (canvas, p) =>
        {
            using var font = ChartText.Font(bold: false, LabelFontSize);
            if (spec.Kind == ChartKind.Flows)
            {
                // Per-bar labels would collide with the cumulative line; label its end instead (the table has every value).
                using var bold = ChartText.Font(bold: true, LabelFontSize);
                var end = p.GetPixel(new Coordinates(n - 1, cumulative[^1]), p.Axes.Bottom, p.Axes.Right);
                var text = (cumulative[^1] > 0 ? "+" : string.Empty) + ChartFormat.Usd(cumulative[^1], culture: spec.Culture) + " in total";
                ChartText.Draw(canvas, text, end.X - 8, cumulative[^1] >= 0 ? end.Y - 9 : end.Y + 17, SKTextAlign.Right, bold, Color.FromHex(ChartTheme.Text));
            }
            else
            {
                var slot = Math.Abs(p.GetPixel(new Coordinates(1, 0)).X - p.GetPixel(new Coordinates(0, 0)).X);
                for (var i = 0; i < n; i++)
                {
                    var b = spec.Bars[i];
                    var text = ChartFormat.Usd(b.Value, culture: spec.Culture);
                    if (font.MeasureText(text) > slot - 4)
                    {
                        break;
                    }

                    var px = p.GetPixel(new Coordinates(i, b.Value));
                    ChartText.DrawOnBackground(canvas, text, px.X, b.Value >= 0 ? px.Y - 5 : px.Y + 14, SKTextAlign.Center, font, Color.FromHex(ChartTheme.Text));
                }
            }

            using var muted = ChartText.Font(bold: true, LabelFontSize);
            foreach (var milestone in spec.ReferenceLines)
            {
                var px = p.GetPixel(new Coordinates(n - 0.4, milestone.Value));
                ChartText.DrawOnBackground(canvas, milestone.Label, px.X - 2, px.Y - 4, SKTextAlign.Right, muted, Color.FromHex(ChartTheme.MutedText));
            }
        };
    }

    /// <summary>The running total on the right axis, scaled so its zero lines up with the bars' zero.</summary>
    private static void AddCumulative(Plot plot, double[] cumulative, double low, double high, List<ChartLegendEntry> legend, SiteCulture culture)
    {
        var k = 1e-9;
        foreach (var c in cumulative)
        {
            k = Math.Max(k, c > 0 ? c / high : low < 0 ? c / low : 0);
        }

        k *= 1.05;
        var right = plot.Axes.Right;
        var (ticks, step) = ChartTicks.Within(low * k, high * k);
        right.TickGenerator = new NumericManual(ticks, [.. ticks.Select(t => ChartFormat.Tick(t, MetricUnit.Usd, step, culture))]);
        right.TickLabelStyle.ForeColor = Color.FromHex(ChartTheme.Text);
        plot.Axes.SetLimitsY(low * k, high * k, right);
        var color = Color.FromHex(ChartTheme.Text);
        var line = plot.Add.ScatterLine(Enumerable.Range(0, cumulative.Length).Select(i => (double)i).ToArray(), cumulative, color);
        line.Axes.YAxis = right;
        line.LineWidth = LineWidth;
        line.MarkerSize = 6;
        line.MarkerShape = MarkerShape.FilledCircle;
        legend.Add(new ChartLegendEntry("Cumulative (right axis)", color, Dashed: false, Box: false));
    }

    /// <summary><paramref name="label"/> as drawn in at most <paramref name="maxWidth"/> CSS px at the tick font: whole, or cut at a word or character with "…" (0: never cut).</summary>
    internal static string Shorten(string label, float maxWidth)
    {
        if (maxWidth <= 0)
        {
            return label;
        }

        using var font = ChartText.Font(bold: false, TickFontSize);
        if (font.MeasureText(label) <= maxWidth)
        {
            return label;
        }

        var cut = label.Length;
        while (cut > 1 && font.MeasureText(label[..cut].TrimEnd() + "…") > maxWidth)
        {
            cut--;
        }

        return label[..cut].TrimEnd() + "…";
    }

    private static Color BarColor(ChartSpec spec, ChartBar bar) =>
        bar.IsBenchmark ? Color.FromHex(ChartTheme.MutedText)
        : spec.Kind is ChartKind.SortedReturns or ChartKind.Contribution or ChartKind.Flows
            ? Color.FromHex(bar.Value >= 0 ? ChartTheme.Gain : ChartTheme.Loss)
            : ChartTheme.SeriesColor(0);

    private static void BarLegend(ChartSpec spec, List<ChartLegendEntry> legend)
    {
        if (spec.Kind is ChartKind.SortedReturns or ChartKind.Contribution or ChartKind.Flows)
        {
            var (up, down) = spec.Kind == ChartKind.Flows ? ("Inflow", "Outflow") : spec.Kind == ChartKind.Contribution ? ("Added", "Subtracted") : ("Gain", "Loss");
            if (spec.Bars.Any(b => !b.IsBenchmark && b.Value >= 0))
            {
                legend.Add(new ChartLegendEntry(up, Color.FromHex(ChartTheme.Gain), Dashed: false, Box: true));
            }

            if (spec.Bars.Any(b => !b.IsBenchmark && b.Value < 0))
            {
                legend.Add(new ChartLegendEntry(down, Color.FromHex(ChartTheme.Loss), Dashed: false, Box: true));
            }
        }

        if (spec.Bars.Any(b => b.IsBenchmark))
        {
            legend.Add(new ChartLegendEntry("Benchmark", Color.FromHex(ChartTheme.MutedText), Dashed: false, Box: true));
        }
    }
}
