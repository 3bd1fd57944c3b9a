using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>A deterministic stress scenario: shock the N largest holdings by −X% and see what the universe loses.</summary>
public static class StressScenario
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "stress_scenario";

    /// <summary>Applies <paramref name="shock"/> to the <paramref name="n"/> largest holdings, holding every other member's price unchanged.</summary>
    /// <param name="holdings">Current weights (fractions summing to 1), one per member.</param>
    /// <param name="shock">The price change applied to each shocked holding, a fraction from −1 to 0 (−0.20 = each falls 20%).</param>
    /// <param name="n">How many of the largest holdings to shock, at least 1.</param>
    /// <param name="universeValueUsd">The universe's total value in USD (e.g. the sum of market capitalizations), or null to report the return impact only.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>The shocked holdings, their weight, the universe's return impact (fraction) and, if a value was given, its value before and after in USD.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shock"/> is outside −1 to 0, <paramref name="n"/> is below 1,
    /// or <paramref name="universeValueUsd"/> is not a positive finite number.</exception>
    /// <exception cref="ArgumentException">Weights are invalid (negative, duplicated, not summing to 1).</exception>
    /// <exception cref="InsufficientDataException">Fewer than <paramref name="n"/> members.</exception>
    /// <remarks>
    /// ΔR = X × Σ_{top N} w_i; V_after = V × (1 + ΔR). A first-order, no-contagion scenario: the rest of the universe is held flat.
    /// Source: CFA Institute curriculum, <i>Portfolio Management</i>, "Measuring and Managing Market Risk" (stress tests and
    /// hypothetical scenario analysis).
    /// </remarks>
    public static StressResult Apply(IReadOnlyList<Holding> holdings, double shock, int n, double? universeValueUsd, string universe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shock, -1.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shock, 0.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (universeValueUsd is { } v && (!(v > 0) || !double.IsFinite(v)))
        {
            throw new ArgumentOutOfRangeException(nameof(universeValueUsd), v, "expected a positive USD amount");
        }

        WeightRules.Require(Name, holdings, universe);
        if (holdings.Count < n)
        {
            throw new InsufficientDataException(Name, universe, $"at least {n} members to shock the top {n} (have {holdings.Count})");
        }

        var top = WeightRules.Largest(holdings, h => h.Weight, h => h.Ticker).Take(n).ToList();
        var weight = top.Sum(h => h.Weight);
        var impact = shock * weight;
        return new StressResult(universe, [.. top.Select(h => h.Ticker)], weight, shock, impact, universeValueUsd, universeValueUsd * (1 + impact));
    }
}
