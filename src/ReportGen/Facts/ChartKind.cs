namespace ReportGen.Facts;

/// <summary>The chart catalogue (DESIGN §6): what a <see cref="ChartSpec"/> draws and how its data is read.</summary>
public enum ChartKind
{
    /// <summary>Lines of value rebased to 100 on the first date, several series and usually a benchmark.</summary>
    IndexedPerformance,

    /// <summary>Lines of the spread over a benchmark, in percentage points, with a zero line.</summary>
    RelativePerformance,

    /// <summary>Underwater chart: the decline from the running peak, as a filled area at or below zero.</summary>
    Drawdown,

    /// <summary>Horizontal bars of returns sorted from best to worst, gains and losses in distinct colours.</summary>
    SortedReturns,

    /// <summary>Horizontal bars of each member's contribution to a universe's return (weight × return), sorted.</summary>
    Contribution,

    /// <summary>Vertical bars of net flows per period in USD, with the cumulative flow as a line.</summary>
    Flows,

    /// <summary>Vertical bars of market capitalization in USD, with milestone lines at $1T, $2T and so on.</summary>
    MarketCap,

    /// <summary>Horizontal bars of a valuation multiple (e.g. median P/E) per universe.</summary>
    Valuation,

    /// <summary>Scatter of annualized volatility (x) against return (y), one labelled point per security.</summary>
    RiskReturn,

    /// <summary>Lines of a universe's median trailing P/E and the rest of the S&amp;P 500's, one marked point per fundamentals snapshot.</summary>
    ValuationHistory,
}
