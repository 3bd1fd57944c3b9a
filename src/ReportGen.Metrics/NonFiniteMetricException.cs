using System.Globalization;

namespace ReportGen.Metrics;

/// <summary>
/// A metric came out NaN or infinite, which no page may show and no ranking may sort: an input is implausible (a price of
/// 1e-320 makes a return infinite and a volatility NaN). Unlike <see cref="InsufficientDataException"/> it is never read as
/// "not available": nothing catches it to leave a security out, so it reaches the build as an error naming the metric and
/// the security.
/// </summary>
public sealed class NonFiniteMetricException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="metric">The metric's name, e.g. <c>annualized_volatility_12m</c>.</param>
    /// <param name="security">The ticker or universe it was computed for, e.g. <c>NVDA</c>.</param>
    /// <param name="value">The non-finite value (NaN, Infinity or -Infinity).</param>
    /// <param name="inputs">The inputs as a reader would check them, e.g. "Adj Close 2026-03-31 0 → 2026-06-30 157.99".</param>
    public NonFiniteMetricException(string metric, string security, double value, string inputs)
        : base(string.Create(CultureInfo.InvariantCulture, $"{metric} of {security} is {value} ({inputs}); expected a finite number: an input is implausible, check the data it names"))
    {
        Metric = metric;
        Security = security;
        Value = value;
        Inputs = inputs;
    }

    /// <summary>The metric, e.g. <c>annualized_volatility_12m</c>.</summary>
    public string Metric { get; }

    /// <summary>The ticker or universe.</summary>
    public string Security { get; }

    /// <summary>The value: NaN, Infinity or -Infinity.</summary>
    public double Value { get; }

    /// <summary>The inputs the value was computed from.</summary>
    public string Inputs { get; }
}
