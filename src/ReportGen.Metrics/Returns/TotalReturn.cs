using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Returns;

/// <summary>Total return: the change in split- and dividend-adjusted close, dividends reinvested.</summary>
public static class TotalReturn
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "total_return";

    /// <summary>Total return over <paramref name="period"/>, cut at <paramref name="asOf"/> (period-to-date when the period is not over).</summary>
    /// <param name="adjustedClose">Daily adjusted closes (<see cref="PriceField.AdjustedClose"/>), ascending; at least one close before the period and one in it.</param>
    /// <param name="period">The period; its start is based on the close of the last trading day before <see cref="Period.Start"/>.</param>
    /// <param name="asOf">The as-of date; no price after it, or after the period's end, is read.</param>
    /// <returns>A <see cref="PeriodReturn"/> whose value is a fraction (0.153 = +15.3%).</returns>
    /// <exception cref="ArgumentException">The series is not adjusted closes.</exception>
    /// <exception cref="InsufficientDataException">No close before the period, none within it up to the as-of date, or the base or
    /// end close is more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days before its cut-off.</exception>
    /// <remarks>
    /// TR = AdjClose_end / AdjClose_start − 1. With Yahoo's adjusted close (dividends reinvested at the ex-date close)
    /// this equals the chained total return Π (P_t + D_t) / P_{t−1} − 1.
    /// Source: S&amp;P Dow Jones Indices, <i>Index Mathematics Methodology</i>, "Total Return Indices" and index returns over a period.
    /// </remarks>
    public static PeriodReturn ForPeriod(PriceSeries adjustedClose, Period period, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(adjustedClose);
        RequireField(adjustedClose, PriceField.AdjustedClose, Name);
        return PeriodReturn.Compute(Name, adjustedClose, ReturnWindow.For(period), asOf);
    }

    /// <summary>Total return over any <see cref="ReturnWindow"/>: a period, WTD/MTD/QTD/YTD, trailing 1M/3M/6M/12M, since a date or since inception.</summary>
    /// <param name="adjustedClose">Daily adjusted closes (<see cref="PriceField.AdjustedClose"/>), ascending, one per trading day.</param>
    /// <param name="window">The holding period; its base and end closes follow the conventions in <see cref="ReturnWindow"/>.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>A <see cref="PeriodReturn"/> whose value is a fraction (0.153 = +15.3%).</returns>
    /// <exception cref="ArgumentException">The series is not adjusted closes.</exception>
    /// <exception cref="InsufficientDataException">No base close (the series starts too late), no close after the base up to the as-of date,
    /// or the base or end close is more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days before its cut-off.</exception>
    /// <remarks>Same formula and source as <see cref="ForPeriod"/>.</remarks>
    public static PeriodReturn For(PriceSeries adjustedClose, ReturnWindow window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(adjustedClose);
        RequireField(adjustedClose, PriceField.AdjustedClose, Name);
        return PeriodReturn.Compute(Name, adjustedClose, window, asOf);
    }

    /// <summary>Total return from the close before <paramref name="from"/> to the close on or before <paramref name="asOf"/>.</summary>
    /// <param name="adjustedClose">Daily adjusted closes, ascending.</param>
    /// <param name="from">First calendar day of the holding period.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>A <see cref="PeriodReturn"/> whose value is a fraction.</returns>
    /// <exception cref="ArgumentException">The series is not adjusted closes.</exception>
    /// <exception cref="InsufficientDataException">No close before <paramref name="from"/>, or none from it to the as-of date.</exception>
    /// <remarks>Same formula and source as <see cref="ForPeriod"/>.</remarks>
    public static PeriodReturn Since(PriceSeries adjustedClose, DateOnly from, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(adjustedClose);
        RequireField(adjustedClose, PriceField.AdjustedClose, Name);
        return PeriodReturn.Compute(Name, adjustedClose, from, asOf);
    }

    internal static void RequireField(PriceSeries series, PriceField expected, string metric)
    {
        if (series.Field != expected)
        {
            throw new ArgumentException($"{metric} for {series.Ticker} needs {expected} prices, got {series.Field}", nameof(series));
        }
    }
}
