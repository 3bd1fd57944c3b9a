using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>
/// The house stress scenario on a basket's own weights: the holdings named by the scenario (the largest by market
/// capitalization) fall by −X% while the basket is held in whatever weights it is reported in (equal or cap weights).
/// </summary>
public static class StressOnNamedHoldings
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "stress_on_named_holdings";

    /// <summary>Applies <paramref name="shock"/> to the named holdings, every other member's price unchanged.</summary>
    /// <param name="holdings">The basket's weights (fractions summing to 1), one per member: e.g. 1/N each for an equal-weight basket.</param>
    /// <param name="tickers">The holdings to shock, e.g. the three largest members by market capitalization; each must be a holding.</param>
    /// <param name="shock">The price change of each shocked holding, a fraction from −1 to 0 (−0.20 = each falls 20%).</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The shocked holdings (in the order given), their combined weight and the basket's return impact (fraction); no USD value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shock"/> is outside −1 to 0.</exception>
    /// <exception cref="ArgumentException">Weights are invalid (negative, duplicated, not summing to 1), no ticker is named, a ticker is named twice, or one is not a holding.</exception>
    /// <remarks>
    /// ΔR = X × Σ<sub>i ∈ named</sub> w<sub>i</sub>: first order, no contagion, as <see cref="StressScenario"/>, which picks the names by
    /// the basket's own weights; here they are given, so an equal-weight basket (all weights tied) is shocked in the same
    /// names as its cap-weighted counterpart. Source: CFA Institute curriculum, <i>Portfolio Management</i>, "Measuring and
    /// Managing Market Risk" (stress tests and hypothetical scenario analysis).
    /// </remarks>
    public static StressResult Apply(IReadOnlyList<Holding> holdings, IReadOnlyList<string> tickers, double shock, string universe)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        ArgumentOutOfRangeException.ThrowIfLessThan(shock, -1.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shock, 0.0);
        WeightRules.Require(Name, holdings, universe);
        if (tickers.Count == 0)
        {
            throw new ArgumentException($"{Name} for {universe}: name at least one holding to shock", nameof(tickers));
        }

        var weight = 0.0;
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tickers)
        {
            if (!named.Add(t))
            {
                throw new ArgumentException($"{Name} for {universe}: {t} is named twice", nameof(tickers));
            }

            weight += (holdings.FirstOrDefault(h => h.Ticker == t)
                ?? throw new ArgumentException($"{Name} for {universe}: {t} is not a holding", nameof(tickers))).Weight;
        }

        return new StressResult(universe, [.. tickers], weight, shock, shock * weight, null, null);
    }
}
