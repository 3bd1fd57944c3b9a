using System.Globalization;
using System.Net;
using ReportGen.Facts;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using static ReportGen.Text.Functions.FunctionArguments;

namespace ReportGen.Text.Functions;

/// <summary>
/// Citation: <c>cite</c>, which writes "(Source: &lt;sources&gt;, &lt;as-of date&gt;)" for a metric value, a data set or an event (linking the event's source URL)
/// through the citation partial (plain text in a headline), and the citation words every figure records.
/// </summary>
/// <param name="scope">The edition's facts: the data sets of <c>data/sources.yml</c> and the as-of date.</param>
/// <param name="markup">Writes the citation partial.</param>
internal sealed class CitationFunctions(EditionScope scope, MarkupWriter markup)
{
    /// <summary>The citation words of a value's sources with its as-of date: "Yahoo Finance adjusted closes, Jun 30, 2026".</summary>
    /// <param name="value">The metric value.</param>
    public string CitationOf(MetricValue value) => Text(SourceNames(value), value.AsOf);

    [TemplateFunction("cite")]
    private HtmlFragment Cite(TemplateContext context, SourceSpan span, object what)
    {
        if (what is EventView e)
        {
            return CiteEvent(context, e);
        }

        var (names, asOf) = what switch
        {
            MetricValue m => (SourceNames(m), m.AsOf),
            string id when scope.Data.Sources.TryGetValue(id, out var source) => ([source.Citation], source.AsOf < scope.AsOf ? source.AsOf : scope.AsOf),
            string id => throw new ScriptRuntimeException(span, $"cite: unknown data set '{id}'; expected one of: {string.Join(", ", scope.Data.Sources.Keys.Order(StringComparer.Ordinal))}"),
            _ => throw new ScriptRuntimeException(span, $"cite expects a metric value, an event or a data set id from data/sources.yml; got {Describe(what)}"),
        };
        var text = Text(names, asOf);
        if (ReportTemplateContext.ModeOf(context) == RenderMode.PlainText)
        {
            return new HtmlFragment($"(Source: {WebUtility.HtmlEncode(text)})");
        }

        var model = new ScriptObject
        {
            ["text"] = text,
            ["sources"] = new ScriptArray(names),
            ["as_of"] = asOf,
            ["as_of_iso"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["url"] = null,
        };
        return markup.Render(MarkupPartials.Citation, model, context);
    }

    // An event is cited by its own page: the words are the site's host and the event's date, the markup links the URL
    // (the citation partial's citation.url).
    private HtmlFragment CiteEvent(TemplateContext context, EventView e)
    {
        var host = Uri.TryCreate(e.SourceUrl, UriKind.Absolute, out var uri) ? uri.Host : e.SourceUrl;
        var text = Text([host], e.Date);
        if (ReportTemplateContext.ModeOf(context) == RenderMode.PlainText)
        {
            return new HtmlFragment($"(Source: {WebUtility.HtmlEncode(text)})");
        }

        var model = new ScriptObject
        {
            ["text"] = text,
            ["sources"] = new ScriptArray(new[] { host }),
            ["as_of"] = e.Date,
            ["as_of_iso"] = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["url"] = e.SourceUrl,
        };
        return markup.Render(MarkupPartials.Citation, model, context);
    }

    private List<string> SourceNames(MetricValue value) =>
        [.. value.SourceIds.Select(id => scope.Data.Sources.TryGetValue(id, out var s) ? s.Citation : id).Distinct(StringComparer.Ordinal)];

    private string Text(IEnumerable<string> names, DateOnly asOf) => $"{string.Join("; ", names)}, {Formats.Date(asOf, culture: scope.Culture)}";
}
