using System.Globalization;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Valuation;

/// <summary>Market-capitalization milestones: the first date a security closed above $1T, $2T, ... (from a share-count estimate and its closes).</summary>
public static class MarketCapMilestones
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "market_cap_milestones";

    /// <summary>One US trillion in USD.</summary>
    public const double Trillion = 1e12;

    /// <summary>Thresholds of $1T, $2T, ... up to <paramref name="trillions"/> trillion, in USD.</summary>
    /// <param name="trillions">The highest threshold, in trillions of USD; at least 1.</param>
    /// <returns>Thresholds in USD, ascending.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trillions"/> is below 1.</exception>
    public static IReadOnlyList<double> EveryTrillion(int trillions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trillions, 1);
        return [.. Enumerable.Range(1, trillions).Select(t => t * Trillion)];
    }

    /// <summary>For each threshold, the first close on or before <paramref name="asOf"/> at which shares × close ≥ threshold.</summary>
    /// <param name="close">Daily quoted closes (<see cref="PriceField.Close"/>) in USD, ascending, split-adjusted.</param>
    /// <param name="sharesOutstanding">Shares outstanding (a count), applied to every date; positive.</param>
    /// <param name="thresholdsUsd">Thresholds in USD (double), e.g. <see cref="EveryTrillion"/>; each positive.</param>
    /// <param name="asOf">The as-of date; no close after it is read.</param>
    /// <returns>One crossing per threshold reached by the as-of date, ascending by threshold; thresholds never reached are left out.</returns>
    /// <exception cref="ArgumentException">The series is not quoted closes, or a threshold is not a positive finite number.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sharesOutstanding"/> is not a positive finite number.</exception>
    /// <exception cref="InsufficientDataException">No close on or before the as-of date, or a crossing close follows a gap of more than
    /// <see cref="GapPolicy.MaxCalendarDays"/> calendar days (the true first date could be inside the gap).</exception>
    /// <remarks>
    /// MC_t = Q × P_t; crossing(T) = min { t ≤ as-of : MC_t ≥ T }. Using today's share count for past dates is an estimate: a company that
    /// bought back shares had a larger count (and a larger market cap) in the past. See <see cref="MarketCapitalization.On"/> for the source.
    /// </remarks>
    public static IReadOnlyList<MilestoneCrossing> Find(PriceSeries close, double sharesOutstanding, IReadOnlyList<double> thresholdsUsd, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(close);
        ArgumentNullException.ThrowIfNull(thresholdsUsd);
        TotalReturn.RequireField(close, PriceField.Close, Name);
        MarketCapitalization.RequireShares(sharesOutstanding);
        foreach (var t in thresholdsUsd)
        {
            if (!(t > 0) || !double.IsFinite(t))
            {
                throw new ArgumentException($"{Name} for {close.Ticker}: threshold {t.ToString(CultureInfo.InvariantCulture)} is not a positive USD amount", nameof(thresholdsUsd));
            }
        }

        var end = close.IndexOnOrBefore(asOf);
        if (end < 0)
        {
            throw new InsufficientDataException(Name, close.Ticker, $"a close on or before {WindowLocator.Iso(asOf)} (series starts {WindowLocator.Describe(close.FirstDate)})");
        }

        var result = new List<MilestoneCrossing>();
        var dates = close.Dates;
        var values = close.Values;
        foreach (var threshold in thresholdsUsd.Distinct().Order())
        {
            for (var i = 0; i <= end; i++)
            {
                var cap = sharesOutstanding * values[i];
                if (cap < threshold)
                {
                    continue;
                }

                if (i > 0 && dates[i].DayNumber - dates[i - 1].DayNumber > GapPolicy.MaxCalendarDays)
                {
                    throw new InsufficientDataException(Name, close.Ticker,
                        $"consecutive closes around the {Usd(threshold)} crossing (gap of {dates[i].DayNumber - dates[i - 1].DayNumber} days from {WindowLocator.Iso(dates[i - 1])} to {WindowLocator.Iso(dates[i])})");
                }

                result.Add(new MilestoneCrossing(close.Ticker, threshold, dates[i], values[i], cap, i == 0));
                break;
            }
        }

        return result;
    }

    private static string Usd(double amount) => amount >= Trillion
        ? string.Create(CultureInfo.InvariantCulture, $"${amount / Trillion:0.###}T")
        : string.Create(CultureInfo.InvariantCulture, $"${amount / 1e9:0.###}bn");
}
