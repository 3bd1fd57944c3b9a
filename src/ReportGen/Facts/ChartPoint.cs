namespace ReportGen.Facts;

/// <summary>One labelled point of a scatter chart.</summary>
/// <param name="Label">The name drawn beside the point, e.g. a ticker.</param>
/// <param name="X">Horizontal value, finite, in the chart's x unit (annualized volatility as a fraction for risk/return).</param>
/// <param name="Y">Vertical value, finite, in the chart's y unit (return as a fraction for risk/return).</param>
/// <param name="IsBenchmark">True for the benchmark's point, drawn grey with a distinct marker.</param>
public sealed record ChartPoint(string Label, double X, double Y, bool IsBenchmark = false);
