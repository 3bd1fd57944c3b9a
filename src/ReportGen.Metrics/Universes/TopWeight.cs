using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>Concentration as the combined weight of a universe's N largest holdings ("the top 10 make up 38% of the index").</summary>
public static class TopWeight
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "top_weight";

    /// <summary>Sum of the <paramref name="n"/> largest weights.</summary>
    /// <param name="holdings">Weights (fractions summing to 1), one per member.</param>
    /// <param name="n">How many of the largest holdings to add, at least 1.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>A fraction of the universe from 0 to 1 (0.38 = 38%).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is below 1.</exception>
    /// <exception cref="ArgumentException">Weights are invalid (negative, duplicated, not summing to 1).</exception>
    /// <exception cref="InsufficientDataException">The universe has fewer than <paramref name="n"/> members.</exception>
    /// <remarks>
    /// Top-N weight = Σ_{i ≤ N} w_(i), weights in descending order: the N-firm concentration ratio (CR_N) of industrial
    /// economics applied to index weights. Source: the concentration ratios of the U.S. Census Bureau's Economic Census
    /// (share of the 4, 8, 20 and 50 largest firms), here with index weights in place of market shares.
    /// </remarks>
    public static double Compute(IReadOnlyList<Holding> holdings, int n, string universe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        WeightRules.Require(Name, holdings, universe);
        if (holdings.Count < n)
        {
            throw new InsufficientDataException(Name, universe, $"at least {n} members for a top-{n} weight (have {holdings.Count})");
        }

        return WeightRules.Largest(holdings, h => h.Weight, h => h.Ticker).Take(n).Sum(h => h.Weight);
    }
}
