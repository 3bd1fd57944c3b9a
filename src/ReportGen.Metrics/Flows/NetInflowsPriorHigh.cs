using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Flows;

/// <summary>
/// The largest net inflows of any earlier period of the same kind in a fund's flow data: the bar a period's net inflows
/// must clear to be a record in the data.
/// </summary>
public static class NetInflowsPriorHigh
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "net_inflows_prior_high";

    /// <summary>The largest net inflows (<see cref="NetInflows.For"/>) among the periods of <paramref name="current"/>'s kind
    /// before it that the flow data covers whole.</summary>
    /// <param name="flows">Daily net flows in USD, as for <see cref="NetInflows.For"/>; rows after <paramref name="asOf"/> are not read.</param>
    /// <param name="current">The period whose net inflows are compared (e.g. 2026-03); the earlier periods are its predecessors of the same kind.</param>
    /// <param name="asOf">The as-of date; no row after it is read.</param>
    /// <returns>The highest earlier total in USD, its period, how many earlier periods were compared and the first of them.</returns>
    /// <exception cref="InsufficientDataException">No earlier period of the kind is covered by the flow data (a period counts
    /// only when <see cref="NetInflows.For"/> accepts its coverage: no gap longer than <see cref="GapPolicy.MaxCalendarDays"/> days).</exception>
    /// <remarks>
    /// H = max over earlier periods p of NF_p, NF_p = Σ_{t in p} F_t (Investment Company Institute, ETF net issuance summed by
    /// period). The period's net inflows are a record in the data when NF_current &gt; H; a record says no more than the data's
    /// span, which <see cref="NetInflowsPriorHighResult.Periods"/> and <see cref="NetInflowsPriorHighResult.First"/> give.
    /// </remarks>
    public static NetInflowsPriorHighResult Compute(UsdSeries flows, Period current, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(flows);
        if (flows.Count == 0)
        {
            throw new InsufficientDataException(Name, flows.Ticker, "daily flow rows (series is empty)");
        }

        NetInflowsResult? high = null;
        Period highPeriod = default;
        Period? first = null;
        var count = 0;
        for (var p = Period.Containing(current.Kind, flows.Dates[0]); p < current && p.End <= asOf; p = p.Next())
        {
            NetInflowsResult r;
            try
            {
                r = NetInflows.For(flows, ReturnWindow.For(p), asOf);
            }
            catch (InsufficientDataException)
            {
                continue; // The data does not cover this period whole: it is not compared.
            }

            first ??= p;
            count++;
            if (high is null || r.Usd > high.Usd)
            {
                high = r;
                highPeriod = p;
            }
        }

        return high is null
            ? throw new InsufficientDataException(Name, flows.Ticker, $"daily flows covering the whole of at least one period of the same kind before {current}")
            : new NetInflowsPriorHighResult(flows.Ticker, high.Usd, highPeriod, count, first!.Value);
    }
}
