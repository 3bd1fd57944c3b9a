namespace ReportGen.Metrics.Model;

/// <summary>A security's market capitalization on one trading day.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="Date">The trading day of the close it was computed from.</param>
/// <param name="Usd">Market capitalization in USD, as a double (e.g. 4.2e12 for $4.2T): shares outstanding × quoted close.</param>
public sealed record MarketCap(string Ticker, DateOnly Date, double Usd);
