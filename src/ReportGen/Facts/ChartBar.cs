namespace ReportGen.Facts;

/// <summary>One bar of a bar chart.</summary>
/// <param name="Label">The category under or beside the bar: a ticker, a universe or a period label such as "Jan 2026".</param>
/// <param name="Value">The bar's value, finite, in the chart's value unit (a fraction for returns, USD for flows and market cap, a multiple for valuations).</param>
/// <param name="IsBenchmark">True for a benchmark bar, drawn grey so the reader can tell it from the members.</param>
public sealed record ChartBar(string Label, double Value, bool IsBenchmark = false)
{
    /// <summary>The security this bar stands for (its ticker, whatever its label reads), or null for a universe or a
    /// period; the text stage links the label to the security\'s page where the caption or data table names it.</summary>
    public string? Ticker { get; init; }
}
