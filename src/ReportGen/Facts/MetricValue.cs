using ReportGen.Metrics.Catalogue;

namespace ReportGen.Facts;

/// <summary>
/// A computed metric as templates receive it: the number with its unit and provenance. It reaches the page only through a
/// formatting function, which records it as a <see cref="Figure"/>.
/// </summary>
/// <param name="Value">The number in <paramref name="Unit"/> (fractions for returns: 0.153 = 15.3%); always finite.</param>
/// <param name="Unit">What the number measures.</param>
/// <param name="Metric">The metric's name, e.g. <c>total_return</c>.</param>
/// <param name="Subject">What it is about: a ticker (<c>NVDA</c>) or universe (<c>ai-leaders</c>), or "A vs B" for spreads.</param>
/// <param name="Inputs">The inputs a reader needs to check it, e.g. "Adj Close 2026-03-31 105.39 → 2026-06-30 157.99".</param>
/// <param name="SourceIds">Data set ids (from data/sources.yml) the inputs came from, ordinal-sorted, no duplicates.</param>
/// <param name="AsOf">The as-of date: the last trading day whose data the value uses.</param>
/// <exception cref="Metrics.NonFiniteMetricException">The value is NaN or infinite (on creation and on <c>with { Value = … }</c>):
/// every view builds its figures here, so a non-finite metric is an error naming the metric and the subject, never a
/// value that a ranking sorts last or a filter leaves out.</exception>
public sealed record MetricValue(double Value, MetricUnit Unit, string Metric, string Subject, string Inputs, IReadOnlyList<string> SourceIds, DateOnly AsOf)
{
    /// <summary>The number in <see cref="Unit"/>; always finite.</summary>
    /// <exception cref="Metrics.NonFiniteMetricException">Set to NaN or an infinity.</exception>
    public double Value
    {
        get;
        init => field = Finite(value, Metric, Subject, Inputs);
    } = Finite(Value, Metric, Subject, Inputs);

    /// <summary>Rendering the bare object (without a formatter) is refused by the template context; this text only shows in debugging.</summary>
    public override string ToString() => $"{Metric}({Subject}) = {Value} {Unit}";

    private static double Finite(double value, string metric, string subject, string inputs) =>
        double.IsFinite(value) ? value : throw new Metrics.NonFiniteMetricException(metric, subject, value, inputs);
}
