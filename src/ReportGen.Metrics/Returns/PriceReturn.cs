using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Returns;

/// <summary>Price return: the change in the quoted close, dividends excluded (split-adjusted only).</summary>
public static class PriceReturn
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "price_return";

    /// <summary>Price return over any <see cref="ReturnWindow"/>: a period, WTD/MTD/QTD/YTD, trailing 1M/3M/6M/12M, since a date or since inception.</summary>
    /// <param name="close">Daily quoted closes (<see cref="PriceField.Close"/>) in USD (index points for an index), ascending, one per trading day.</param>
    /// <param name="window">The holding period; its base and end closes follow the conventions in <see cref="ReturnWindow"/>.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>A <see cref="PeriodReturn"/> whose value is a fraction (0.153 = +15.3%).</returns>
    /// <exception cref="ArgumentException">The series is not quoted closes.</exception>
    /// <exception cref="InsufficientDataException">No base close (the series starts too late), no close after the base up to the as-of date,
    /// or the base or end close is more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days before its cut-off.</exception>
    /// <remarks>
    /// PR = Close_end / Close_start − 1. Source: S&amp;P Dow Jones Indices, <i>Index Mathematics Methodology</i>,
    /// "Price Return Indices" (index level change excluding dividends), applied to one security.
    /// </remarks>
    public static PeriodReturn For(PriceSeries close, ReturnWindow window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(close);
        TotalReturn.RequireField(close, PriceField.Close, Name);
        return PeriodReturn.Compute(Name, close, window, asOf);
    }
}
