using ReportGen.Config;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using static ReportGen.Text.Functions.FunctionArguments;

namespace ReportGen.Text.Functions;

/// <summary>
/// Formatting: the <c>fmt.*</c> functions that print a metric value. Every formatter checks the unit of its value,
/// refuses bare numbers, and prints through <see cref="FigureWriter"/>, so each number on a page is a recorded figure
/// (except <c>fmt.date</c>, which prints a date).
/// </summary>
/// <param name="figures">Prints and records the figures.</param>
/// <param name="culture">How numbers and dates are written (<c>language</c> in reportgen.yml).</param>
internal sealed class FormatFunctions(FigureWriter figures, SiteCulture culture)
{
    [TemplateFunction("fmt.pct")]
    [TemplateExample("{{ r | fmt.pct }}", "+15.3%")]
    [TemplateExample("{{ down | fmt.pct 2 }}", "-4.20%")]
    private HtmlFragment Pct(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        figures.Emit(context, span, "fmt.pct", value, MetricUnit.Fraction, v => Formats.Percent(v, decimals, culture: culture));

    [TemplateFunction("fmt.pct_abs")]
    [TemplateExample("{{ down | fmt.pct_abs }}", "4.2%")]
    private HtmlFragment PctAbs(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        figures.Emit(context, span, "fmt.pct_abs", value, MetricUnit.Fraction, v => Formats.PercentMagnitude(v, decimals, culture: culture));

    [TemplateFunction("fmt.pp")]
    [TemplateExample("{{ gap | fmt.pp }}", "+5.2 pp")]
    private HtmlFragment Pp(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        figures.Emit(context, span, "fmt.pp", value, MetricUnit.PercentagePoints, v => Formats.PercentagePoints(v, decimals, culture: culture));

    [TemplateFunction("fmt.pp_abs")]
    [TemplateExample("{{ gap | fmt.pp_abs }}", "5.2 percentage points")]
    [TemplateExample("{{ tiny_gap | fmt.pp_abs }}", "0.03 percentage points")]
    private HtmlFragment PpAbs(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        figures.Emit(context, span, "fmt.pp_abs", value, MetricUnit.PercentagePoints, v => Formats.PercentagePointsMagnitude(v, decimals, culture: culture));

    [TemplateFunction("fmt.bp")]
    [TemplateExample("{{ er | fmt.bp }}", "68 bp")]
    private HtmlFragment Bp(TemplateContext context, SourceSpan span, object value) =>
        figures.Emit(context, span, "fmt.bp", value, MetricUnit.Fraction, v => Formats.BasisPoints(v, culture));

    [TemplateFunction("fmt.usd")]
    [TemplateExample("{{ cap | fmt.usd }}", "$1.2T")]
    [TemplateExample("{{ flow | fmt.usd }}", "$4.2bn")]
    [TemplateExample("{{ cap | fmt.usd 0 }}", "$1T")]
    private HtmlFragment Usd(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        figures.Emit(context, span, "fmt.usd", value, MetricUnit.Usd, v => Formats.Usd(v, decimals, culture: culture));

    [TemplateFunction("fmt.price")]
    [TemplateExample("{{ close | fmt.price }}", "$32.15")]
    private HtmlFragment Price(TemplateContext context, SourceSpan span, object value, int decimals = 2) =>
        figures.Emit(context, span, "fmt.price", value, MetricUnit.Usd, v => Formats.Price(v, decimals, culture: culture));

    [TemplateFunction("fmt.usd_abs")]
    [TemplateExample("{{ flow | fmt.usd_abs }}", "$4.2bn")]
    private HtmlFragment UsdAbs(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        figures.Emit(context, span, "fmt.usd_abs", value, MetricUnit.Usd, v => Formats.Usd(Math.Abs(v), decimals, culture: culture));

    [TemplateFunction("fmt.multiple")]
    [TemplateExample("{{ pe | fmt.multiple }}", "42x")]
    private HtmlFragment Multiple(TemplateContext context, SourceSpan span, object value, int decimals = 0) =>
        figures.Emit(context, span, "fmt.multiple", value, MetricUnit.Multiple, v => Formats.Multiple(v, decimals, culture: culture));

    [TemplateFunction("fmt.count")]
    [TemplateExample("{{ n | fmt.count }}", "9")]
    private HtmlFragment Count(TemplateContext context, SourceSpan span, object value) =>
        figures.Emit(context, span, "fmt.count", value, MetricUnit.Number, v => Formats.Number(v, culture: culture));

    [TemplateFunction("fmt.number")]
    [TemplateExample("{{ n | fmt.number 1 }}", "9.0")]
    private HtmlFragment NumberValue(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        figures.Emit(context, span, "fmt.number", value, MetricUnit.Number, v => Formats.Number(v, decimals, culture: culture));

    [TemplateFunction("fmt.date")]
    [TemplateExample("{{ day | fmt.date }}", "Mar 29, 2026")]
    private string Date(TemplateContext context, SourceSpan span, object value) => value switch
    {
        DateOnly d => Formats.Date(d, culture),
        _ => throw new ScriptRuntimeException(span, $"fmt.date expects a date such as edition.as_of; got {Describe(value)}"),
    };
}
