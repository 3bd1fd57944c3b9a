namespace ReportGen.Metrics.Catalogue;

/// <summary>The unit of a metric's headline value, so a formatter can refuse the wrong one (e.g. percent on USD).</summary>
public enum MetricUnit
{
    /// <summary>A fraction: 0.153 means 15.3% (returns, drawdowns, weights, shares).</summary>
    Fraction,

    /// <summary>A fraction per year: 0.32 means 32% a year (annualized return, annualized volatility).</summary>
    FractionPerYear,

    /// <summary>A difference of fractions: 0.052 means 5.2 percentage points (spreads, contributions).</summary>
    PercentagePoints,

    /// <summary>A plain statistic or ratio (beta, correlation, HHI).</summary>
    Ratio,

    /// <summary>A valuation multiple: 40.0 means 40x.</summary>
    Multiple,

    /// <summary>A level rebased to 100 at the start (relative-strength series).</summary>
    IndexLevel,

    /// <summary>A count, possibly fractional (effective number of holdings).</summary>
    Number,

    /// <summary>US dollars.</summary>
    Usd,

    /// <summary>A calendar date (milestone crossings).</summary>
    Date,
}
