namespace ReportGen.Metrics.Model;

/// <summary>Positions in a <see cref="PriceSeries"/>: the base close and the end close of a window, <c>Base &lt; End</c>.</summary>
internal readonly record struct IndexRange(int Base, int End)
{
    /// <summary>Number of daily returns between the base and end closes.</summary>
    public int Returns => End - Base;
}
