using ReportGen.Metrics.Model;

namespace ReportGen.Data;

/// <summary>Every daily price series loaded for one ticker, each with the data set it came from. Each field comes from
/// exactly one file.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="AdjustedClose">Adjusted closes in USD per share, split- and dividend-adjusted (total return basis), or null
/// when no file gives them.</param>
/// <param name="AdjustedCloseSource">Data set id of <paramref name="AdjustedClose"/>.</param>
/// <param name="Close">Quoted closes in USD per share, split-adjusted only (price levels, market cap), or null.</param>
/// <param name="CloseSource">Data set id of <paramref name="Close"/>.</param>
public sealed record SecurityPrices(string Ticker, PriceSeries? AdjustedClose, string? AdjustedCloseSource, PriceSeries? Close, string? CloseSource)
{
    /// <summary>Quoted open, high, low and volume, or null when no file gives any of them.</summary>
    public DailyBars? Bars { get; init; }

    /// <summary>Data set id of <see cref="Bars"/>.</summary>
    public string? BarsSource { get; init; }
}
