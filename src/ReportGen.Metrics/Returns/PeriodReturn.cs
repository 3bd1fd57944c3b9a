using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Returns;

/// <summary>
/// The result of a holding-period return: the value and the two closes it was computed from, so a reader
/// (and <c>figures.csv</c>) can check it.
/// </summary>
/// <param name="Ticker">The security.</param>
/// <param name="Value">The return as a fraction: 0.153 means +15.3%.</param>
/// <param name="StartDate">The trading day of the base close (for a period, the last trading day before it).</param>
/// <param name="StartPrice">The base close, in USD (index points for an index).</param>
/// <param name="EndDate">The trading day of the end close (the last trading day on or before the as-of date).</param>
/// <param name="EndPrice">The end close, in USD (index points for an index).</param>
public sealed record PeriodReturn(string Ticker, double Value, DateOnly StartDate, double StartPrice, DateOnly EndDate, double EndPrice)
{
    /// <summary>
    /// R = P_end / P_start − 1, where P_start is the close of the last trading day before <paramref name="from"/>
    /// and P_end the close of the last trading day on or before <paramref name="asOf"/>.
    /// </summary>
    /// <param name="metric">The metric name used in errors (<c>total_return</c> or <c>price_return</c>).</param>
    /// <param name="series">Daily prices, ascending.</param>
    /// <param name="from">First calendar day of the holding period.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <exception cref="InsufficientDataException">No close before <paramref name="from"/>, or no close from
    /// <paramref name="from"/> to <paramref name="asOf"/>.</exception>
    internal static PeriodReturn Compute(string metric, PriceSeries series, DateOnly from, DateOnly asOf) =>
        Compute(metric, series, ReturnWindow.Since(from), asOf);

    /// <summary>R = P_end / P_start − 1 over the closes <paramref name="window"/> picks for <paramref name="asOf"/>.</summary>
    /// <exception cref="InsufficientDataException">See <see cref="WindowLocator.Locate"/>.</exception>
    internal static PeriodReturn Compute(string metric, PriceSeries series, ReturnWindow window, DateOnly asOf)
    {
        var range = WindowLocator.Locate(metric, series, window, asOf);
        var p0 = series.Values[range.Base];
        var p1 = series.Values[range.End];
        return new PeriodReturn(series.Ticker, (p1 / p0) - 1, series.Dates[range.Base], p0, series.Dates[range.End], p1);
    }
}
