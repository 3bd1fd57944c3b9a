using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Flows;

/// <summary>Net inflows as a percentage of starting assets under management (organic growth rate).</summary>
public static class NetInflowsShareOfAum
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "net_inflows_pct_aum";

    /// <summary>Net inflows over <paramref name="window"/> divided by AUM at the window's base cut-off.</summary>
    /// <param name="flows">Daily net flows in USD (decimal), as for <see cref="NetInflows.For"/>.</param>
    /// <param name="aum">AUM observations in USD (decimal), ascending; the one used is the last on or before the window's base cut-off.</param>
    /// <param name="window">The window; not <see cref="ReturnWindow.Inception"/>, which has no starting AUM.</param>
    /// <param name="asOf">The as-of date; no row after it is read.</param>
    /// <returns>Net inflows, starting AUM and the share as a fraction.</returns>
    /// <exception cref="InsufficientDataException">The flows are insufficient (see <see cref="NetInflows.For"/>); the window is inception; there is no AUM
    /// observation within <see cref="GapPolicy.MaxCalendarDays"/> calendar days on or before the base cut-off; or that AUM is not positive.</exception>
    /// <remarks>
    /// Share = NF / AUM_start: the organic growth rate asset managers report (net new money over beginning-of-period AUM); flows as
    /// defined in <see cref="NetInflows.For"/>.
    /// </remarks>
    public static NetInflowsShareResult For(UsdSeries flows, UsdSeries aum, ReturnWindow window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(aum);
        var net = NetInflows.For(flows, window, asOf);
        if (window.Resolve(asOf).BaseOnOrBefore is not { } cutoff)
        {
            throw new InsufficientDataException(Name, aum.Ticker, $"a starting AUM ({window} has no start)");
        }

        var i = aum.IndexOnOrBefore(cutoff);
        if (i < 0 || cutoff.DayNumber - aum.Dates[i].DayNumber > GapPolicy.MaxCalendarDays)
        {
            var have = aum.Count == 0 ? "none" : $"{WindowLocator.Iso(aum.Dates[0])} to {WindowLocator.Iso(aum.Dates[^1])}";
            throw new InsufficientDataException(Name, aum.Ticker,
                $"AUM within {GapPolicy.MaxCalendarDays} calendar days on or before {WindowLocator.Iso(cutoff)}, the start of {window} (AUM observations: {have})");
        }

        var start = aum.Values[i];
        if (start <= 0)
        {
            throw new InsufficientDataException(Name, aum.Ticker, $"a positive AUM on {WindowLocator.Iso(aum.Dates[i])} (got {start.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        }

        return new NetInflowsShareResult(flows.Ticker, net, start, aum.Dates[i], (double)(net.Usd / start));
    }
}
