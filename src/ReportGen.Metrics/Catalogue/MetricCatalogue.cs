using ReportGen.Metrics.Flows;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Risk;
using ReportGen.Metrics.Universes;
using ReportGen.Metrics.Valuation;

namespace ReportGen.Metrics.Catalogue;

/// <summary>Every metric formula the engine computes, with its unit and source. The names figures carry (and so
/// <c>figures.csv</c>, <c>reportgen metrics</c> and error messages) come from <see cref="MetricNames"/>; a formula whose figure is
/// published under one name (herfindahl_index, effective_number_of_holdings, market_capitalization) takes that name from there.</summary>
public static class MetricCatalogue
{
    private const string SpdjiRef = "S&P Dow Jones Indices, Index Mathematics Methodology";
    private const string CfaRef = "CFA Institute curriculum, Quantitative Methods; GIPS 2020";
    private const string BkmRef = "Bodie, Kane and Marcus, Investments (12th ed.)";
    private const string BaconRef = "Bacon, Practical Portfolio Performance Measurement and Attribution (2nd ed.)";

    /// <summary>All metrics, ordered by area then name (ordinal).</summary>
    public static IReadOnlyList<MetricInfo> All { get; } =
    [
        .. new MetricInfo[]
        {
            new(TotalReturn.Name, "Returns", MetricUnit.Fraction, "Change in adjusted close, dividends reinvested, over a window.", SpdjiRef),
            new(PriceReturn.Name, "Returns", MetricUnit.Fraction, "Change in quoted close, dividends excluded, over a window.", SpdjiRef),
            new(EventWindowReturn.Name, "Returns", MetricUnit.Fraction, "Total return from the close before an event to the close N sessions after it.", "MacKinlay, Journal of Economic Literature 35(1), 1997"),
            new(AnnualizedReturn.Name, "Returns", MetricUnit.FractionPerYear, "Compound annual growth rate of total return over at least a year.", CfaRef),
            new(AnnualizedVolatility.Name, "Risk", MetricUnit.FractionPerYear, "Sample standard deviation of daily total returns times the square root of 252.", CfaRef),
            new(MaxDrawdown.Name, "Risk", MetricUnit.Fraction, "Largest peak-to-trough fall of adjusted closes, with dates.", BaconRef),
            new(CurrentDrawdown.Name, "Risk", MetricUnit.Fraction, "Latest adjusted close against the window's high.", BaconRef),
            new(Beta.Name, "Risk", MetricUnit.Ratio, "Sensitivity of daily total returns to the benchmark's.", BkmRef),
            new(ReturnPerRisk.Name, "Risk", MetricUnit.Ratio, "Total return over a year divided by its annualized volatility (Sharpe ratio without the risk-free rate).", "Sharpe, Journal of Portfolio Management 21(1), 1994"),
            new(Correlation.Name, "Risk", MetricUnit.Ratio, "Pearson correlation of daily total returns with the benchmark's.", BkmRef),
            new(FiftyTwoWeekRange.Name, "Risk", MetricUnit.Fraction, "52-week closing high and low, and the distance from each.", "George and Hwang, Journal of Finance 59(5), 2004"),
            new(RelativeReturnSpread.Name, "Risk", MetricUnit.PercentagePoints, "Return minus the benchmark's return.", BaconRef),
            new(RelativeStrength.Name, "Risk", MetricUnit.IndexLevel, "Price relative to the benchmark, rebased to 100.", "Murphy, Technical Analysis of the Financial Markets"),
            new(EqualWeights.Name, "Universes", MetricUnit.Fraction, "Weights of 1/N per member.", "S&P Dow Jones Indices, Equal Weight Indexing"),
            new(MarketCapWeights.Name, "Universes", MetricUnit.Fraction, "Each member's share of total market capitalization.", SpdjiRef),
            new(EqualWeightReturn.Name, "Universes", MetricUnit.Fraction, "Mean of member returns: equal weights held through the period.", "S&P Dow Jones Indices, Equal Weight Indexing"),
            new(CapWeightReturn.Name, "Universes", MetricUnit.Fraction, "Member returns weighted by start-of-period market capitalization.", SpdjiRef),
            new(CapWeightRebalanced.Name, "Universes", MetricUnit.Fraction, "Member returns weighted by market capitalization (implied shares x quoted close) at each quarter start, chained.", SpdjiRef),
            new(ContributionToReturn.Name, "Universes", MetricUnit.PercentagePoints, "Each member's weight times return; they sum to the universe return.", BaconRef),
            new(TopContributor.Name, "Universes", MetricUnit.Fraction, "The member with the largest contribution to an equal-weight return, its share of it, and the mean of the others.", BaconRef),
            new(TopHoldingsShareOfReturn.Name, "Universes", MetricUnit.Fraction, "Share of the universe return from its N largest holdings.", BaconRef),
            new(TopWeight.Name, "Universes", MetricUnit.Fraction, "Combined weight of the N largest holdings.", "U.S. Census Bureau concentration ratios"),
            new(HerfindahlIndex.Name, "Universes", MetricUnit.Ratio, "Sum of squared weights (0-1 scale).", "U.S. DoJ and FTC, Merger Guidelines (2023)"),
            new(EffectiveHoldings.Name, "Universes", MetricUnit.Number, "1 / HHI: equal-weight holdings with the same concentration.", "Adelman, Review of Economics and Statistics 51(1), 1969"),
            new(ReturnDispersion.Name, "Universes", MetricUnit.PercentagePoints, "Median, quartiles and top-minus-bottom quartile spread of member returns.", "Hyndman and Fan, The American Statistician 50(4), 1996"),
            new(StressScenario.Name, "Universes", MetricUnit.Fraction, "Universe return from a shock to its N largest holdings.", "CFA Institute curriculum, Portfolio Management (stress testing)"),
            new(StressOnNamedHoldings.Name, "Universes", MetricUnit.Fraction, "Basket return from a shock to named holdings, in the basket's own weights.", "CFA Institute curriculum, Portfolio Management (stress testing)"),
            new(MarketCapitalization.Name, "Valuation", MetricUnit.Usd, "Shares outstanding times quoted close.", SpdjiRef),
            new(MarketCapMilestones.Name, "Valuation", MetricUnit.Date, "First close at or above $1T, $2T, ... of market capitalization.", SpdjiRef),
            new(MedianMultiple.Name, "Valuation", MetricUnit.Multiple, "Median multiple of members with a positive one.", "Damodaran, Investment Valuation (3rd ed.)"),
            new(ValuationPremium.Name, "Valuation", MetricUnit.Fraction, "Median P/E of a set over the median of the rest of the index, minus one; its change in percentage points.", "Damodaran, Investment Valuation (3rd ed.), Relative Valuation"),
            new(NetInflows.Name, "Flows", MetricUnit.Usd, "Daily net flows summed over a window.", "Investment Company Institute, ETF net issuance"),
            new(NetInflowsShareOfAum.Name, "Flows", MetricUnit.Fraction, "Net inflows over AUM at the window's start.", "Organic growth rate (net new money / starting AUM)"),
            new(NetInflowsPriorHigh.Name, "Flows", MetricUnit.Usd, "Largest net inflows of any earlier whole period of the same kind in the flow data.", "Investment Company Institute, ETF net issuance"),
            new(FeeDrag.Name, "Flows", MetricUnit.Fraction, "Value an expense ratio takes over a holding period in calendar days.", "SEC Form N-1A, Item 3"),
        }.OrderBy(m => m.Area, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal),
    ];

    /// <summary>The metric called <paramref name="name"/>, or null.</summary>
    /// <param name="name">A metric name, e.g. <c>total_return</c> (ordinal, case-sensitive).</param>
    /// <returns>Its entry, or null when there is no such metric.</returns>
    public static MetricInfo? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
