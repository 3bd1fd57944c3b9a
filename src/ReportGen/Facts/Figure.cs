namespace ReportGen.Facts;

/// <summary>One number shown to a reader: its text as printed and the metric it came from. One row of <c>figures.csv</c>.</summary>
/// <param name="Id">1-based position on the page, in order of appearance.</param>
/// <param name="Text">The text as printed, e.g. "+15.3%".</param>
/// <param name="Value">The metric value behind the text.</param>
/// <param name="Citation">The citation text of its sources, e.g. "Yahoo Finance adjusted closes, Jun 30, 2026".</param>
public sealed record Figure(int Id, string Text, MetricValue Value, string Citation);
