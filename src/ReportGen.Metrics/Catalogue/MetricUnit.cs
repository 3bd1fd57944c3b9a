namespace ReportGen.Metrics.Catalogue;

/// <summary>
/// The one unit type of ReportGen: what a number measures, for a metric's headline value (<see cref="MetricInfo"/>), a
/// figure (<c>MetricValue</c>: formatters refuse the wrong one, e.g. percent on USD) and a chart axis (<c>ChartSpec</c>:
/// how ticks are labelled). Values are stored in the base unit named here; formatting decides how they are shown.
/// Member names are published (the <c>unit</c> column of <c>figures.csv</c>, <c>reportgen metrics</c>); do not rename them.
/// </summary>
public enum MetricUnit
{
    /// <summary>A fraction of 1, stored as such and shown as a percent: 0.153 means 15.3% (returns, volatility over a window,
    /// drawdowns, weights, shares, expense ratios). On a chart axis: ticks with a sign, "+15%", "-8%".</summary>
    Fraction,

    /// <summary>A fraction of 1 per year: 0.32 means 32% a year (annualized return, annualized volatility).</summary>
    FractionPerYear,

    /// <summary>A difference of two fractions, shown in percentage points (pp), not percent: 0.052 means 5.2 pp (spreads,
    /// contributions, dispersion). On a chart axis: "+5 pp".</summary>
    PercentagePoints,

    /// <summary>A dimensionless statistic or ratio, not a percent (beta, correlation, HHI on its 0-1 scale).</summary>
    Ratio,

    /// <summary>A valuation multiple such as a price/earnings ratio: 42.0 means 42x. On a chart axis: "35x".</summary>
    Multiple,

    /// <summary>A level rebased to 100 at the start of a window (relative strength, indexed performance): 115 means up 15%
    /// since the base. On a chart axis: "100", "115".</summary>
    IndexLevel,

    /// <summary>A plain count, possibly fractional (number of holdings, members, effective number of holdings), or a
    /// unitless number shown as such.</summary>
    Number,

    /// <summary>US dollars, never millions (market capitalization, AUM, net inflows). On a chart axis with a scale: "$4.2bn", "$1.5T".</summary>
    Usd,

    /// <summary>A calendar date (milestone crossings; a chart's time axis, stored as <see cref="DateOnly"/>, ticks on month or quarter starts).</summary>
    Date,

    /// <summary>Category labels on a chart axis (tickers, universes, periods): one tick per label; not a number.</summary>
    Category,
}
