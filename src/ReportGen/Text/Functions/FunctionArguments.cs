using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportGen.Text.Functions;

/// <summary>What every template function does with its arguments: checks units, turns data problems into diagnostics at the call, describes a wrong argument.</summary>
internal static class FunctionArguments
{
    /// <summary>The metric value <paramref name="value"/> if it is in <paramref name="unit"/>.</summary>
    /// <exception cref="TemplateFunctionException">RG2003: not a metric value, or one in another unit.</exception>
    public static MetricValue Require(SourceSpan span, string function, object value, MetricUnit unit) => value switch
    {
        MetricValue m when m.Unit == unit => m,
        MetricValue m => throw new TemplateFunctionException(span, DiagnosticCodes.UnitMismatch, $"{function} expects a value in {unit}; {m.Metric} of {m.Subject} is in {m.Unit}"),
        _ => throw new TemplateFunctionException(span, DiagnosticCodes.UnitMismatch, $"{function} expects a metric value in {unit}; got {Describe(value)} (numbers typed into templates are not allowed: use a metric)"),
    };

    /// <summary>Runs <paramref name="compute"/>, reporting a data problem at the call.</summary>
    /// <exception cref="TemplateFunctionException">RG2006 not enough data, RG3001 a NaN or infinite metric.</exception>
    /// <exception cref="ScriptRuntimeException">An unknown ticker or universe.</exception>
    public static T Guard<T>(SourceSpan span, Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (InsufficientDataException e)
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.MetricUnavailable, $"{e.Message}");
        }
        catch (NonFiniteMetricException e)
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.NonFiniteMetric, e.Message);
        }
        catch (KeyNotFoundException e)
        {
            throw new ScriptRuntimeException(span, e.Message);
        }
    }

    /// <summary>A wrong argument in words, e.g. "the text 'x'", "the number 0.153".</summary>
    public static string Describe(object? value) => value switch
    {
        null => "nothing (null)",
        string s => $"the text '{s}'",
        IFormattable f => $"the number {f.ToString(null, CultureInfo.InvariantCulture)}",
        _ => $"a {value.GetType().Name}",
    };
}
