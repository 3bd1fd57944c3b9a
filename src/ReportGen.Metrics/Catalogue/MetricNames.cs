using System.Reflection;

namespace ReportGen.Metrics.Catalogue;

/// <summary>
/// The one vocabulary of metric names: the name every figure carries (<c>MetricValue.Metric</c>), as published in
/// <c>figures.csv</c>, in the page's figure attributes and in error messages. Views, template functions, charts and
/// <c>reportgen metrics</c> take their names from here; a name not listed here is drift (a test enforces it).
/// Names are lower snake_case, ordinal; a suffix names the window (<c>_12m</c> = trailing 12 months, <c>_ytd</c> = year to
/// date). Units are those of <see cref="MetricUnit"/>: fractions for returns and weights (0.153 = 15.3%).
/// </summary>
public static partial class MetricNames
{
    /// <summary>Total return over the edition's period, from adjusted closes (fraction).</summary>
    public const string TotalReturn = "total_return";

    /// <summary>Total return month to date (fraction).</summary>
    public const string TotalReturnMtd = "total_return_mtd";

    /// <summary>Total return quarter to date (fraction).</summary>
    public const string TotalReturnQtd = "total_return_qtd";

    /// <summary>Total return year to date (fraction).</summary>
    public const string TotalReturnYtd = "total_return_ytd";

    /// <summary>Total return over the trailing 12 calendar months (fraction).</summary>
    public const string TotalReturn12m = "total_return_12m";

    /// <summary>Total return from the close of a given date (template <c>since</c>) (fraction).</summary>
    public const string TotalReturnSince = "total_return_since";

    /// <summary>Total return from the close before a dated event to the close N trading sessions after it (template
    /// <c>after_event</c>) (fraction).</summary>
    public const string EventWindowReturn = "event_window_return";

    /// <summary>Equal-weight total return of a universe over an event window (template <c>after_event</c> on a universe's
    /// event) (fraction).</summary>
    public const string EqualWeightEventWindowReturn = "equal_weight_event_window_return";

    /// <summary>Price return over the edition's period, from quoted closes, dividends excluded (fraction).</summary>
    public const string PriceReturn = "price_return";

    /// <summary>Equal-weight total return of a universe over the edition's period (fraction).</summary>
    public const string EqualWeightReturn = "equal_weight_return";

    /// <summary>Equal-weight total return of a universe year to date (fraction).</summary>
    public const string EqualWeightReturnYtd = "equal_weight_return_ytd";

    /// <summary>Equal-weight total return of a universe over the trailing 12 months (fraction).</summary>
    public const string EqualWeightReturn12m = "equal_weight_return_12m";

    /// <summary>Equal-weight total return of a universe from the close of a given date (fraction).</summary>
    public const string EqualWeightReturnSince = "equal_weight_return_since";

    /// <summary>Equal-weight total return of a universe over the edition's period without its top contributor, the member with the highest return (fraction).</summary>
    public const string EqualWeightReturnExTop = "equal_weight_return_ex_top";

    /// <summary>The top contributor's contribution (its return / N) as a share of a universe's equal-weight return over the edition's period (fraction; 0.6 = 60% of the mean from one member).</summary>
    public const string TopContributionShare = "top_contribution_share";

    /// <summary>Number of a universe's members listed in data/universes.csv (count).</summary>
    public const string MemberCount = "member_count";

    /// <summary>Number of a universe's members whose period total return beat a benchmark's (count).</summary>
    public const string CountBeating = "count_beating";

    /// <summary>Median of a universe's members' period total returns (fraction).</summary>
    public const string MedianReturn = "median_return";

    /// <summary>Upper minus lower quartile of members' period total returns (percentage points as a fraction difference).</summary>
    public const string ReturnDispersion = "return_dispersion";

    /// <summary>Difference of two returns (template <c>spread</c>) (percentage points as a fraction difference).</summary>
    public const string Spread = "spread";

    /// <summary>Annualized volatility of daily total returns over the trailing 12 months (fraction per year).</summary>
    public const string AnnualizedVolatility12m = "annualized_volatility_12m";

    /// <summary>Maximum drawdown over the trailing 12 months (fraction, zero or negative).</summary>
    public const string MaxDrawdown12m = "max_drawdown_12m";

    /// <summary>As-of close against the trailing 12-month high (fraction, zero or negative).</summary>
    public const string CurrentDrawdown12m = "current_drawdown_12m";

    /// <summary>Beta of daily total returns to the benchmark over the trailing 12 months (ratio).</summary>
    public const string Beta12m = "beta_12m";

    /// <summary>Correlation of daily total returns with the benchmark over the trailing 12 months (ratio, −1 to 1).</summary>
    public const string Correlation12m = "correlation_12m";

    /// <summary>Whole-company market capitalization from the fundamentals snapshot (USD).</summary>
    public const string MarketCapitalization = "market_capitalization";

    /// <summary>Trailing price/earnings ratio from the fundamentals snapshot (multiple).</summary>
    public const string PriceToEarnings = "price_to_earnings";

