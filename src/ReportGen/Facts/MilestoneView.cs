using ReportGen.Facts;

namespace ReportGen.Facts;

/// <summary>The highest market-capitalization milestone a security has crossed by the edition's as-of date (<c>s.milestone</c>).</summary>
/// <param name="Threshold">The milestone in USD (e.g. 4e12 for $4T).</param>
/// <param name="Date">The first trading day the estimated market cap closed at or above it.</param>
/// <param name="InPeriod">True when that first crossing fell inside the edition's period.</param>
public sealed record MilestoneView(MetricValue Threshold, DateOnly Date, bool InPeriod);
