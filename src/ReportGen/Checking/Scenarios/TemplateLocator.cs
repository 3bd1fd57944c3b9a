using ReportGen.Diagnostics;
using ReportGen.Planning;

namespace ReportGen.Checking.Scenarios;

/// <summary>
/// Finds the template line a rendered sentence came from: the words around its claim, as typed in the template (the
/// longest run of at least two words next to the claim words that occurs in the report's body); for words a function
/// printed (<c>move</c>, <c>compare</c>), which the template does not spell out, the heading of the section the sentence
/// is in; for the headline and dek, their front matter keys.
/// </summary>
internal static class TemplateLocator
{
    /// <summary>Where <paramref name="contradiction"/> was written in <paramref name="report"/>, with that line's text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="contradiction">The finding.</param>
    public static (SourceLocation Location, string? Line) Locate(ReportDefinition report, Contradiction contradiction)
    {
        var sentence = contradiction.Sentence;
        if (sentence.Part != ProsePart.Body)
        {
            var key = sentence.Part == ProsePart.Title ? "title" : "summary";
            var lineStart = LineStart(report.Text, report.Front.LineOf(key));
            var lineEnd = report.Text.IndexOf('\n', lineStart) is var e and >= 0 ? e : report.Text.Length;
            var word = report.Text.IndexOf(contradiction.Phrase, lineStart, lineEnd - lineStart, StringComparison.OrdinalIgnoreCase);
            return At(report, word >= 0 ? word : lineStart, report.Front.LineOf(key));
        }

        var body = report.Text.AsSpan(report.Front.BodyOffset).ToString();
        var tokens = sentence.Tokens;
        var (from, to) = (contradiction.PhraseIndex, contradiction.PhraseIndex + contradiction.Phrase.Split(' ').Length);
        while (from > 0 && tokens[from - 1].Figure is null && to - from < 12)
        {
            from--;
        }

        while (to < tokens.Count && tokens[to].Figure is null && to - from < 16)
        {
            to++;
        }

        // Longest spans first, each containing the claim words and at least two words.
        for (var size = to - from; size >= 2; size--)
        {
            for (var start = Math.Max(from, contradiction.PhraseIndex + 1 - size); start <= contradiction.PhraseIndex && start + size <= to; start++)
            {
                if (start + size < contradiction.PhraseIndex + 1 || tokens.Skip(start).Take(size).Count(t => t.IsWord) < 2)
                {
                    continue;
                }

                var text = ProseSentence.Join(tokens, start, start + size);
                var at = body.IndexOf(text, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var claimAt = body.IndexOf(contradiction.Phrase, at, StringComparison.OrdinalIgnoreCase);
                    return At(report, report.Front.BodyOffset + (claimAt >= at && claimAt < at + text.Length ? claimAt : at), 0);
                }
            }
        }

        if (sentence.Heading is { } heading && body.IndexOf("## " + heading, StringComparison.Ordinal) is var h and >= 0)
        {
            return At(report, report.Front.BodyOffset + h, 0);
        }

        return At(report, report.Front.BodyOffset, 0);
    }

    private static int LineStart(string text, int line)
    {
        var at = 0;
        for (var l = 1; l < line && at >= 0; l++)
        {
            at = text.IndexOf('\n', at) is var n and >= 0 ? n + 1 : -1;
        }

        return Math.Max(0, at);
    }

    private static (SourceLocation, string?) At(ReportDefinition report, int offset, int knownLine)
    {
        var text = report.Text;
        var start = text.LastIndexOf('\n', Math.Max(0, Math.Min(text.Length - 1, offset - 1))) + 1;
        if (offset == 0)
        {
            start = 0;
        }

        var line = knownLine > 0 ? knownLine : 1 + text.AsSpan(0, start).Count('\n');
        var end = text.IndexOf('\n', start);
        var lineText = (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r');
        return (new SourceLocation(report.Path, line, offset - start + 1), lineText);
    }
}
