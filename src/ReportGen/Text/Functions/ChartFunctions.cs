using System.Globalization;
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
        var rows = new ScriptArray(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            rows.Add(new ScriptArray(row));
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
            ["caption"] = spec.Caption,
            ["headers"] = new ScriptArray(table.Headers),
            ["rows"] = rows,
            ["csv"] = folder + spec.Id + ".csv",
            ["data_label"] = dataLabel,
            ["csv_label"] = csvLabel,
        };
        return markup.Render(MarkupPartials.Chart, model, context);
    }
}
