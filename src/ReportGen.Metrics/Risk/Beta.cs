using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Risk;

/// <summary>Beta: the sensitivity of a security's daily total returns to its benchmark's, over the trading days both have.</summary>
public static class Beta
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "beta";

    /// <summary>The fewest aligned daily returns a sample covariance is defined for.</summary>
    public const int MinimumReturns = 2;

    /// <summary>Beta of <paramref name="security"/> to <paramref name="benchmark"/> over <paramref name="window"/>.</summary>
    /// <param name="security">Daily adjusted closes (<see cref="PriceField.AdjustedClose"/>) of the security, ascending.</param>
    /// <param name="benchmark">Daily adjusted closes of the benchmark (e.g. <c>SPY</c>), ascending.</param>
    /// <param name="window">The window, located on the security's series; the benchmark must have a close on the same base day.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>Beta as a plain ratio (1.8 = moves 1.8% for each 1% of the benchmark), with the number of aligned daily returns.</returns>
    /// <exception cref="ArgumentException">Either series is not adjusted closes.</exception>
    /// <exception cref="InsufficientDataException">The window cannot be located on the security; the benchmark has no close on the base day;
    /// either series misses closes for more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days (named in the message);
    /// fewer than <see cref="MinimumReturns"/> aligned returns; or the benchmark's returns do not vary.</exception>
    /// <remarks>
    /// β = Cov(r_s, r_b) / Var(r_b), sample moments of simple daily returns taken between consecutive trading days present in both
    /// series (the slope of the least-squares regression of r_s on r_b). Source: Bodie, Kane and Marcus, <i>Investments</i>
    /// (12th ed., McGraw-Hill), ch. 8 "Index Models" (the single-index model, β_i = Cov(r_i, r_M) / σ²_M).
    /// </remarks>
    public static SampleStatistic For(PriceSeries security, PriceSeries benchmark, ReturnWindow window, DateOnly asOf)
    {
        var (rs, rb, aligned) = PairedReturns.Build(Name, security, benchmark, window, asOf, MinimumReturns);
        var varB = Moments.SampleCovariance(rb, rb);
        if (!(varB > 0))
        {
            throw new InsufficientDataException(Name, benchmark.Ticker, $"daily returns that vary (all {rb.Length} are equal)");
        }

        return new SampleStatistic(security.Ticker, benchmark.Ticker, Moments.SampleCovariance(rs, rb) / varB, rs.Length, aligned.Dates[0], aligned.Dates[^1]);
    }
}