    /// <summary>Highest whole-trillion market-cap threshold crossed by the as-of date (USD).</summary>
    public const string MarketCapMilestone = "market_cap_milestone";

    /// <summary>Number of a universe's members with a market cap in the fundamentals snapshot (count).</summary>
    public const string MembersWithMarketCap = "members_with_market_cap";

    /// <summary>Combined market capitalization of a universe's members (USD).</summary>
    public const string TotalMarketCapitalization = "total_market_capitalization";

    /// <summary>Combined market-cap weight of a universe's three largest members (fraction).</summary>
    public const string Top3Weight = "top_3_weight";

    /// <summary>Herfindahl-Hirschman index of market-cap weights, Σ w² (ratio, 1/N to 1). Templates read it as <c>u.hhi</c>.</summary>
    public const string HerfindahlIndex = "herfindahl_index";

    /// <summary>Effective number of holdings, 1 / HHI (count, possibly fractional). Templates read it as <c>u.effective_n</c>.</summary>
    public const string EffectiveNumberOfHoldings = "effective_number_of_holdings";

    /// <summary>A universe's combined market cap as a share of the S&amp;P 500's (fraction).</summary>
    public const string ShareOfSp500MarketCap = "share_of_sp500_market_cap";

    /// <summary>Median trailing P/E of a universe's members (multiple).</summary>
    public const string MedianPe = "median_pe";

    /// <summary>Median trailing P/E of the S&amp;P 500 companies outside a universe (multiple).</summary>
    public const string MedianPeRestOfIndex = "median_pe_rest_of_index";

    /// <summary>A set's median P/E over the rest of the index's, minus one (fraction; negative is a discount).</summary>
    public const string ValuationPremium = "valuation_premium";

    /// <summary>Change of <see cref="ValuationPremium"/> between two snapshots (percentage points).</summary>
    public const string ValuationPremiumChange = "valuation_premium_change";

    /// <summary>The fall in a set's median P/E, at unchanged earnings, that would bring it to the rest of the index's median:
    /// 1 − rest / set (fraction; defined only for a premium).</summary>
    public const string MultipleFallToRestMedian = "multiple_fall_to_rest_median";

    /// <summary>Fundamentals snapshots in a valuation history (count).</summary>
    public const string FundamentalsSnapshots = "fundamentals_snapshots";

    /// <summary>Longest stretch between two consecutive fundamentals snapshots (calendar days).</summary>
    public const string SnapshotGapDays = "snapshot_gap_days";

    /// <summary>Calendar days from the fundamentals snapshot in force to the edition's as-of date (count).</summary>
    public const string SnapshotAgeDays = "snapshot_age_days";

    /// <summary>How old a fundamentals snapshot may be and still be used (calendar days).</summary>
    public const string SnapshotMaxAgeDays = "snapshot_max_age_days";

    /// <summary>A set's members that are in a fundamentals snapshot (count).</summary>
    public const string MembersInSnapshot = "members_in_snapshot";

    /// <summary>A set's members without a positive P/E in a snapshot (count).</summary>
    public const string MembersWithoutPositivePe = "members_without_positive_pe";

    /// <summary>A set's members with a P/E above the rest of the index's median (count).</summary>
    public const string MembersAboveRestMedianPe = "members_above_rest_median_pe";

    /// <summary>A set's members with a P/E at least twice the rest of the index's median (count).</summary>
    public const string MembersAtTwiceRestMedianPe = "members_at_twice_rest_median_pe";

    /// <summary>S&amp;P 500 companies outside a set in a snapshot, one share class each (count).</summary>
    public const string RestOfIndexCompanies = "rest_of_index_companies";

    /// <summary>The stress scenario's shock to each of the largest holdings (fraction, negative).</summary>
    public const string StressShock = "stress_shock";

    /// <summary>How many holdings the stress scenario shocks (count).</summary>
    public const string StressHoldings = "stress_holdings";

    /// <summary>Combined market-cap weight of the shocked holdings (fraction).</summary>
    public const string StressShockedWeight = "stress_shocked_weight";

    /// <summary>The universe's return from the stress scenario (fraction).</summary>
    public const string StressUniverseImpact = "stress_universe_impact";

    /// <summary>The S&amp;P 500's return from the stress scenario (fraction).</summary>
    public const string StressIndexImpact = "stress_index_impact";

    /// <summary>Cap-weighted total return of a universe over the edition's period, weights from implied shares at the quarter start (fraction).</summary>
    public const string CapWeightReturnPeriod = "cap_weight_return";

    /// <summary>Cap-weighted total return year to date, weights reset at each quarter start (fraction).</summary>
    public const string CapWeightReturnYtd = "cap_weight_return_ytd";

    /// <summary>Cap-weighted total return over the trailing 12 months, weights reset at each quarter start (fraction).</summary>
    public const string CapWeightReturn12m = "cap_weight_return_12m";

    /// <summary>A member's market-cap weight in a cap-weighted basket at a cut-off (fraction).</summary>
    public const string CapWeight = "cap_weight";

    /// <summary>Members of a universe with a market capitalization for the cap-weighted basket (count).</summary>
    public const string CapWeightMembers = "cap_weight_members";

