using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>The Herfindahl-Hirschman index of a universe's weights: the sum of squared weights, a measure of concentration.</summary>
public static class HerfindahlIndex
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = Catalogue.MetricNames.HerfindahlIndex;

    /// <summary>HHI = Σ w_i² with weights as fractions.</summary>
    /// <param name="holdings">Weights (fractions summing to 1), one per member.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>A plain number from 1/N (equal weights) to 1 (one holding). Multiply by 10,000 for the antitrust scale, where weights are percentages.</returns>
    /// <exception cref="ArgumentException">Weights are invalid (negative, duplicated, not summing to 1).</exception>
    /// <exception cref="InsufficientDataException">No members.</exception>
    /// <remarks>
    /// Source: U.S. Department of Justice and Federal Trade Commission, <i>Merger Guidelines</i> (2023), the
    /// HHI definition (sum of squared market shares; here on a 0-1 scale instead of 0-10,000).
    /// </remarks>
    public static double Compute(IReadOnlyList<Holding> holdings, string universe)
    {
        WeightRules.Require(Name, holdings, universe);
        return holdings.Sum(h => h.Weight * h.Weight);
    }
}
