using System.Net;
using System.Text.RegularExpressions;
using ReportGen.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>Every sample edition read for the sections of its kind (<see cref="ReportKinds"/>), on the build this class
/// already makes (no extra sample build).</summary>
public sealed partial class SampleSiteGrammarTests
{
    [Fact]
    public void EveryEdition_HasTheSectionsOfItsKind_AndEveryNoteHoldsItsWordRange()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        var series = Directory.GetFiles(Path.Combine(RepoPaths.Root, "templates", "reports"), "*.sbn-md")
            .Select(f => Path.GetFileName(f)[..^".sbn-md".Length]).Order(StringComparer.Ordinal).ToList();
        var unmapped = series.Where(s => !ReportKinds.SeriesKind.ContainsKey(s)).ToList();
        Assert.True(unmapped.Count == 0, "series without a kind in ReportKinds.SeriesKind: " + string.Join(", ", unmapped));

        var missing = new List<string>();
        var wordFailures = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (slug, page) in Editions(fixture.Output))
        {
            var kind = ReportKinds.SeriesKind[slug];
            seen[slug] = seen.GetValueOrDefault(slug) + 1;
            var html = File.ReadAllText(page);
            var headings = ReportKinds.Sections(html);
            var at = Path.GetRelativePath(fixture.Output, page);
            missing.AddRange(kind.Sections.Where(s => !headings.Contains(s)).Select(s => $"{at}: no '## {s}' ({kind.Name})"));
            foreach (var wanted in kind.Wanted.Where(w => !headings.Contains(w)))
            {
                output.WriteLine($"wanted, not yet there: {at}: no '## {wanted}' ({kind.Name})");
            }

            var words = AnalysisWords(html);
            if (kind.Words != ReportKinds.WordRule.None && words is < ReportKinds.MinWords or > ReportKinds.MaxWords)
            {
                if (kind.Words == ReportKinds.WordRule.Asserted)
                {
                    wordFailures.Add($"{at}: {words} words of analysis");
                }

                output.WriteLine($"outside {ReportKinds.MinWords}-{ReportKinds.MaxWords} words: {at}: {words} ({kind.Name})");
            }
        }

        Assert.Equal(series, seen.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.True(missing.Count == 0, string.Join("\n", missing.Take(40)));
        Assert.True(wordFailures.Count == 0, string.Join("\n", wordFailures));
    }

    [Fact]
    public void AnalysisWords_CountsParagraphsUpToTheFaq_WithoutTablesAndFigures()
    {
        const string page = "<article class=\"edition\"><p>One two <b>three</b>.</p><table><tr><td><p>not this</p></td></tr></table>"
            + "<figure><p>nor this</p></figure><ul><li>four five</li></ul><p>six</p><h2 id=\"faq\">FAQ</h2><p>seven eight</p></article>";

        Assert.Equal(4, AnalysisWords(page));
    }

    // The edition pages: reports/<series>/<period>/ and securities/<ticker>/<period>/ (the tear sheets).
    private static IEnumerable<(string Series, string Page)> Editions(string site)
    {
        foreach (var dir in Directory.GetDirectories(Path.Combine(site, "reports")).Order(StringComparer.Ordinal))
        {
            foreach (var page in ReportKinds.EditionPages(dir))
            {
                yield return (Path.GetFileName(dir), page);
            }
        }

        var securities = Path.Combine(site, "securities");
        if (!Directory.Exists(securities))
        {
            yield break;
        }

        foreach (var dir in Directory.GetDirectories(securities).Order(StringComparer.Ordinal))
        {
            foreach (var page in ReportKinds.EditionPages(dir))
            {
                yield return ("tear-sheet", page);
            }
        }
    }

    // As tools/measure_prose.py: the paragraphs (<p>) of the article up to the FAQ heading, tables, figures, scripts and
    // styles removed, tags stripped, words split on white space. List items are not paragraphs and are not counted.
    private static int AnalysisWords(string page)
    {
        var start = page.IndexOf("<article class=\"edition\"", StringComparison.Ordinal);
        var body = start < 0 ? string.Empty : page[start..];
        var faq = body.IndexOf("<h2 id=\"faq\"", StringComparison.Ordinal);
        body = faq < 0 ? body : body[..faq];
        body = Regex.Replace(body, @"<(table|figure|script|style)\b.*?</\1>", " ", RegexOptions.Singleline);
        var text = string.Join(' ', Paragraph().Matches(body).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", string.Empty)));
        return WebUtility.HtmlDecode(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    }

    [GeneratedRegex(@"<p\b[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();
}