    /// <summary>The stress scenario's return impact on the equal-weight basket (fraction).</summary>
    public const string StressEqualWeightImpact = "stress_equal_weight_impact";

    /// <summary>The stress scenario's return impact on the cap-weighted basket at the edition's last close (fraction).</summary>
    public const string StressCapWeightImpact = "stress_cap_weight_impact";

    /// <summary>Change in the universe's combined market cap under the stress scenario (USD, negative).</summary>
    public const string StressValueChange = "stress_value_change";

    /// <summary>Annual expense ratio of a fund from its overview (fraction).</summary>
    public const string ExpenseRatio = "expense_ratio";

    /// <summary>Fee drag over one year at the expense ratio (fraction).</summary>
    public const string FeeDrag12m = "fee_drag_12m";

    /// <summary>Net inflows of a fund over the edition's period (USD, negative = outflows).</summary>
    public const string NetInflows = "net_inflows";

    /// <summary>The largest net inflows of a fund in any earlier period of the edition's kind that its flow data covers whole (USD).</summary>
    public const string NetInflowsPriorHigh = "net_inflows_prior_high";

    /// <summary>How many earlier periods of the edition's kind a fund's flow data covers whole (count), the base of <see cref="NetInflowsPriorHigh"/>.</summary>
    public const string NetInflowsPriorPeriods = "net_inflows_prior_periods";

    /// <summary>Annualized total return (CAGR) over the trailing 36 months to the as-of date (fraction per year, geometric:
    /// (1 + R)^(1/Y) − 1 with Y in calendar days / 365.25; see <c>AnnualizedReturn</c>).</summary>
    public const string AnnualizedReturn3y = "annualized_return_3y";

    /// <summary>Highest quoted daily close of the 52 weeks to the as-of date (USD; closes, not intraday highs).</summary>
    public const string FiftyTwoWeekHigh = "fifty_two_week_high";

    /// <summary>Lowest quoted daily close of the 52 weeks to the as-of date (USD; closes, not intraday lows).</summary>
    public const string FiftyTwoWeekLow = "fifty_two_week_low";

    /// <summary>Where the latest close sits in the 52-week closing range: (last − low) / (high − low), 0 at the low, 1 at the high (fraction).</summary>
    public const string FiftyTwoWeekPosition = "fifty_two_week_position";
    /// <summary>The 10-year US Treasury yield, monthly average (fraction), from a monthly macro series (Shiller's
    /// <c>Long Interest Rate</c>, FRED GS10).</summary>
    public const string TenYearYield = "ten_year_yield";

    /// <summary>The S&amp;P 500's cyclically adjusted P/E (Shiller CAPE, <c>PE10</c>): the index price over the ten-year average
    /// of inflation-adjusted earnings (multiple).</summary>
    public const string Cape = "cape";

    /// <summary>The S&amp;P 500's trailing twelve-month earnings per index share (USD), from Shiller's monthly series.</summary>
    public const string IndexEarnings = "index_earnings";

    /// <summary>A fund's assets under management (USD): shares outstanding times price, from the AUM estimates or a fund
    /// overview.</summary>
    public const string AssetsUnderManagement = "assets_under_management";

    /// <summary>The median member's period total return minus the edition benchmark's (percentage points).</summary>
    public const string MedianGap = "median_gap";

    /// <summary>Members of a universe with 12 months of adjusted closes (count): the base of the year-long counts.</summary>
    public const string MembersWith12m = "members_with_12m";

    /// <summary>Members whose trailing 12-month total return is above the edition benchmark's (count).</summary>
    public const string CountBeating12m = "count_beating_12m";

    /// <summary>Median trailing 12-month total return of the members with 12 months of closes (fraction).</summary>
    public const string MedianReturn12m = "median_return_12m";

    /// <summary>Median distance of the members' as-of close below their 12-month high (fraction, zero or negative).</summary>
    public const string MedianCurrentDrawdown = "median_current_drawdown";

    /// <summary>Members whose 12-month annualized volatility is above the edition benchmark's (count).</summary>
    public const string CountMoreVolatile = "count_more_volatile";

    /// <summary>Members whose 12-month return per unit of risk is above the edition benchmark's (count).</summary>
    public const string CountBetterReturnPerRisk = "count_better_return_per_risk";

    /// <summary>Trailing 12-month total return over 12-month annualized volatility (a ratio; see <c>ReturnPerRisk</c>).</summary>
    public const string ReturnPerRisk12m = "return_per_risk";

    /// <summary>A member's place in its universe by period total return, 1 for the highest (count).</summary>
    public const string Rank = "rank";

    /// <summary>What a fund's expense ratio takes from $10,000 held for a year (USD).</summary>
    public const string CostPer10000Usd = "cost_per_10000_usd";

    /// <summary>The holding a yearly fund cost is stated for, $10,000 (USD; a convention of the notes).</summary>
    public const string CostBasisUsd = "cost_basis_usd";

    /// <summary>Every name above and in the other parts of this class, ordinal-sorted.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. typeof(MetricNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal),
    ];
}
