using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Risk;

/// <summary>Relative performance: how many percentage points a security's return beat (or lagged) its benchmark's.</summary>
public static class RelativeReturnSpread
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "relative_return";

    /// <summary>Return spread of <paramref name="security"/> over <paramref name="benchmark"/> for <paramref name="window"/>.</summary>
    /// <param name="security">Daily prices of the security, ascending: adjusted closes for a total-return spread, closes for a price-return spread.</param>
    /// <param name="benchmark">Daily prices of the benchmark, of the same <see cref="PriceField"/>.</param>
    /// <param name="window">The holding period (see <see cref="ReturnWindow"/>).</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>The spread as a fraction difference (percentage points / 100), the ratio, and both returns.</returns>
    /// <exception cref="ArgumentException">The two series hold different price fields.</exception>
    /// <exception cref="InsufficientDataException">Either return cannot be computed (see <see cref="TotalReturn.For"/>), or the two returns
    /// are not measured between the same two trading days (a missing close in one series).</exception>
    /// <remarks>
    /// Spread = R_s − R_b; Ratio = (1 + R_s) / (1 + R_b). Source: Bacon, <i>Practical Portfolio Performance Measurement and
    /// Attribution</i> (2nd ed., Wiley 2008), "excess return" (arithmetic excess return R_s − R_b and geometric excess return (1 + R_s)/(1 + R_b) − 1).
    /// </remarks>
    public static RelativeSpreadResult For(PriceSeries security, PriceSeries benchmark, ReturnWindow window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(security);
        ArgumentNullException.ThrowIfNull(benchmark);
        if (security.Field != benchmark.Field)
        {
            throw new ArgumentException($"{Name} for {security.Ticker}: both series must hold the same price field, got {security.Field} and {benchmark.Field} ({benchmark.Ticker})", nameof(benchmark));
        }

        var metric = security.Field == PriceField.AdjustedClose ? TotalReturn.Name : PriceReturn.Name;
        var rs = PeriodReturn.Compute(metric, security, window, asOf);
        var rb = PeriodReturn.Compute(metric, benchmark, window, asOf);
        if (rs.StartDate != rb.StartDate || rs.EndDate != rb.EndDate)
        {
            var missing = rs.StartDate != rb.StartDate ? (rs.StartDate > rb.StartDate ? benchmark.Ticker : security.Ticker)
                : (rs.EndDate > rb.EndDate ? benchmark.Ticker : security.Ticker);
            throw new InsufficientDataException(Name, missing,
                $"closes on the same trading days as its pair for {window}: {security.Ticker} runs {WindowLocator.Iso(rs.StartDate)} to {WindowLocator.Iso(rs.EndDate)}, {benchmark.Ticker} {WindowLocator.Iso(rb.StartDate)} to {WindowLocator.Iso(rb.EndDate)}");
        }

        return new RelativeSpreadResult(security.Ticker, benchmark.Ticker, rs.Value - rb.Value, (1 + rs.Value) / (1 + rb.Value), rs, rb);
    }
}
