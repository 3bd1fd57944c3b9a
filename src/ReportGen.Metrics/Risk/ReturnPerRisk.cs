namespace ReportGen.Metrics.Risk;

/// <summary>Return per unit of risk: a total return over a window divided by the annualized volatility over the same window.</summary>
public static class ReturnPerRisk
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "return_per_risk";

    /// <summary>R / σ: how many points of total return each point of annualized volatility bought.</summary>
    /// <param name="totalReturn">Total return over the window as a fraction (0.25 = 25%); over one year, so that it is on the
    /// same yearly scale as the volatility.</param>
    /// <param name="annualizedVolatility">Annualized volatility of daily total returns over the same window, a fraction per
    /// year (0.32 = 32%; <see cref="AnnualizedVolatility"/>); must be above zero.</param>
    /// <param name="subject">The ticker or universe, for the error message.</param>
    /// <returns>The ratio (a pure number: 0.78 means 0.78 points of return per point of volatility); negative when the return is.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalReturn"/> or <paramref name="annualizedVolatility"/> is not finite.</exception>
    /// <exception cref="InsufficientDataException"><paramref name="annualizedVolatility"/> is zero or negative: a series that never
    /// moved has no risk to divide by.</exception>
    /// <remarks>
    /// Ratio = R / σ_annual, the Sharpe ratio with the risk-free rate set to zero (a "return/risk" or information-style ratio
    /// without a benchmark). Source: Sharpe, "The Sharpe Ratio", <i>Journal of Portfolio Management</i> 21(1), 1994; Bacon,
    /// <i>Practical Portfolio Performance Measurement and Attribution</i> (2nd ed.), "Return/risk". The notes leave out the
    /// risk-free rate because the funds are compared with each other and with one benchmark over the same window, where
    /// subtracting the same rate from each return would change the ratios but not the question they answer.
    /// </remarks>
    public static double Compute(double totalReturn, double annualizedVolatility, string subject)
    {
        if (!double.IsFinite(totalReturn))
        {
            throw new ArgumentOutOfRangeException(nameof(totalReturn), totalReturn, "expected a finite fraction");
        }

        if (!double.IsFinite(annualizedVolatility))
        {
            throw new ArgumentOutOfRangeException(nameof(annualizedVolatility), annualizedVolatility, "expected a finite fraction per year");
        }

        if (annualizedVolatility <= 0)
        {
            throw new InsufficientDataException(Name, subject, "an annualized volatility above zero (prices that moved)");
        }

        return totalReturn / annualizedVolatility;
    }
}
