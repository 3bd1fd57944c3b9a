namespace ReportGen.Facts;

/// <summary>One labelled point of a scatter chart.</summary>
/// <param name="Label">The name drawn beside the point, e.g. a ticker.</param>
/// <param name="X">Horizontal value, finite, in the chart's x unit (annualized volatility as a fraction for risk/return).</param>
/// <param name="Y">Vertical value, finite, in the chart's y unit (return as a fraction for risk/return).</param>
/// <param name="IsBenchmark">True for the benchmark's point, drawn grey with a distinct marker.</param>
public sealed record ChartPoint(string Label, double X, double Y, bool IsBenchmark = false)
{
    /// <summary>The security this point stands for (its ticker, whatever its label reads), or null for a universe or a
    /// period; the text stage links the label to the security\'s page where the caption or data table names it.</summary>
    public string? Ticker { get; init; }
}
