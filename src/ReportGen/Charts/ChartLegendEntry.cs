using ScottPlot;

namespace ReportGen.Charts;

/// <summary>One legend item drawn by <see cref="ChartFrame"/>: a line or box swatch and a label.</summary>
/// <param name="Label">The series name.</param>
/// <param name="Color">The swatch colour.</param>
/// <param name="Dashed">True for a dashed line swatch (benchmarks).</param>
/// <param name="Box">True for a filled box swatch (bars, areas) instead of a line.</param>
internal readonly record struct ChartLegendEntry(string Label, Color Color, bool Dashed, bool Box);
