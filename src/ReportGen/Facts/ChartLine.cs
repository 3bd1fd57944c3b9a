namespace ReportGen.Facts;

/// <summary>One series of a line or area chart: a label and values on dates.</summary>
/// <param name="Label">What the reader sees in the legend, e.g. "AI basket" or "S&amp;P 500".</param>
/// <param name="Dates">Trading days, strictly ascending; at least two.</param>
/// <param name="Values">One value per date, finite; the unit is the chart's y unit (an index level for indexed performance, a fraction otherwise).</param>
/// <param name="IsBenchmark">True for the series others are compared against; it is drawn grey and dashed, and named after "vs" in captions.</param>
public sealed record ChartLine(string Label, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Values, bool IsBenchmark = false)
{
    /// <summary>The security this line stands for (its ticker, whatever its label reads), or null for a universe; the
    /// text stage links the label to the security's page where the caption or data table names it.</summary>
    public string? Ticker { get; init; }

    /// <summary>The value on the last date.</summary>
    /// <exception cref="InvalidOperationException">The series is empty.</exception>
    public double LastValue => Values.Count > 0 ? Values[^1] : throw new InvalidOperationException($"chart line '{Label}' has no values");

    /// <summary>The value on the first date.</summary>
    /// <exception cref="InvalidOperationException">The series is empty.</exception>
    public double FirstValue => Values.Count > 0 ? Values[0] : throw new InvalidOperationException($"chart line '{Label}' has no values");
}
