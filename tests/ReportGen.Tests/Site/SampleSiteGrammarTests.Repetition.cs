using System.Net;
using System.Text.RegularExpressions;

namespace ReportGen.Tests.Site;

/// <summary>Issue 15: "no sentence outside disclaimer and method notes identical in every edition of its series". Every
/// report series of the sample with two editions or more is read sentence by sentence (the note's body, up to its Method
/// notes; tables, figures, chart data and the link line to the site's FAQ left out), on the build this class already makes.</summary>
public sealed partial class SampleSiteGrammarTests
{
    [Fact]
    public void NoSentenceOfANote_IsTheSameInEveryEditionOfItsSeries()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        var failures = new List<string>();
        foreach (var series in Editions(fixture.Output).Where(e => e.Series != "tear-sheet").GroupBy(e => e.Series, StringComparer.Ordinal))
        {
            var pages = series.Select(e => e.Page).ToList();
            if (pages.Count < 2)
            {
                continue;
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var page in pages)
            {
                foreach (var sentence in NoteSentences(File.ReadAllText(page)).ToHashSet(StringComparer.Ordinal))
                {
                    counts[sentence] = counts.GetValueOrDefault(sentence) + 1;
                }
            }

            failures.AddRange(counts.Where(c => c.Value == pages.Count).Select(c => $"{series.Key} ({pages.Count} editions): \"{c.Key}\""));
        }

        Assert.True(failures.Count == 0, "sentences that every edition of a series repeats:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void NoteSentences_ReadsTheBodyUpToTheMethodNotes_WithoutTablesFiguresAndTheFaqLinkLine()
    {
        const string page = "<p>Kicker.</p><div class=\"body\"><p>One sentence. Another one! A third?</p><table><tr><td>cell.</td></tr></table>"
            + "<figure><figcaption>Caption.</figcaption></figure><ul><li>An item.</li></ul><h2 id=\"faq\">FAQ</h2><h3>A subsection</h3><h3>A question?</h3>"
            + "<p class=\"faq-more\">More questions: <a href=\"x\">Q</a></p><h2 id=\"method-notes\">Method notes</h2><p>A method.</p></div>"
            + "<section class=\"sources\"><p>Sources.</p></section>";

        Assert.Equal(["One sentence.", "Another one!", "A third?", "An item.", "A question?"], NoteSentences(page));
    }

    // The note's own text: <div class="body"> up to the sources section, cut at the Method notes heading; paragraphs, list
    // items and the questions of the FAQ (section headings are the kind's structure, not sentences), tags stripped, split
    // after . ! or ? followed by a capital.
    private static List<string> NoteSentences(string page)
    {
        var start = page.IndexOf("<div class=\"body\">", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var end = page.IndexOf("<section class=\"sources\"", start, StringComparison.Ordinal);
        var body = end < 0 ? page[start..] : page[start..end];
        var method = body.IndexOf("<h2 id=\"method-notes\"", StringComparison.Ordinal);
        body = method < 0 ? body : body[..method];
        body = Regex.Replace(body, @"<(table|figure|script|style|details)\b.*?</\1>", " ", RegexOptions.Singleline);
        body = Regex.Replace(body, @"<p class=""faq-more"".*?</p>", " ", RegexOptions.Singleline);
        return [.. Block().Matches(body)
            .Where(m => m.Groups[1].Value != "h3" || m.Groups[2].Value.TrimEnd().EndsWith('?'))
            .Select(m => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(m.Groups[2].Value, "<[^>]+>", string.Empty)), @"\s+", " ").Trim())
            .SelectMany(text => SentenceEnd().Split(text))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)];
    }

    [GeneratedRegex(@"<(p|li|h3)\b[^>]*>(.*?)</\1>", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex SentenceEnd();
}
