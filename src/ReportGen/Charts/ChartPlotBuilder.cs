using ScottPlot;
using ScottPlot.TickGenerators;

namespace ReportGen.Charts;

/// <summary>Turns a <see cref="ChartSpec"/> into a styled ScottPlot <see cref="Plot"/> (the data area, axes and ticks) plus its legend entries.</summary>
internal static partial class ChartPlotBuilder
{
    private const float TickFontSize = 11.5f;
    private const float LineWidth = 2.25f;

    public static (Plot Plot, IReadOnlyList<ChartLegendEntry> Legend) Build(ChartSpec spec)
    {
        var plot = new Plot();
        Style(plot);
        var legend = new List<ChartLegendEntry>();
        switch (spec.Kind)
        {
            case ChartKind.IndexedPerformance:
                AddLines(plot, spec, legend);
                break;
            default:
                throw new NotSupportedException($"chart kind {spec.Kind} is not rendered yet");
        }

        return (plot, legend);
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
        plot.Axes.Bottom.FrameLineStyle.Color = Color.FromHex("#8C8C8C");
        plot.Axes.Bottom.MajorTickStyle.Length = 4;
        plot.Axes.Bottom.MajorTickStyle.Color = Color.FromHex("#8C8C8C");
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Color.FromHex(ChartTheme.Grid);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 1;
        plot.Grid.MinorLineWidth = 0;
    }

    /// <summary>Dated lines (indexed or relative performance): members in palette colours, benchmarks grey and dashed.</summary>
    private static void AddLines(Plot plot, ChartSpec spec, List<ChartLegendEntry> legend)
    {
        var colorIndex = 0;
        var first = spec.Lines.Min(l => l.Dates[0]);
        var last = spec.Lines.Max(l => l.Dates[^1]);
        var min = spec.Lines.Min(l => l.Values.Min());
        var max = spec.Lines.Max(l => l.Values.Max());
        if (spec.YUnit == ChartUnit.IndexLevel)
        {
            min = Math.Min(min, 100);
            max = Math.Max(max, 100);
            plot.Add.HorizontalLine(100, 1, Color.FromHex("#8C8C8C"), LinePattern.Solid);
        }

        foreach (var line in spec.Lines.OrderBy(l => l.IsBenchmark ? 0 : 1))
        {
            var xs = line.Dates.Select(d => (double)d.DayNumber).ToArray();
            var ys = line.Values.ToArray();
            var color = line.IsBenchmark ? Color.FromHex(ChartTheme.MutedText) : ChartTheme.SeriesColor(colorIndex++);
            var scatter = plot.Add.ScatterLine(xs, ys, color);
            scatter.LineWidth = LineWidth;
            scatter.MarkerSize = 0;
            if (line.IsBenchmark)
            {
                scatter.LinePattern = LinePattern.Dashed;
            }
        }

        colorIndex = 0;
        foreach (var line in spec.Lines)
        {
            var color = line.IsBenchmark ? Color.FromHex(ChartTheme.MutedText) : ChartTheme.SeriesColor(colorIndex++);
            legend.Add(new ChartLegendEntry(line.Label, color, line.IsBenchmark, Box: false));
        }

        SetDateAxis(plot, first, last);
        SetValueAxis(plot, min, max, spec.YUnit);
    }

    private static void SetDateAxis(Plot plot, DateOnly first, DateOnly last)
    {
        var (positions, labels) = ChartTicks.Dates(first, last);
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, labels);
        var span = last.DayNumber - first.DayNumber;
        plot.Axes.SetLimitsX(first.DayNumber - (span * 0.01), last.DayNumber + (span * 0.02));
    }

    private static void SetValueAxis(Plot plot, double min, double max, ChartUnit unit)
    {
        var (ticks, step, low, high) = ChartTicks.Nice(min, max);
        plot.Axes.Left.TickGenerator = new NumericManual(ticks, [.. ticks.Select(t => ChartFormat.Tick(t, unit, step))]);
        plot.Axes.SetLimitsY(low, high);
    }
}
