using ReportGen.Facts;

namespace ReportGen.Inspection;

/// <summary>One figure a template can print, or why it cannot.</summary>
/// <param name="Name">The name a template uses, e.g. <c>period_return</c> (as in <c>u.period_return</c>).</param>
/// <param name="Value">The value with unit, inputs, sources and as-of date; null when it cannot be computed.</param>
/// <param name="Error">Why it cannot be computed (e.g. insufficient data); null when <paramref name="Value"/> is set.</param>
public sealed record MetricRow(string Name, MetricValue? Value, string? Error);
