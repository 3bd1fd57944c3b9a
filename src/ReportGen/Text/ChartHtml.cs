using System.Globalization;
using System.Net;
using System.Text;
using ReportGen.Charts;
using ReportGen.Facts;

namespace ReportGen.Text;

/// <summary>The HTML of a chart on a page: a <c>&lt;figure&gt;</c> with 1x/2x images, alt text, caption and a data-table fallback.</summary>
public static class ChartHtml
{
    /// <summary>The figure markup, on lines without blank lines so Markdown keeps it as one HTML block.</summary>
    /// <param name="spec">The chart.</param>
    /// <param name="folder">Relative URL of the chart folder from the page, ending in '/'.</param>
    public static string Figure(ChartSpec spec, string folder)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var e = (Func<string, string>)WebUtility.HtmlEncode;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\" id=\"chart-{e(spec.Id)}\">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<img src=\"{e(folder + spec.FileName(1))}\" srcset=\"{e(folder + spec.FileName(1))} 1x, {e(folder + spec.FileName(2))} 2x\" width=\"{ChartSpec.Width}\" height=\"{ChartSpec.Height}\" alt=\"{e(spec.AltText)}\" loading=\"lazy\">\n");
        // The data table sits inside the caption: a figure's caption must be its first or last child (HTML content model).
        sb.Append(CultureInfo.InvariantCulture, $"<figcaption>{e(spec.Caption)}\n");
        var table = spec.Table;
        sb.Append("<details class=\"chart-data\"><summary>Chart data</summary>\n<table>\n<thead><tr>");
        foreach (var h in table.Headers)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{e(h)}</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                sb.Append(i == 0 ? $"<th scope=\"row\">{e(row[i])}</th>" : $"<td>{e(row[i])}</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</details>\n</figcaption>\n</figure>");
        return sb.ToString();
    }
}
