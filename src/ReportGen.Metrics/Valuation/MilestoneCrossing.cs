namespace ReportGen.Metrics.Valuation;

/// <summary>The first trading day a security's market capitalization closed at or above a threshold.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="ThresholdUsd">The threshold in USD (double), e.g. 1e12 for $1T.</param>
/// <param name="Date">The first trading day with market cap ≥ threshold.</param>
/// <param name="Close">The quoted close that day, in USD.</param>
/// <param name="MarketCapUsd">Shares outstanding × close that day, in USD.</param>
/// <param name="AtSeriesStart">True when the first close in the data is already above the threshold: the real crossing happened on or before <paramref name="Date"/>, so write "by", not "on".</param>
public sealed record MilestoneCrossing(string Ticker, double ThresholdUsd, DateOnly Date, double Close, double MarketCapUsd, bool AtSeriesStart);
