using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Returns;

/// <summary>Annualized return (compound annual growth rate, CAGR) of total return over a holding period of at least one year.</summary>
public static class AnnualizedReturn
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "annualized_return";

    /// <summary>The shortest span that may be annualized, in calendar days (one year; GIPS forbids annualizing shorter periods).</summary>
    public const int MinimumCalendarDays = 365;

    /// <summary>Calendar days per year used to turn a span into years (a Julian year, so whole calendar years count as whole years on average).</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>CAGR of total return over <paramref name="window"/> (typically inception, since a date, or trailing 36M/60M).</summary>
    /// <param name="adjustedClose">Daily adjusted closes (<see cref="PriceField.AdjustedClose"/>), ascending.</param>
    /// <param name="window">The holding period; base and end closes as in <see cref="ReturnWindow"/>.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>The CAGR as a fraction per year, with its span and cumulative return.</returns>
    /// <exception cref="ArgumentException">The series is not adjusted closes.</exception>
    /// <exception cref="InsufficientDataException">The closes cannot be located (see <see cref="TotalReturn.For"/>), or they are fewer
    /// than <see cref="MinimumCalendarDays"/> calendar days apart.</exception>
    /// <remarks>
    /// CAGR = (1 + R)^(1/Y) − 1, with R the cumulative total return and Y = calendar days between the base and end closes / 365.25.
    /// Source: CFA Institute, <i>Quantitative Methods</i>, "Rates and Returns" (annualized return r = (1 + r_period)^c − 1 with c periods per year);
    /// CFA Institute, <i>Global Investment Performance Standards (GIPS) for Firms</i>, 2020 edition: returns for periods of less than one year must not be annualized.
    /// </remarks>
    public static AnnualizedReturnResult For(PriceSeries adjustedClose, ReturnWindow window, DateOnly asOf)
    {
        var cumulative = TotalReturn.For(adjustedClose, window, asOf);
        var days = cumulative.EndDate.DayNumber - cumulative.StartDate.DayNumber;
        if (days < MinimumCalendarDays)
        {
            throw new InsufficientDataException(Name, adjustedClose.Ticker,
                $"at least {MinimumCalendarDays} calendar days between the base and end closes to annualize ({WindowLocator.Iso(cumulative.StartDate)} to {WindowLocator.Iso(cumulative.EndDate)} is {days})");
        }

        var years = days / DaysPerYear;
        return new AnnualizedReturnResult(adjustedClose.Ticker, Math.Pow(1 + cumulative.Value, 1 / years) - 1, years, cumulative);
    }

    /// <summary>CAGR of total return from the close before <paramref name="from"/> to the as-of date.</summary>
    /// <param name="adjustedClose">Daily adjusted closes, ascending.</param>
    /// <param name="from">First calendar day of the holding period.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The CAGR as a fraction per year.</returns>
    /// <exception cref="ArgumentException">The series is not adjusted closes.</exception>
    /// <exception cref="InsufficientDataException">As <see cref="For"/>.</exception>
    /// <remarks>Same formula and source as <see cref="For"/>.</remarks>
    public static AnnualizedReturnResult Since(PriceSeries adjustedClose, DateOnly from, DateOnly asOf) =>
        For(adjustedClose, ReturnWindow.Since(from), asOf);
}
