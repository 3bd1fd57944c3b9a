using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Risk;

/// <summary>Maximum drawdown: the largest fall from a running peak of adjusted closes to a later trough, with peak, trough and recovery dates.</summary>
public static class MaxDrawdown
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "max_drawdown";

    /// <summary>Maximum drawdown of daily adjusted closes over <paramref name="window"/>, the base close included as a possible peak.</summary>
    /// <param name="adjustedClose">Daily adjusted closes (<see cref="PriceField.AdjustedClose"/>), ascending, one per trading day.</param>
    /// <param name="window">The window (see <see cref="ReturnWindow"/>); <see cref="ReturnWindow.Inception"/> for the whole history.</param>
    /// <param name="asOf">The as-of date; no price after it is read, so a recovery after it is not seen.</param>
    /// <returns>The depth as a fraction ≤ 0, with peak, trough and recovery dates.</returns>
    /// <exception cref="ArgumentException">The series is not adjusted closes.</exception>
    /// <exception cref="InsufficientDataException">The window's closes cannot be located (see <see cref="TotalReturn.For"/>), or two
    /// consecutive closes are more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days apart (a gap could hide the trough).</exception>
    /// <remarks>
    /// MDD = min over t of ( P_t / max_{s ≤ t} P_s − 1 ), for closes from the base close to the end close. Ties keep the earliest
    /// peak and the earliest trough. Source: Bacon, <i>Practical Portfolio Performance Measurement and Attribution</i> (2nd ed., Wiley 2008),
    /// "Drawdown" (maximum drawdown as the largest peak-to-trough loss); the same definition as CFA Institute's curriculum.
    /// </remarks>
    public static DrawdownResult For(PriceSeries adjustedClose, ReturnWindow window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(adjustedClose);
        TotalReturn.RequireField(adjustedClose, PriceField.AdjustedClose, Name);
        var range = WindowLocator.Locate(Name, adjustedClose, window, asOf);
        WindowLocator.RequireNoGaps(Name, adjustedClose, range);

        var values = adjustedClose.Values;
        int peak = range.Base, bestPeak = range.Base, bestTrough = range.Base;
        var depth = 0.0;
        for (var i = range.Base + 1; i <= range.End; i++)
        {
            if (values[i] > values[peak])
            {
                peak = i;
                continue;
            }

            var dd = (values[i] / values[peak]) - 1;
            if (dd < depth)
            {
                depth = dd;
                bestPeak = peak;
                bestTrough = i;
            }
        }

        DateOnly? recovery = null;
        if (depth < 0)
        {
            for (var i = bestTrough + 1; i <= range.End && recovery is null; i++)
            {
                if (values[i] >= values[bestPeak])
                {
                    recovery = adjustedClose.Dates[i];
                }
            }
        }

        var dates = adjustedClose.Dates;
        return new DrawdownResult(adjustedClose.Ticker, depth, dates[bestPeak], values[bestPeak], dates[bestTrough], values[bestTrough], recovery);
    }
}
