namespace ReportGen.Metrics.Valuation;

/// <summary>One member's valuation multiple from a fundamentals snapshot, possibly missing.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="Value">The multiple as a plain ratio (40.0 = 40x), or null when the snapshot has none.</param>
public sealed record MultipleObservation(string Ticker, double? Value);
