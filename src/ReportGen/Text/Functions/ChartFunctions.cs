using System.Globalization;
using System.Net;
using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportGen.Text.Functions;

/// <summary>
/// Charts: <c>chart "id"</c>, which writes a chart declared in the front matter through the chart partial: a
/// <c>&lt;figure&gt;</c> with its wide and narrow SVG images, alt text, caption and data table.
/// </summary>
/// <param name="specs">The edition's bound charts by id.</param>
/// <param name="folder">Relative URL of the edition's chart folder from its page, ending in '/'.</param>
/// <param name="markup">Writes the chart partial.</param>
/// <param name="pictures">The image files and sizes of a chart (<see cref="ChartPicture"/>).</param>
/// <param name="dataLabel">The words that open the chart's data table (<c>labels.chart_data</c>), "Chart data" in English.</param>
/// <param name="csvLabel">The words of the link to the chart's CSV (<c>labels.chart_csv</c>), "Download the data (CSV)" in English.</param>
internal sealed class ChartFunctions(IReadOnlyDictionary<string, ChartSpec> specs, string folder, MarkupWriter markup, Func<ChartSpec, ChartPicture> pictures, string dataLabel = "Chart data", string csvLabel = "Download the data (CSV)")
{
    [TemplateFunction("chart")]
    private HtmlFragment Chart(TemplateContext context, SourceSpan span, string id)
    {
        if (!specs.TryGetValue(id, out var spec))
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.TemplateRuntime, specs.Count == 0 ? $"unknown chart '{id}'; the report declares no charts under 'charts:' in its front matter" : $"unknown chart '{id}' (charts are declared under 'charts:' in the front matter){NameSuggestions.Hint(id, specs.Keys)}");
        }

        var table = spec.Table;
        var tickers = spec.TableRowTickers;
        var rows = new ScriptArray(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = new ScriptArray(table.Rows[i]);
            if (Linked(context) && i < tickers.Count && tickers[i] is { } ticker && row.Count > 0 && row[0] is string first)
            {
                // The first cell names the row: a covered security's name links to its page.
                row[0] = new HtmlFragment(ReportTemplateContext.SecurityLink(context, ticker, WebUtility.HtmlEncode(first), span));
            }

            rows.Add(row);
        }

        var picture = pictures(spec);
        var model = new ScriptObject
        {
            ["id"] = spec.Id,
            ["title"] = spec.Title,
            ["src"] = folder + picture.WideFile,
            ["src_narrow"] = folder + picture.NarrowFile,
            ["narrow_media"] = picture.NarrowMedia,
            ["narrow_width"] = picture.NarrowWidth.ToString(CultureInfo.InvariantCulture),
            ["narrow_height"] = picture.NarrowHeight.ToString(CultureInfo.InvariantCulture),
            ["src_1x"] = folder + picture.WideFile,
            ["src_2x"] = folder + picture.WideFile,
            ["width"] = ChartSpec.Width.ToString(CultureInfo.InvariantCulture),
            ["height"] = ChartSpec.Height.ToString(CultureInfo.InvariantCulture),
            ["alt"] = spec.AltText,
            ["caption"] = Caption(context, span, spec),
            ["headers"] = new ScriptArray(table.Headers),
            ["rows"] = rows,
            ["csv"] = folder + spec.Id + ".csv",
            ["data_label"] = dataLabel,
            ["csv_label"] = csvLabel,
        };
        return markup.Render(MarkupPartials.Chart, model, context);
    }

    private static bool Linked(TemplateContext context) => context is ReportTemplateContext { Links: not null, Mode: not RenderMode.PlainText };

    // The caption as text, or, in a render with ticker links, as HTML whose line and bar labels that name a covered
    // security link to its page: the spec writes a marker for each label (ChartSpec.CaptionWith), the rest is escaped.
    private static object Caption(TemplateContext context, SourceSpan span, ChartSpec spec)
    {
        var plain = spec.Caption;
        if (!Linked(context) || plain.AsSpan().IndexOfAny(LabelStart, LabelEnd) >= 0)
        {
            return plain;
        }

        var labels = new List<(string Label, string? Ticker)>();
        var marked = spec.CaptionWith((label, ticker) =>
        {
            labels.Add((label, ticker));
            return string.Create(CultureInfo.InvariantCulture, $"{LabelStart}{labels.Count - 1}{LabelEnd}");
        });
        var html = new StringBuilder();
        var parts = WebUtility.HtmlEncode(marked).Split(LabelStart);
        html.Append(parts[0]);
        foreach (var part in parts.Skip(1))
        {
            var end = part.IndexOf(LabelEnd, StringComparison.Ordinal);
            var (label, ticker) = labels[int.Parse(part.AsSpan(0, end), CultureInfo.InvariantCulture)];
            html.Append(ReportTemplateContext.SecurityLink(context, ticker, WebUtility.HtmlEncode(label), span)).Append(part.AsSpan(end + 1));
        }

        return new HtmlFragment(html.ToString());
    }

    // Private-use characters that mark a label in a caption while it is escaped; a caption that holds one is left plain.
    private const char LabelStart = '\uE002';
    private const char LabelEnd = '\uE003';
}
