using ReportGen.Config;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;
namespace ReportGen.Charts;

/// <summary>Turns a <see cref="ChartSpec"/> into a styled ScottPlot <see cref="Plot"/> (data area, axes, ticks), legend entries and label overlay.</summary>
internal static partial class ChartPlotBuilder
{
    private const float TickFontSize = 11.5f;
    private const float LabelFontSize = 11f;
    private const float LineWidth = 2.25f;
    private static readonly Color Axis = Color.FromHex(ChartTheme.Axis);

    /// <summary>Builds the plot of <paramref name="spec"/> for <paramref name="layout"/> (tick density and label widths follow its width).</summary>
    /// <param name="spec">The chart.</param>
    /// <param name="layout">Wide or narrow.</param>
    /// <param name="vector">
    /// True when drawn to SVG: dashed lines are then drawn solid in <see cref="ChartSvg.DashedStroke"/>, which
    /// <see cref="ChartSvg.Finish"/> turns into a <c>stroke-dasharray</c> (Skia's SVG canvas writes a dashed line as one
    /// filled outline per dash, ~10 KB a line).
    /// </param>
    public static ChartBuild Build(ChartSpec spec, ChartLayout layout, bool vector = false)
    {
        var plot = new Plot();
        Style(plot);
        var legend = new List<ChartLegendEntry>();
        Action<SKCanvas, Plot>? overlay = spec.Kind switch
        {
            ChartKind.IndexedPerformance or ChartKind.RelativePerformance or ChartKind.Drawdown or ChartKind.ValuationHistory => AddLines(plot, spec, legend, layout, vector),
            ChartKind.SortedReturns or ChartKind.Contribution or ChartKind.Valuation => AddHorizontalBars(plot, spec, legend, layout),
            ChartKind.Flows or ChartKind.MarketCap => AddVerticalBars(plot, spec, legend, layout, vector),
            ChartKind.RiskReturn => AddPoints(plot, spec, legend, layout),
            _ => throw new NotSupportedException($"chart kind {spec.Kind} has no renderer"),
        };
        return new ChartBuild(plot, legend, overlay);
    }

    /// <summary>The legend entries of <paramref name="spec"/> (the same in every layout), without keeping the plot.</summary>
    public static IReadOnlyList<ChartLegendEntry> LegendOf(ChartSpec spec)
    {
        var build = Build(spec, ChartLayout.Wide);
        using (build.Plot)
        {
            return build.Legend;
        }
    }

    /// <summary>House style shared by every kind: font, colours, no frame except the bottom axis, light horizontal grid.</summary>
    private static void Style(Plot plot)
    {
        plot.Font.Set(ChartTheme.FontFamily);
        plot.FigureBackground.Color = Color.FromHex(ChartTheme.Background);
        plot.DataBackground.Color = Color.FromHex(ChartTheme.Background);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.FrameLineStyle.Width = 0;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.TickLabelStyle.FontSize = TickFontSize;
            axis.TickLabelStyle.ForeColor = Color.FromHex(ChartTheme.Text);
            axis.TickLabelStyle.FontName = ChartTheme.FontFamily;
            axis.Label.FontName = ChartTheme.FontFamily;
        }

