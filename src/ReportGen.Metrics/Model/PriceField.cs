namespace ReportGen.Metrics.Model;

/// <summary>Which daily price a <see cref="PriceSeries"/> holds. The two are never mixed in one calculation.</summary>
public enum PriceField
{
    /// <summary>Split- and dividend-adjusted close (Yahoo "Adj Close"): for total return, volatility and drawdown.</summary>
    AdjustedClose,

    /// <summary>Quoted close, split-adjusted only (Yahoo "Close"): for price levels, price return and market capitalization.</summary>
    Close,
}
