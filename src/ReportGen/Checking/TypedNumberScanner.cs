using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Planning;
using ReportGen.Text;

namespace ReportGen.Checking;

/// <summary>
/// Finds numbers typed into the prose of a report body (<see cref="DiagnosticCodes.TypedNumber"/>): every figure must come
/// from a metric through a formatter, so a digit in the literal text outside <c>{{ }}</c> is a figure nobody computed.
/// </summary>
/// <remarks>
/// Not reported: years (1900-2100 standing alone), ordinals (<c>3rd</c>, <c>21st</c>), list numbering at the start of a
/// line (<c>1.</c>, <c>2)</c>), windows (<c>12 months</c>, <c>52-week</c>), digits inside a word or ticker (<c>Q2</c>, <c>H100</c>) or a name (<c>3M</c>, <c>5G</c>), index names
/// (<c>S&amp;P 500</c>, <c>Nasdaq-100</c>, <c>Russell 2000</c>, <c>FTSE 100</c>, <c>Stoxx 600</c>), and anything inside
/// HTML tags, link targets, code spans or <c>{{ }}</c>.
/// </remarks>
public static partial class TypedNumberScanner
{
    /// <summary>Scans the body of <paramref name="report"/>.</summary>
    /// <param name="report">The report (its whole text; the body starts at its front matter's body offset).</param>
    /// <param name="diagnostics">Receives one error per typed number, at its file:line:col with the line shown.</param>
    public static void Scan(ReportDefinition report, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(report);
        Scan(report.Text, report.Front.BodyOffset, report.Path, diagnostics);
    }

    /// <summary>Scans <paramref name="text"/> from <paramref name="bodyOffset"/> on.</summary>
    /// <param name="text">The whole file text.</param>
    /// <param name="bodyOffset">0-based offset where the body starts (after the front matter).</param>
    /// <param name="path">Project-relative path for the diagnostics.</param>
    /// <param name="diagnostics">Where the errors go.</param>
    public static void Scan(string text, int bodyOffset, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var masked = ProseMask.Apply(text, bodyOffset);
        foreach (Match m in Number().Matches(masked))
        {
            if (IsAllowed(masked, m))
            {
                continue;
            }

            var (line, column, lineText) = ProseMask.Position(text, m.Index);
            diagnostics.Error(
                DiagnosticCodes.TypedNumber,
                $"number '{m.Value}' typed into the prose; every figure must come from a metric through a formatter, e.g. {{{{ u.period_return | fmt.pct }}}}",
                new SourceLocation(path, line, column),
                lineText);
        }
    }

    private static bool IsAllowed(string text, Match m)
    {
        var before = m.Index > 0 ? text[m.Index - 1] : '\n';
        var afterIndex = m.Index + m.Length;
        var after = afterIndex < text.Length ? text[afterIndex] : '\n';
        if (char.IsLetter(before) || before == '_')
        {
            return true; // a ticker or word with digits: Q2, H100, S3
        }

        if (Ordinal().IsMatch(text[m.Index..Math.Min(text.Length, afterIndex + 2)]))
        {
            return true; // 3rd, 21st
        }

        if (char.IsUpper(after) && !m.Value.Contains('.', StringComparison.Ordinal))
        {
            return true; // a name such as 3M or 5G (but 4.2bn and 10x are figures)
        }

        if (m.Value.Length == 4 && int.TryParse(m.Value, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            return true;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
        if (m.Index == 0 || lineStart == m.Index || text[lineStart..m.Index].Trim().Length == 0)
        {
            if (after is '.' or ')' && afterIndex + 1 < text.Length && text[afterIndex + 1] == ' ' && !m.Value.Contains('.', StringComparison.Ordinal))
            {
                return true; // list numbering
            }
        }

        if (Window().IsMatch(text[afterIndex..Math.Min(text.Length, afterIndex + 10)]))
        {
            return true; // a window such as "12 months" or "52-week": a label, not a computed figure
        }

        return IndexName().IsMatch(text[Math.Max(0, m.Index - 12)..m.Index]);
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d+(st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^[ -](days?|weeks?|months?|quarters?|years?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Window();

    [GeneratedRegex(@"(S&P|S&amp;P|Nasdaq|NASDAQ|Russell|FTSE|Stoxx|STOXX|DAX|CAC|Nikkei|Dow|MSCI World)[ -]$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexName();
}
