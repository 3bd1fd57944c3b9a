using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Returns;

/// <summary>
/// The total return around a dated event (results, a product launch): from the last close before the event date to the
/// close of the N-th trading session after it, the event window [−1, +N] of an event study in trading days, day 0 being
/// the event date.
/// </summary>
public static class EventWindowReturn
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "event_window_return";

    /// <summary>
    /// R = P(+N) / P(−1) − 1, where P(−1) is the adjusted close of the last trading day strictly before
    /// <paramref name="eventDate"/> and P(+N) the adjusted close of the <paramref name="sessions"/>-th trading day strictly
    /// after it.
    /// </summary>
    /// <param name="adjustedClose">Daily adjusted closes (<see cref="PriceField.AdjustedClose"/>), ascending.</param>
    /// <param name="eventDate">Day 0: the date of the event (a trading day or not; a weekend announcement counts from the
    /// next session).</param>
    /// <param name="sessions">N, the number of trading sessions after the event date the window runs to; at least 1.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>A <see cref="PeriodReturn"/> whose value is a fraction (0.082 = +8.2%), with the two closes used.</returns>
    /// <exception cref="ArgumentException">The series is not adjusted closes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessions"/> is below 1.</exception>
    /// <exception cref="InsufficientDataException">No close before the event date (or it is more than
    /// <see cref="GapPolicy.MaxCalendarDays"/> calendar days before it), or fewer than <paramref name="sessions"/> closes
    /// after the event date up to the as-of date.</exception>
    /// <remarks>
    /// The window starts at the close before the event date, so the event day's own session is inside it: an
    /// announcement before the open or during the session moves that day's close, and one after the close moves the next
    /// session's, and both are captured without knowing the hour. This is the usual event-study convention of an event
    /// window that includes day 0 and is measured from the close of day −1, with the return compounded over the window
    /// (buy-and-hold). Source: A. Craig MacKinlay, "Event Studies in Economics and Finance", <i>Journal of Economic
    /// Literature</i> 35(1), 1997, pp. 13-39 (the event window and its day 0); the total return formula is that of
    /// <see cref="TotalReturn"/>. The value is the raw total return, not an abnormal return: nothing is subtracted for the
    /// market's move over the same days.
    /// </remarks>
    public static PeriodReturn Compute(PriceSeries adjustedClose, DateOnly eventDate, int sessions, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(adjustedClose);
        ArgumentOutOfRangeException.ThrowIfLessThan(sessions, 1);
        TotalReturn.RequireField(adjustedClose, PriceField.AdjustedClose, Name);
        var dates = adjustedClose.Dates;
        var values = adjustedClose.Values;
        var before = adjustedClose.IndexBefore(eventDate);
        if (before < 0 || dates[before] > asOf || eventDate.DayNumber - dates[before].DayNumber > GapPolicy.MaxCalendarDays)
        {
            throw new InsufficientDataException(Name, adjustedClose.Ticker, $"a close in the {GapPolicy.MaxCalendarDays} days before the event on {eventDate:yyyy-MM-dd}");
        }

        // Sessions after the event date: the closes dated after it, up to the as-of date.
        var firstAfter = adjustedClose.IndexOnOrBefore(eventDate) + 1;
        var end = firstAfter + sessions - 1;
        if (end >= adjustedClose.Count || dates[end] > asOf)
        {
            throw new InsufficientDataException(Name, adjustedClose.Ticker, FormattableString.Invariant($"{sessions} trading sessions after the event on {eventDate:yyyy-MM-dd} by {asOf:yyyy-MM-dd}"));
        }

        return new PeriodReturn(adjustedClose.Ticker, (values[end] / values[before]) - 1, dates[before], values[before], dates[end], values[end]);
    }

    /// <summary>How many trading sessions after <paramref name="eventDate"/> the series holds up to <paramref name="asOf"/>:
    /// the largest N for which <see cref="Compute"/> has an end close.</summary>
    /// <param name="series">Daily closes, ascending.</param>
    /// <param name="eventDate">Day 0.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>A count, zero or more.</returns>
    public static int SessionsAfter(PriceSeries series, DateOnly eventDate, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(series);
        return asOf <= eventDate ? 0 : Math.Max(0, series.IndexOnOrBefore(asOf) - series.IndexOnOrBefore(eventDate));
    }
}
