using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Risk;

/// <summary>Annualized volatility: the sample standard deviation of daily simple total returns, scaled by √252.</summary>
public static class AnnualizedVolatility
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "annualized_volatility";

    /// <summary>Trading days per year used to annualize a daily standard deviation.</summary>
    public const int TradingDaysPerYear = 252;

    /// <summary>The fewest daily returns a sample standard deviation is defined for.</summary>
    public const int MinimumReturns = 2;

    /// <summary>Annualized volatility of daily total returns over <paramref name="window"/>.</summary>
    /// <param name="adjustedClose">Daily adjusted closes (<see cref="PriceField.AdjustedClose"/>), ascending, one per trading day.</param>
    /// <param name="window">The window; the first daily return is measured from its base close (see <see cref="ReturnWindow"/>).</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>The volatility as a fraction per year (0.32 = 32% a year), with the number of daily returns used.</returns>
    /// <exception cref="ArgumentException">The series is not adjusted closes.</exception>
    /// <exception cref="InsufficientDataException">The window's closes cannot be located (see <see cref="TotalReturn.For"/>),
    /// two consecutive closes are more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days apart, or there are fewer than
    /// <see cref="MinimumReturns"/> daily returns.</exception>
    /// <remarks>
    /// σ_annual = √252 × s, with s = √( Σ (r_t − r̄)² / (n − 1) ) the sample standard deviation of the n daily simple returns
    /// r_t = P_t / P_{t−1} − 1. Source: CFA Institute curriculum, <i>Quantitative Methods</i> (sample standard deviation with the
    /// n − 1 denominator) and <i>Portfolio Management</i> (annualizing by the square root of periods per year, 252 trading days);
    /// GIPS 2020 likewise asks for an annualized ex-post standard deviation (there from monthly returns × √12).
    /// </remarks>
    public static SampleStatistic For(PriceSeries adjustedClose, ReturnWindow window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(adjustedClose);
        TotalReturn.RequireField(adjustedClose, PriceField.AdjustedClose, Name);
        var range = WindowLocator.Locate(Name, adjustedClose, window, asOf);
        WindowLocator.RequireNoGaps(Name, adjustedClose, range);
        if (range.Returns < MinimumReturns)
        {
            throw new InsufficientDataException(Name, adjustedClose.Ticker,
                $"at least {MinimumReturns} daily returns for {window} (have {range.Returns}: closes {WindowLocator.Iso(adjustedClose.Dates[range.Base])} to {WindowLocator.Iso(adjustedClose.Dates[range.End])})");
        }

        var returns = Moments.SimpleReturns(adjustedClose.Values[range.Base..(range.End + 1)]);
        var sd = Math.Sqrt(Moments.SampleCovariance(returns, returns));
        return new SampleStatistic(adjustedClose.Ticker, null, sd * Math.Sqrt(TradingDaysPerYear), returns.Length,
            adjustedClose.Dates[range.Base], adjustedClose.Dates[range.End]);
    }
}
