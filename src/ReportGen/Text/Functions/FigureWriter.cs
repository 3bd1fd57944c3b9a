using System.Globalization;
using System.Net;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Text.Functions;

/// <summary>
/// Prints a figure for the formatters and the narrative functions of one edition: checks the value's unit and source,
/// records it in the edition's figure log, and writes it through the figure partial, or as plain text when the render
/// is a headline, dek or chart title (<see cref="RenderMode.PlainText"/>).
/// </summary>
/// <param name="figures">The edition's figure log.</param>
/// <param name="citations">Gives the citation of each figure.</param>
/// <param name="markup">Writes the figure partial.</param>
internal sealed class FigureWriter(FigureLog figures, CitationFunctions citations, MarkupWriter markup)
{
    /// <summary>Prints <paramref name="value"/> formatted by <paramref name="format"/>.</summary>
    /// <param name="context">The calling render; its output decides markup or plain text.</param>
    /// <param name="span">The call site.</param>
    /// <param name="function">The template function's name, for errors (e.g. <c>fmt.pct</c>).</param>
    /// <param name="value">The metric value.</param>
    /// <param name="unit">The unit the function prints.</param>
    /// <param name="format">The number to its printed text, e.g. 0.1534 to "+15.3%".</param>
    /// <returns>The figure's markup, or its HTML-escaped text in plain text.</returns>
    /// <exception cref="TemplateFunctionException">RG2003 wrong unit, RG2009 a value without a source, or the figure partial failed.</exception>
    /// <exception cref="ScriptRuntimeException">The value is not finite.</exception>
    public HtmlFragment Emit(TemplateContext context, SourceSpan span, string function, object value, MetricUnit unit, Func<double, string> format)
    {
        var metric = FunctionArguments.Require(span, function, value, unit);
        if (metric.SourceIds.Count == 0)
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.FigureWithoutSource, $"{function}: {metric.Metric} of {metric.Subject} has no source; every figure must cite a data set from data/sources.yml");
        }

        if (!double.IsFinite(metric.Value))
        {
            throw new ScriptRuntimeException(span, $"{function}: {metric.Metric} of {metric.Subject} is {metric.Value}; expected a finite number");
        }

        var text = format(metric.Value);
        var figure = figures.Record(text, metric, citations.CitationOf(metric));
        if (ReportTemplateContext.ModeOf(context) == RenderMode.PlainText)
        {
            return new HtmlFragment(WebUtility.HtmlEncode(text));
        }

        var model = new ScriptObject
        {
            ["id"] = figure.Id.ToString(CultureInfo.InvariantCulture),
            ["text"] = text,
            ["metric"] = metric.Metric,
            ["subject"] = metric.Subject,
            ["inputs"] = metric.Inputs,
            ["unit"] = metric.Unit.ToString(),
            ["citation"] = figure.Citation,
            ["sources"] = new ScriptArray(metric.SourceIds),
            ["as_of"] = metric.AsOf,
            ["as_of_iso"] = metric.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return markup.Render(MarkupPartials.Figure, model, context);
    }
}
