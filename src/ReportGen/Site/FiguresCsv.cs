using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Facts;

namespace ReportGen.Site;

/// <summary>Writes an edition's figures as <c>figures.csv</c>: one row per printed number with its provenance (RFC 4180, LF).</summary>
/// <remarks>
/// Text cells are made safe to open in a spreadsheet as OWASP recommends against CSV injection
/// (https://owasp.org/www-community/attacks/CSV_Injection): a text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, unless it is a plain number (such as <c>-3.2%</c> or
/// <c>+1,234.5</c>), which a spreadsheet reads as a number and never as a formula. The numeric cells (id, value) are
/// written as numbers.
/// </remarks>
public static partial class FiguresCsv
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
                Text(f.Text),
                f.Value.Value.ToString("R", CultureInfo.InvariantCulture),
                f.Value.Unit.ToString(),
                Text(f.Value.Metric),
                Text(f.Value.Subject),
                Text(f.Value.Inputs),
                Text(source),
                f.Value.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
            sb.Append('\n');
        }

        return sb.ToString();
    }

    // A text cell: neutralised when a spreadsheet would read it as a formula, then quoted as RFC 4180 requires.
    private static string Text(string text) =>
        Quote(text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(text) ? "'" + text : text);

    [GeneratedRegex(@"^[+-]?[0-9][0-9,]*(\.[0-9]+)?%?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
