using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Risk;

/// <summary>Current drawdown: the latest adjusted close measured against the highest adjusted close of the window.</summary>
public static class CurrentDrawdown
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "current_drawdown";

    /// <summary>Current drawdown at the as-of date, from the window's highest close (base close included).</summary>
    /// <param name="adjustedClose">Daily adjusted closes (<see cref="PriceField.AdjustedClose"/>), ascending, one per trading day.</param>
    /// <param name="window">The window; <see cref="ReturnWindow.Inception"/> gives the drawdown from the all-time high in the data.</param>
    /// <param name="asOf">The as-of date; no price after it is read.</param>
    /// <returns>The depth as a fraction ≤ 0 with the peak's date and price.</returns>
    /// <exception cref="ArgumentException">The series is not adjusted closes.</exception>
    /// <exception cref="InsufficientDataException">The window's closes cannot be located (see <see cref="TotalReturn.For"/>), or two
    /// consecutive closes are more than <see cref="GapPolicy.MaxCalendarDays"/> calendar days apart (a gap could hide the peak).</exception>
    /// <remarks>
    /// DD_now = P_end / max_{base ≤ s ≤ end} P_s − 1. Source: Bacon, <i>Practical Portfolio Performance Measurement and Attribution</i>
    /// (2nd ed., Wiley 2008), "Drawdown" (drawdown from the previous high-water mark).
    /// </remarks>
    public static CurrentDrawdownResult For(PriceSeries adjustedClose, ReturnWindow window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(adjustedClose);
        TotalReturn.RequireField(adjustedClose, PriceField.AdjustedClose, Name);
        var range = WindowLocator.Locate(Name, adjustedClose, window, asOf);
        WindowLocator.RequireNoGaps(Name, adjustedClose, range);

        var values = adjustedClose.Values;
        var peak = range.Base;
        for (var i = range.Base + 1; i <= range.End; i++)
        {
            if (values[i] >= values[peak])
            {
                peak = i;
            }
        }

        var dates = adjustedClose.Dates;
        return new CurrentDrawdownResult(adjustedClose.Ticker, (values[range.End] / values[peak]) - 1, dates[peak], values[peak], dates[range.End], values[range.End]);
    }
}
