using System.Globalization;
using System.Text;
using ReportGen.Figures;

namespace ReportGen.Site;

/// <summary>Writes an edition's figures as <c>figures.csv</c>: one row per printed number with its provenance (RFC 4180, LF).</summary>
public static class FiguresCsv
{
    /// <summary>The CSV text: id, text, value, unit, metric, subject, inputs, sources, as_of.</summary>
    /// <param name="figures">The figures in page order.</param>
    /// <param name="citations">Data set id to citation words.</param>
    public static string Write(IReadOnlyList<Figure> figures, IReadOnlyDictionary<string, string> citations)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(citations);
        var sb = new StringBuilder("id,text,value,unit,metric,subject,inputs,source,as_of\n");
        foreach (var f in figures)
        {
            var source = string.Join("; ", f.Value.SourceIds.Select(id => citations.GetValueOrDefault(id, id)));
            sb.Append(string.Join(",", [
                f.Id.ToString(CultureInfo.InvariantCulture),
                Quote(f.Text),
                f.Value.Value.ToString("R", CultureInfo.InvariantCulture),
                f.Value.Unit.ToString(),
                Quote(f.Value.Metric),
                Quote(f.Value.Subject),
                Quote(f.Value.Inputs),
                Quote(source),
                f.Value.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
