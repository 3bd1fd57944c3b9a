using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>Market-capitalization weights: each member's share of the universe's total market capitalization.</summary>
public static class MarketCapWeights
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "market_cap_weights";

    /// <summary>w_i = MC_i / Σ MC_j from market capitalizations on one day (normally the base close of the period).</summary>
    /// <param name="marketCaps">One market capitalization per member, in USD; all on the same date.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>One <see cref="Holding"/> per member, largest first (ties by ticker), weights as fractions summing to 1.</returns>
    /// <exception cref="InsufficientDataException">No members, or a member's market capitalization is not a positive finite number (named).</exception>
    /// <exception cref="ArgumentException">The market capitalizations are on different dates, or a ticker appears twice.</exception>
    /// <remarks>
    /// Source: S&amp;P Dow Jones Indices, <i>Index Mathematics Methodology</i>, "Market Capitalization Weighted Indices"
    /// (index level = Σ P_i × Q_i / divisor, so each stock's weight is its share of total market value). Float adjustment is not applied.
    /// </remarks>
    public static IReadOnlyList<Holding> Compute(IReadOnlyList<MarketCap> marketCaps, string universe)
    {
        ArgumentNullException.ThrowIfNull(marketCaps);
        if (marketCaps.Count == 0)
        {
            throw new InsufficientDataException(Name, universe, "at least one member with a market capitalization");
        }

        var total = 0.0;
        foreach (var mc in marketCaps)
        {
            if (!(mc.Usd > 0) || !double.IsFinite(mc.Usd))
            {
                throw new InsufficientDataException(Name, mc.Ticker, $"a positive market capitalization on {WindowLocator.Iso(mc.Date)} (got {mc.Usd.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
            }

            if (mc.Date != marketCaps[0].Date)
            {
                throw new ArgumentException($"{Name} for {universe}: market capitalizations must share one date; {mc.Ticker} is on {WindowLocator.Iso(mc.Date)}, {marketCaps[0].Ticker} on {WindowLocator.Iso(marketCaps[0].Date)}", nameof(marketCaps));
            }

            total += mc.Usd;
        }

        var result = WeightRules.Largest(marketCaps, m => m.Usd, m => m.Ticker).Select(m => new Holding(m.Ticker, m.Usd / total)).ToList();
        WeightRules.Require(Name, result, universe);
        return result;
    }
}
