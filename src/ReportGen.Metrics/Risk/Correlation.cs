using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Risk;

/// <summary>Correlation: Pearson's correlation of a security's and its benchmark's daily total returns, over the trading days both have.</summary>
public static class Correlation
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "correlation";

    /// <summary>The fewest aligned daily returns a sample correlation is defined for.</summary>
    public const int MinimumReturns = 2;

    /// <summary>Correlation of <paramref name="security"/> with <paramref name="benchmark"/> over <paramref name="window"/>.</summary>
    /// <param name="security">Daily adjusted closes (<see cref="PriceField.AdjustedClose"/>) of the security, ascending.</param>
    /// <param name="benchmark">Daily adjusted closes of the benchmark, ascending.</param>
    /// <param name="window">The window, located on the security's series; the benchmark must have a close on the same base day.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>The correlation coefficient, a plain number from −1 to 1, with the number of aligned daily returns.</returns>
    /// <exception cref="ArgumentException">Either series is not adjusted closes.</exception>
    /// <exception cref="InsufficientDataException">As <see cref="Beta.For"/>, or either series' returns do not vary.</exception>
    /// <remarks>
    /// ρ = Cov(r_s, r_b) / (s_s × s_b), sample moments of simple daily returns between consecutive common trading days.
    /// Source: Bodie, Kane and Marcus, <i>Investments</i> (12th ed., McGraw-Hill), portfolio theory chapters (correlation coefficient
    /// ρ = Cov(r_1, r_2) / (σ_1 σ_2)); CFA Institute curriculum, <i>Quantitative Methods</i> (sample correlation).
    /// </remarks>
    public static SampleStatistic For(PriceSeries security, PriceSeries benchmark, ReturnWindow window, DateOnly asOf)
    {
        var (rs, rb, aligned) = PairedReturns.Build(Name, security, benchmark, window, asOf, MinimumReturns);
        var varS = Moments.SampleCovariance(rs, rs);
        var varB = Moments.SampleCovariance(rb, rb);
        if (!(varS > 0))
        {
            throw new InsufficientDataException(Name, security.Ticker, $"daily returns that vary (all {rs.Length} are equal)");
        }

        if (!(varB > 0))
        {
            throw new InsufficientDataException(Name, benchmark.Ticker, $"daily returns that vary (all {rb.Length} are equal)");
        }

        var rho = Moments.SampleCovariance(rs, rb) / Math.Sqrt(varS * varB);
        return new SampleStatistic(security.Ticker, benchmark.Ticker, Math.Clamp(rho, -1.0, 1.0), rs.Length, aligned.Dates[0], aligned.Dates[^1]);
    }
}
