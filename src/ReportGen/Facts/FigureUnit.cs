namespace ReportGen.Facts;

/// <summary>The unit of a <see cref="MetricValue"/>. Formatters check it, so a USD amount cannot be printed as a percent.</summary>
public enum FigureUnit
{
    /// <summary>A fraction of 1: 0.153 means 15.3% (returns, volatility, drawdown, weights, expense ratios).</summary>
    Fraction,

    /// <summary>A difference between two fractions, shown in percentage points: 0.052 means 5.2 pp.</summary>
    PercentagePoints,

    /// <summary>US dollars (market capitalization, AUM, net inflows).</summary>
    Usd,

    /// <summary>A multiple such as a P/E ratio: 42.0 means 42x.</summary>
    Multiple,

    /// <summary>A plain count or ratio without unit (number of holdings, effective N, beta).</summary>
    Number,
}
