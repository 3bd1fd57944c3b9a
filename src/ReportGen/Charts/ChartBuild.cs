using ScottPlot;
using SkiaSharp;

namespace ReportGen.Charts;

/// <summary>A built chart: the ScottPlot plot, the legend the frame draws, and labels drawn over the plot after it is laid out.</summary>
/// <param name="Plot">The data area with axes and ticks.</param>
/// <param name="Legend">Legend entries, drawn above the plot by <see cref="ChartFrame"/>.</param>
/// <param name="Overlay">Draws value and point labels in CSS pixels once the plot's layout is known (it can map data to pixels); may be null.</param>
internal sealed record ChartBuild(Plot Plot, IReadOnlyList<ChartLegendEntry> Legend, Action<SKCanvas, Plot>? Overlay);
