using ReportGen.Metrics.Model;

namespace ReportGen.Inspection;

/// <summary>Every figure of one security or universe in one period, as of that period's last trading day.</summary>
/// <param name="Subject">The ticker or universe name.</param>
/// <param name="Kind"><c>security</c> or <c>universe</c>.</param>
/// <param name="Period">The period.</param>
/// <param name="AsOf">The as-of date used: the last trading day on or before the period's end.</param>
/// <param name="Rows">The figures, in the view's declaration order.</param>
public sealed record MetricReport(string Subject, string Kind, Period Period, DateOnly AsOf, IReadOnlyList<MetricRow> Rows);
