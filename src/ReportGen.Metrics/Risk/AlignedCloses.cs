using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Risk;

/// <summary>
/// Two series' closes on the trading days both have, from the security's base close to the as-of date. Returns for
/// two-series statistics are taken between consecutive aligned days, so both series always cover the same interval.
/// </summary>
internal sealed class AlignedCloses
{
    private AlignedCloses(DateOnly[] dates, double[] security, double[] benchmark)
    {
        Dates = dates;
        Security = security;
        Benchmark = benchmark;
    }

    public DateOnly[] Dates { get; }

    public double[] Security { get; }

    public double[] Benchmark { get; }

    /// <summary>Aligns; throws when the benchmark lacks the base close or a gap opens in either series.</summary>
    public static AlignedCloses Build(string metric, PriceSeries security, PriceSeries benchmark, ReturnWindow window, DateOnly asOf)
    {
        var range = WindowLocator.Locate(metric, security, window, asOf);
        var baseDate = security.Dates[range.Base];
        var endDate = security.Dates[range.End];
        var j = benchmark.IndexOnOrBefore(baseDate);
        if (j < 0 || benchmark.Dates[j] != baseDate)
        {
            throw new InsufficientDataException(metric, benchmark.Ticker,
                $"a close on {WindowLocator.Iso(baseDate)}, the base close of {security.Ticker} for {window}");
        }

        var dates = new List<DateOnly>(range.Returns + 1);
        var s = new List<double>(range.Returns + 1);
        var b = new List<double>(range.Returns + 1);
        var i = range.Base;
        var sd = security.Dates;
        var bd = benchmark.Dates;
        while (i <= range.End && j < benchmark.Count && bd[j] <= endDate)
        {
            if (sd[i] == bd[j])
            {
                if (dates.Count > 0)
                {
                    RequireNoGap(metric, security, benchmark, dates[^1], sd[i]);
                }

                dates.Add(sd[i]);
                s.Add(security.Values[i]);
                b.Add(benchmark.Values[j]);
                i++;
                j++;
            }
            else if (sd[i] < bd[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var stale = endDate.DayNumber - dates[^1].DayNumber;
        if (stale > GapPolicy.MaxCalendarDays)
        {
            throw new InsufficientDataException(metric, benchmark.Ticker,
                $"closes up to {WindowLocator.Iso(endDate)}, the last close of {security.Ticker} for {window} (the last common close is {WindowLocator.Iso(dates[^1])})");
        }

        return new AlignedCloses([.. dates], [.. s], [.. b]);
    }

    private static void RequireNoGap(string metric, PriceSeries security, PriceSeries benchmark, DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber;
        if (days <= GapPolicy.MaxCalendarDays)
        {
            return;
        }

        // Name the series that is missing rows: the one with fewer closes strictly inside the gap.
        var inSecurity = security.IndexBefore(to) - security.IndexOnOrBefore(from);
        var inBenchmark = benchmark.IndexBefore(to) - benchmark.IndexOnOrBefore(from);
        var (missing, other) = inSecurity >= inBenchmark ? (benchmark, security) : (security, benchmark);
        throw new InsufficientDataException(metric, missing.Ticker,
            $"closes on the trading days {other.Ticker} has, at most {GapPolicy.MaxCalendarDays} calendar days apart (no common close from {WindowLocator.Iso(from)} to {WindowLocator.Iso(to)})");
    }
}
