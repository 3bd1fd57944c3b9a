namespace ReportGen.Facts;

/// <summary>A labelled horizontal line across the plot, such as a $1T market-cap milestone.</summary>
/// <param name="Label">Text drawn at the line's right end, e.g. "$1T".</param>
/// <param name="Value">Where the line sits, in the chart's value unit.</param>
public sealed record ChartReferenceLine(string Label, double Value);
