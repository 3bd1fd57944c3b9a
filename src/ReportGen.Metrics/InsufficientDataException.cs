namespace ReportGen.Metrics;

/// <summary>
/// The one domain exception of the metrics engine: a metric could not be computed because the data it needs is missing.
/// Never replaced by a silent 0 or NaN on a page.
/// </summary>
public sealed class InsufficientDataException : Exception
{
    /// <summary>Creates the exception from the metric, the series and what was needed.</summary>
    /// <param name="metric">The metric's name as templates know it, e.g. <c>total_return</c>.</param>
    /// <param name="security">The ticker or universe whose data was insufficient, e.g. <c>NVDA</c>.</param>
    /// <param name="needed">What was needed and not found, e.g. "a close on or before 2026-03-31".</param>
    public InsufficientDataException(string metric, string security, string needed)
        : base($"{metric} for {security}: needs {needed}")
    {
        Metric = metric;
        Security = security;
        Needed = needed;
    }

    /// <summary>The metric that failed, e.g. <c>total_return</c>.</summary>
    public string Metric { get; }

    /// <summary>The ticker or universe whose data was insufficient.</summary>
    public string Security { get; }

    /// <summary>What the metric needed and did not find.</summary>
    public string Needed { get; }
}
