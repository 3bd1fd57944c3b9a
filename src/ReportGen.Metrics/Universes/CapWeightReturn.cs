using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Universes;

/// <summary>Return of a universe held in market-capitalization weights set at the start of the period (no rebalancing inside it).</summary>
public static class CapWeightReturn
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "cap_weight_return";

    /// <summary>R_CW = Σ w_i R_i with w_i = MC_i / Σ MC_j at the period's base close.</summary>
    /// <param name="memberReturns">Each member's return over the period (total return from adjusted closes, or price return), same trading days.</param>
    /// <param name="startMarketCaps">Each member's market capitalization in USD on its return's <see cref="PeriodReturn.StartDate"/> (the base close).</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The universe's return as a fraction (0.153 = +15.3%).</returns>
    /// <exception cref="InsufficientDataException">No members; members' returns span different trading days (named); a member has no market
    /// capitalization, or one dated other than its base close
    /// (weights must not look ahead); or a market capitalization is not positive.</exception>
    /// <exception cref="ArgumentException">A ticker appears twice, or a market capitalization belongs to no member.</exception>
    /// <remarks>
    /// Buy-and-hold from start-of-period market-cap weights, so the result equals the change in total market value when returns are
    /// price returns. Source: S&amp;P Dow Jones Indices, <i>Index Mathematics Methodology</i>, "Market Capitalization Weighted Indices".
    /// </remarks>
    public static double Compute(IReadOnlyList<PeriodReturn> memberReturns, IReadOnlyList<MarketCap> startMarketCaps, string universe)
    {
        ArgumentNullException.ThrowIfNull(memberReturns);
        ArgumentNullException.ThrowIfNull(startMarketCaps);
        if (memberReturns.Count == 0)
        {
            throw new InsufficientDataException(Name, universe, "at least one member with a return for the period");
        }

        var caps = new List<MarketCap>(memberReturns.Count);
        var first = memberReturns[0];
        foreach (var r in memberReturns)
        {
            if (r.StartDate != first.StartDate || r.EndDate != first.EndDate)
            {
                throw new InsufficientDataException(Name, r.Ticker,
                    $"a return from {WindowLocator.Iso(first.StartDate)} to {WindowLocator.Iso(first.EndDate)} like {first.Ticker} (have {WindowLocator.Iso(r.StartDate)} to {WindowLocator.Iso(r.EndDate)})");
            }

            var mc = startMarketCaps.FirstOrDefault(m => m.Ticker == r.Ticker)
                ?? throw new InsufficientDataException(Name, r.Ticker, $"a market capitalization on {WindowLocator.Iso(r.StartDate)}, its base close (it is a member of {universe})");
            if (mc.Date != r.StartDate)
            {
                throw new InsufficientDataException(Name, r.Ticker,
                    $"a market capitalization on {WindowLocator.Iso(r.StartDate)}, its base close (have one on {WindowLocator.Iso(mc.Date)})");
            }

            caps.Add(mc);
        }

        var extra = startMarketCaps.FirstOrDefault(m => !memberReturns.Any(r => r.Ticker == m.Ticker));
        if (extra is not null)
        {
            throw new ArgumentException($"{Name} for {universe}: {extra.Ticker} has a market capitalization but no return", nameof(startMarketCaps));
        }

        var weights = MarketCapWeights.Compute(caps, universe);
        return ContributionToReturn.Compute(weights, memberReturns, universe).Sum(c => c.Value);
    }
}
