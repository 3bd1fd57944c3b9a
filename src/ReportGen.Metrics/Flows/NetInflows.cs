using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Flows;

/// <summary>Net inflows: a fund's daily net creations minus redemptions, in USD, summed over a window.</summary>
public static class NetInflows
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "net_inflows";

    /// <summary>Sum of daily net flows dated after the window's base cut-off and on or before its end cut-off.</summary>
    /// <param name="flows">Daily net flows in USD (decimal), one row per trading day with zero on days without flows, ascending.</param>
    /// <param name="window">The window (see <see cref="ReturnWindow"/>): for QTD as of 2026-03-18, flows dated 2026-01-01 to 2026-03-18.</param>
    /// <param name="asOf">The as-of date; no row after it is read.</param>
    /// <returns>The sum in USD with the calendar span and the number of rows.</returns>
    /// <exception cref="InsufficientDataException">The rows start more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days into the window
    /// (the fund's data starts mid-period), end more than that before the end cut-off, or have a gap longer than that inside it.</exception>
    /// <remarks>
    /// NF = Σ_{base &lt; t ≤ end} F_t. A missing day would silently count as zero, hence the coverage and gap checks. Source: the Investment
    /// Company Institute's ETF net issuance (creations minus redemptions, summed over the period).
    /// </remarks>
    public static NetInflowsResult For(UsdSeries flows, ReturnWindow window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var bounds = window.Resolve(asOf);
        var dates = flows.Dates;
        if (flows.Count == 0)
        {
            throw new InsufficientDataException(Name, flows.Ticker, "daily flow rows (series is empty)");
        }

        var from = bounds.BaseOnOrBefore is { } b ? b.AddDays(1) : dates[0];
        var to = bounds.EndOnOrBefore;
        if (dates[0].DayNumber - from.DayNumber > GapPolicy.MaxCalendarDays)
        {
            throw new InsufficientDataException(Name, flows.Ticker,
                $"daily flows from the start of {window}: a row within {GapPolicy.MaxCalendarDays} calendar days of {WindowLocator.Iso(from)} (series starts {WindowLocator.Iso(dates[0])})");
        }

        var first = flows.IndexOnOrBefore(from.AddDays(-1)) + 1;
        var last = flows.IndexOnOrBefore(to);
        if (last < first || to.DayNumber - dates[last].DayNumber > GapPolicy.MaxCalendarDays)
        {
            throw new InsufficientDataException(Name, flows.Ticker,
                $"daily flows up to {WindowLocator.Iso(to)} for {window}: a row within {GapPolicy.MaxCalendarDays} calendar days of it (series ends {WindowLocator.Iso(dates[^1])})");
        }

        var sum = 0m;
        for (var i = first; i <= last; i++)
        {
            if (i > first && dates[i].DayNumber - dates[i - 1].DayNumber > GapPolicy.MaxCalendarDays)
            {
                throw new InsufficientDataException(Name, flows.Ticker,
                    $"daily flow rows at most {GapPolicy.MaxCalendarDays} calendar days apart (gap of {dates[i].DayNumber - dates[i - 1].DayNumber} days from {WindowLocator.Iso(dates[i - 1])} to {WindowLocator.Iso(dates[i])})");
            }

            sum += flows.Values[i];
        }

        return new NetInflowsResult(flows.Ticker, sum, from, to, last - first + 1);
    }
}