        plot.Axes.Bottom.FrameLineStyle.Width = 1;
        plot.Axes.Bottom.FrameLineStyle.Color = Axis;
        plot.Axes.Bottom.MajorTickStyle.Length = 4;
        plot.Axes.Bottom.MajorTickStyle.Color = Axis;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Color.FromHex(ChartTheme.Grid);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 1;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = Color.FromHex(ChartTheme.Grid);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 1;
        plot.Grid.MinorLineWidth = 0;
    }

    /// <summary>Dated lines: members in palette colours, benchmarks grey and dashed; a baseline at 100 or 0; the first drawdown filled.</summary>
    private static Action<SKCanvas, Plot>? AddLines(Plot plot, ChartSpec spec, List<ChartLegendEntry> legend, ChartLayout layout, bool vector)
    {
        var first = spec.Lines.Min(l => l.Dates[0]);
        var last = spec.Lines.Max(l => l.Dates[^1]);
        var min = spec.Lines.Min(l => l.Values.Min());
        var max = spec.Lines.Max(l => l.Values.Max());
        var baseline = spec.YUnit == MetricUnit.IndexLevel ? 100.0 : 0.0;
        min = Math.Min(min, baseline);
        max = Math.Max(max, baseline);
        plot.Add.HorizontalLine(baseline, 1, Axis, LinePattern.Solid);

        var colors = LineColors(spec.Lines);
        var filled = false;

        // Benchmarks first so members draw on top of them.
        foreach (var (line, color) in spec.Lines.Zip(colors).OrderBy(p => p.First.IsBenchmark ? 0 : 1))
        {
            var xs = line.Dates.Select(d => (double)d.DayNumber).ToArray();
            var scatter = plot.Add.ScatterLine(xs, line.Values.ToArray(), color);
            scatter.LineWidth = LineWidth;
            scatter.MarkerSize = spec.Kind == ChartKind.ValuationHistory ? 6 : 0; // a valuation line joins dated snapshots: mark each
            if (line.IsBenchmark)
            {
                Dash(scatter.LineStyle, vector);
            }
            else if (spec.Kind == ChartKind.Drawdown && !filled)
            {
                scatter.FillY = true;
                scatter.FillYValue = 0;
                scatter.FillYColor = color.WithAlpha(0.22);
                filled = true;
            }
        }

        legend.AddRange(spec.Lines.Zip(colors).Select(p => new ChartLegendEntry(p.First.Label, p.Second, p.First.IsBenchmark, Box: false)));
        SetDateAxis(plot, first, last, layout, spec.Culture);
        if (spec.Kind == ChartKind.Drawdown)
        {
            var (ticks, step, low, _) = ChartTicks.Nice(min, 0, layout.ValueTicks);
            plot.Axes.Left.TickGenerator = new NumericManual(ticks, [.. ticks.Select(t => ChartFormat.Tick(t, spec.YUnit, step, culture: spec.Culture))]);
            plot.Axes.SetLimitsY(low, step * 0.08);
        }
        else
        {
            SetValueAxis(plot, plot.Axes.Left, min, max, spec.YUnit, layout, spec.Culture);
        }

        return EndLabels(spec, colors);
    }

    /// <summary>Each line's last value at its right end (e.g. "+18.2%"), nudged apart vertically so labels never overlap.</summary>
    private static Action<SKCanvas, Plot> EndLabels(ChartSpec spec, Color[] colors) => (canvas, plot) =>
    {
        using var font = ChartText.Font(bold: true, LabelFontSize);
        var labels = spec.Lines.Select((l, i) => (
            Text: spec.Kind == ChartKind.IndexedPerformance ? ChartFormat.Percent((l.LastValue / l.FirstValue) - 1, culture: spec.Culture) : ChartFormat.Value(l.LastValue, spec.YUnit, culture: spec.Culture),
            Pixel: plot.GetPixel(new Coordinates(l.Dates[^1].DayNumber, l.LastValue)),
            Color: colors[i])).OrderBy(x => x.Pixel.Y).ToList();
        var ys = ChartText.Spread([.. labels.Select(l => l.Pixel.Y)], LabelFontSize + 2);
        for (var i = 0; i < labels.Count; i++)
        {
            ChartText.Draw(canvas, labels[i].Text, labels[i].Pixel.X + 5, ys[i] + 4, SKTextAlign.Left, font, labels[i].Color);
        }
    };

    /// <summary>Makes <paramref name="style"/> dashed: ScottPlot's dash pattern on a raster, the SVG marker colour on a vector canvas.</summary>
    private static void Dash(LineStyle style, bool vector)
    {
        if (vector)
        {
            style.Color = Color.FromHex(ChartSvg.DashedStroke).WithAlpha(style.Color.A);
            style.Pattern = LinePattern.Solid;
        }
        else
        {
            style.Pattern = LinePattern.Dashed;
        }
    }

    private static Color[] LineColors(IReadOnlyList<ChartLine> lines)
    {
        var next = 0;
        return [.. lines.Select(l => l.IsBenchmark ? Color.FromHex(ChartTheme.MutedText) : ChartTheme.SeriesColor(next++))];
    }

    private static void SetDateAxis(Plot plot, DateOnly first, DateOnly last, ChartLayout layout, SiteCulture culture)
    {
        var (positions, labels) = ChartTicks.Dates(first, last, layout.MaxDateTicks, culture);
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, labels);
        var span = last.DayNumber - first.DayNumber;

        // Room on the right for the end-of-line value labels (~60 px: a larger share of a narrow plot).
        plot.Axes.SetLimitsX(first.DayNumber - (span * 0.01), last.DayNumber + (span * (layout.IsNarrow ? 0.2 : 0.09)));
    }

    private static void SetValueAxis(Plot plot, IAxis axis, double min, double max, MetricUnit unit, ChartLayout layout, SiteCulture culture, bool signed = true)
    {
        var (ticks, step, low, high) = ChartTicks.Nice(min, max, layout.ValueTicks);
        axis.TickGenerator = new NumericManual(ticks, [.. ticks.Select(t => signed ? ChartFormat.Tick(t, unit, step, culture) : ChartFormat.Tick(t, unit, step, culture).TrimStart('+'))]);
        if (axis is IYAxis y)
        {
            plot.Axes.SetLimitsY(low, high, y);
        }
        else if (axis is IXAxis x)
        {
            plot.Axes.SetLimitsX(low, high, x);
        }
    }
}
