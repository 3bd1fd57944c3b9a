using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>The effective number of holdings: how many equal-weight members would give the same concentration (1 / HHI).</summary>
public static class EffectiveHoldings
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = Catalogue.MetricNames.EffectiveNumberOfHoldings;

    /// <summary>N_eff = 1 / Σ w_i².</summary>
    /// <param name="holdings">Weights (fractions summing to 1), one per member.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>A number of holdings (not necessarily whole) from 1 to N; N exactly when weights are equal.</returns>
    /// <exception cref="ArgumentException">Weights are invalid (negative, duplicated, not summing to 1).</exception>
    /// <exception cref="InsufficientDataException">No members.</exception>
    /// <remarks>
    /// Source: Adelman, "Comment on the 'H' Concentration Measure as a Numbers-Equivalent", <i>Review of Economics and Statistics</i>
    /// 51(1), 1969 (1/H as the equivalent number of equal-sized firms); see <see cref="HerfindahlIndex"/>.
    /// </remarks>
    public static double Compute(IReadOnlyList<Holding> holdings, string universe) => 1 / HerfindahlIndex.Compute(holdings, universe);
}
