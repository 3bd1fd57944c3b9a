using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Risk;

/// <summary>The relative-strength ratio series: a security's price relative to its benchmark's, rebased to 100 at the window's base close.</summary>
public static class RelativeStrength
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "relative_strength";

    /// <summary>RS_t = 100 × (P_s,t / P_s,0) / (P_b,t / P_b,0) on every trading day both series have, from the base close to the as-of date.</summary>
    /// <param name="security">Daily prices of the security, ascending (adjusted closes for total-return strength, closes for price strength).</param>
    /// <param name="benchmark">Daily prices of the benchmark, of the same <see cref="PriceField"/>.</param>
    /// <param name="window">The window, located on the security's series; the benchmark must have a close on the same base day.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>Dates and ratio values, ascending; the first is 100. A rising line means the security is outperforming.</returns>
    /// <exception cref="ArgumentException">The two series hold different price fields.</exception>
    /// <exception cref="InsufficientDataException">The window cannot be located on the security, the benchmark lacks the base close, or either
    /// series misses closes for more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days.</exception>
    /// <remarks>
    /// The last value equals 100 × (1 + R_s) / (1 + R_b) (see <see cref="RelativeReturnSpread"/>). Source: Murphy, <i>Technical Analysis of
    /// the Financial Markets</i> (New York Institute of Finance, 1999), relative strength (ratio) analysis: the ratio of a stock's price to a
    /// benchmark's, here rebased so the base close is 100.
    /// </remarks>
    public static IReadOnlyList<(DateOnly Date, double Value)> Series(PriceSeries security, PriceSeries benchmark, ReturnWindow window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(security);
        ArgumentNullException.ThrowIfNull(benchmark);
        if (security.Field != benchmark.Field)
        {
            throw new ArgumentException($"{Name} for {security.Ticker}: both series must hold the same price field, got {security.Field} and {benchmark.Field} ({benchmark.Ticker})", nameof(benchmark));
        }

        var aligned = AlignedCloses.Build(Name, security, benchmark, window, asOf);
        var result = new (DateOnly, double)[aligned.Dates.Length];
        double s0 = aligned.Security[0], b0 = aligned.Benchmark[0];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (aligned.Dates[i], 100 * (aligned.Security[i] / s0) / (aligned.Benchmark[i] / b0));
        }

        return result;
    }
}
