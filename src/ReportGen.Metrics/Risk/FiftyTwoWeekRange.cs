using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Risk;

/// <summary>52-week high and low on a closing basis, and the latest close's distance from each.</summary>
public static class FiftyTwoWeekRange
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "fifty_two_week_range";

    /// <summary>Calendar days in the look-back: 52 weeks.</summary>
    public const int CalendarDays = 52 * 7;

    /// <summary>High, low and distances over the closes dated from as-of − 364 calendar days to the as-of date, both included.</summary>
    /// <param name="close">Daily quoted closes (<see cref="PriceField.Close"/>) in USD, ascending, one per trading day.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>High, low, latest close and the distances as fractions.</returns>
    /// <exception cref="ArgumentException">The series is not quoted closes.</exception>
    /// <exception cref="InsufficientDataException">The series does not reach back to within <see cref="GapPolicy.MaxCalendarDays"/> days
    /// of the look-back's first day (it starts mid-window); its latest close is more than <see cref="GapPolicy.MaxCalendarDays"/> days before
    /// the as-of date; or two consecutive closes inside the look-back are more than that apart.</exception>
    /// <remarks>
    /// High = max P_t, Low = min P_t over closes with as-of − 364 ≤ t ≤ as-of; FromHigh = P_last / High − 1. A closing-basis variant of the
    /// 52-week high/low that exchanges and data vendors quote from intraday prices (the data here has daily closes); it follows
    /// the 52-week high measure of George and Hwang, "The 52-Week High and Momentum Investing", <i>Journal of Finance</i> 59(5), 2004.
    /// </remarks>
    public static FiftyTwoWeekRangeResult For(PriceSeries close, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(close);
        TotalReturn.RequireField(close, PriceField.Close, Name);
        var from = asOf.AddDays(-CalendarDays);
        if (close.FirstDate is not { } first || first.DayNumber - from.DayNumber > GapPolicy.MaxCalendarDays)
        {
            throw new InsufficientDataException(Name, close.Ticker,
                $"52 weeks of closes: a close within {GapPolicy.MaxCalendarDays} calendar days of {WindowLocator.Iso(from)} (series starts {WindowLocator.Describe(close.FirstDate)})");
        }

        var start = close.IndexBefore(from) + 1;
        var end = close.IndexOnOrBefore(asOf);
        if (end < start || asOf.DayNumber - close.Dates[end].DayNumber > GapPolicy.MaxCalendarDays)
        {
            throw new InsufficientDataException(Name, close.Ticker,
                $"a close within {GapPolicy.MaxCalendarDays} calendar days on or before {WindowLocator.Iso(asOf)} (series ends {WindowLocator.Describe(close.LastDate)})");
        }

        WindowLocator.RequireNoGaps(Name, close, new IndexRange(start, end));

        var values = close.Values;
        int hi = start, lo = start;
        for (var i = start + 1; i <= end; i++)
        {
            if (values[i] >= values[hi])
            {
                hi = i;
            }

            if (values[i] <= values[lo])
            {
                lo = i;
            }
        }

        var dates = close.Dates;
        var last = values[end];
        return new FiftyTwoWeekRangeResult(close.Ticker, values[hi], dates[hi], values[lo], dates[lo], last, dates[end], (last / values[hi]) - 1, (last / values[lo]) - 1);
    }
}
