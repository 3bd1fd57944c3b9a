using ReportGen.Metrics.Model;

namespace ReportGen.Data;

/// <summary>Every daily price series loaded for one ticker, each with the data set it came from.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="AdjustedClose">Adjusted closes (total return basis), or null when no file gives them.</param>
/// <param name="AdjustedCloseSource">Data set id of <paramref name="AdjustedClose"/>.</param>
/// <param name="Close">Quoted closes (price levels, market cap), or null.</param>
/// <param name="CloseSource">Data set id of <paramref name="Close"/>.</param>
public sealed record SecurityPrices(string Ticker, PriceSeries? AdjustedClose, string? AdjustedCloseSource, PriceSeries? Close, string? CloseSource);
