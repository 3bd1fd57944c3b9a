using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Valuation;

/// <summary>Market capitalization: shares outstanding × quoted close.</summary>
public static class MarketCapitalization
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = Catalogue.MetricNames.MarketCapitalization;

    /// <summary>Market capitalization at the last close on or before <paramref name="onOrBefore"/>.</summary>
    /// <param name="close">Daily quoted closes (<see cref="PriceField.Close"/>) in USD, ascending.</param>
    /// <param name="sharesOutstanding">Shares outstanding (a count, e.g. 2.43e10), the estimate the caller has; positive.</param>
    /// <param name="onOrBefore">The day wanted, e.g. a return's <see cref="PeriodReturn.StartDate"/> for start-of-period weights, or the as-of date.</param>
    /// <returns>The market capitalization in USD (double) and the trading day of the close used.</returns>
    /// <exception cref="ArgumentException">The series is not quoted closes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sharesOutstanding"/> is not a positive finite number.</exception>
    /// <exception cref="InsufficientDataException">No close on or before <paramref name="onOrBefore"/>, or the last one is more than
    /// <see cref="GapPolicy.MaxCalendarDays"/> calendar days earlier.</exception>
    /// <remarks>
    /// MC = Q × P_close. With one share count applied to every date the result is an estimate wherever the count changed (buybacks,
    /// issuance); the close is split-adjusted, so splits alone do not distort it. Source: S&amp;P Dow Jones Indices, <i>Index Mathematics
    /// Methodology</i> (market value = price × shares outstanding, before float adjustment).
    /// </remarks>
    public static MarketCap On(PriceSeries close, double sharesOutstanding, DateOnly onOrBefore)
    {
        ArgumentNullException.ThrowIfNull(close);
        TotalReturn.RequireField(close, PriceField.Close, Name);
        RequireShares(sharesOutstanding);
        var i = close.IndexOnOrBefore(onOrBefore);
        if (i < 0 || onOrBefore.DayNumber - close.Dates[i].DayNumber > GapPolicy.MaxCalendarDays)
        {
            throw new InsufficientDataException(Name, close.Ticker,
                $"a close within {GapPolicy.MaxCalendarDays} calendar days on or before {WindowLocator.Iso(onOrBefore)} (series runs {WindowLocator.Describe(close.FirstDate)} to {WindowLocator.Describe(close.LastDate)})");
        }

        return new MarketCap(close.Ticker, close.Dates[i], sharesOutstanding * close.Values[i]);
    }

    internal static void RequireShares(double sharesOutstanding)
    {
        if (!(sharesOutstanding > 0) || !double.IsFinite(sharesOutstanding))
        {
            throw new ArgumentOutOfRangeException(nameof(sharesOutstanding), sharesOutstanding, "expected a positive share count");
        }
    }
}
