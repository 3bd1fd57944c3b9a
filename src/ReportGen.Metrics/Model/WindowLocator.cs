using System.Globalization;

namespace ReportGen.Metrics.Model;

/// <summary>
/// Finds a window's base and end closes in a series, and enforces the data rules every metric shares:
/// a base close exists, the end is after it, neither stands in for a cut-off more than
/// <see cref="GapPolicy.MaxCalendarDays"/> away, and (for path metrics) no gap between consecutive closes.
/// </summary>
internal static class WindowLocator
{
    public static IndexRange Locate(string metric, PriceSeries series, ReturnWindow window, DateOnly asOf)
    {
        var bounds = window.Resolve(asOf);
        int b;
        if (bounds.BaseOnOrBefore is { } cutoff)
        {
            if (bounds.EndOnOrBefore <= cutoff)
            {
                throw new InsufficientDataException(metric, series.Ticker,
                    $"an as-of date inside {window}, which starts {Iso(cutoff.AddDays(1))} (as-of is {Iso(asOf)})");
            }

            b = series.IndexOnOrBefore(cutoff);
            if (b < 0)
            {
                throw new InsufficientDataException(metric, series.Ticker,
                    $"a close on or before {Iso(cutoff)} as the {window} base (series starts {Describe(series.FirstDate)})");
            }

            var stale = cutoff.DayNumber - series.Dates[b].DayNumber;
            if (stale > GapPolicy.MaxCalendarDays)
            {
                throw new InsufficientDataException(metric, series.Ticker,
                    $"a close within {GapPolicy.MaxCalendarDays} calendar days on or before {Iso(cutoff)} as the {window} base (the last close before it is {Iso(series.Dates[b])}, {stale} days earlier)");
            }
        }
        else
        {
            if (series.Count == 0)
            {
                throw new InsufficientDataException(metric, series.Ticker, "at least one close (series is empty)");
            }

            b = 0;
        }

        var e = series.IndexOnOrBefore(bounds.EndOnOrBefore);
        if (e <= b)
        {
            throw new InsufficientDataException(metric, series.Ticker,
                $"a close after {Iso(series.Dates[b])} and on or before {Iso(bounds.EndOnOrBefore)} for {window} (series ends {Describe(series.LastDate)})");
        }

        var endStale = bounds.EndOnOrBefore.DayNumber - series.Dates[e].DayNumber;
        if (endStale > GapPolicy.MaxCalendarDays)
        {
            throw new InsufficientDataException(metric, series.Ticker,
                $"a close within {GapPolicy.MaxCalendarDays} calendar days on or before {Iso(bounds.EndOnOrBefore)} for {window} (the last close is {Iso(series.Dates[e])}, {endStale} days earlier)");
        }

        return new IndexRange(b, e);
    }

    /// <summary>Throws when two consecutive closes in the range are more than <see cref="GapPolicy.MaxCalendarDays"/> apart.</summary>
    public static void RequireNoGaps(string metric, PriceSeries series, IndexRange range)
    {
        var dates = series.Dates;
        for (var i = range.Base + 1; i <= range.End; i++)
        {
            var days = dates[i].DayNumber - dates[i - 1].DayNumber;
            if (days > GapPolicy.MaxCalendarDays)
            {
                throw new InsufficientDataException(metric, series.Ticker,
                    $"consecutive closes at most {GapPolicy.MaxCalendarDays} calendar days apart (gap of {days} days from {Iso(dates[i - 1])} to {Iso(dates[i])})");
            }
        }
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Describe(DateOnly? date) => date is { } d ? Iso(d) : "nowhere: it is empty";
}
