using System.Globalization;
using System.Net;
using ReportGen.Config;
using ReportGen.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Site;

/// <summary>
/// The layouts' <c>fill</c> function: a label with slots (<see cref="LayoutLabels.Slots"/>) made into markup, e.g.
/// <c>{{ fill labels.search_needs_js { archive: { href: page.root + "archive/", text: labels.link_archive }, topics: … } }}</c>.
/// The label's own text is HTML-escaped; a slot's value is escaped text, a link (<c>{ href, text }</c>, with <c>download: true</c> for a download link), a date
/// (<c>{ datetime, text }</c>: a <c>&lt;time&gt;</c>) or markup from another function, written as is.
/// </summary>
public static class LabelSlots
{
    /// <summary>Fills <paramref name="text"/>'s slots from <paramref name="slots"/>.</summary>
    /// <param name="context">The layout's template context.</param>
    /// <param name="span">Where <c>fill</c> is called, for errors.</param>
    /// <param name="text">The label's text, e.g. <c>labels.draft_banner</c>.</param>
    /// <param name="slots">Slot name to value.</param>
    /// <returns>The markup.</returns>
    /// <exception cref="ScriptRuntimeException">A slot of the text has no value in <paramref name="slots"/>, or a value is of no
    /// shape above (reported as a template error at the call).</exception>
    public static HtmlFragment Fill(TemplateContext context, SourceSpan span, string text, ScriptObject slots)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(slots);
        return new HtmlFragment(LayoutLabels.Fill(text, name => slots.TryGetValue(name, out var value)
            ? Markup(span, name, value)
            : throw new ScriptRuntimeException(span, $"fill: the label \"{text}\" has the slot {{{name}}}, which the layout gives no value; it gives: {string.Join(", ", slots.Keys.Order(StringComparer.Ordinal))}"),
            WebUtility.HtmlEncode));
    }

    private static string Markup(SourceSpan span, string name, object? value) => value switch
    {
        HtmlFragment fragment => fragment.Html,
        ScriptObject { } o when o.ContainsKey("href") => $"<a href=\"{Encode(o["href"])}\"{(o.TryGetValue("download", out var d) && d is true ? " download" : string.Empty)}>{Inner(o["text"])}</a>",
        ScriptObject { } o when o.ContainsKey("datetime") => $"<time datetime=\"{Encode(o["datetime"])}\">{Inner(o["text"])}</time>",
        ScriptObject => throw new ScriptRuntimeException(span, $"fill: the slot {{{name}}} is an object without 'href' or 'datetime'; give text, {{ href, text }} or {{ datetime, text }}"),
        null => throw new ScriptRuntimeException(span, $"fill: the slot {{{name}}} is null"),
        _ => Encode(value),
    };

    // A link's or date's text: markup from another function (a filled label) as is, anything else escaped.
    private static string Inner(object? value) => value is HtmlFragment fragment ? fragment.Html : Encode(value);

    private static string Encode(object? value) =>
        WebUtility.HtmlEncode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
}
