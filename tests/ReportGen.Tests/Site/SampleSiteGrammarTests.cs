using System.Net;
using System.Text.RegularExpressions;
using ReportGen.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>
/// The sample site's prose read for the grammar bugs that counts, cohort slugs and signed zeros used to cause
/// ("6 AI software names was little changed", "9 of its 9 members", "1 questions", "ai infrastructure led: surged",
/// "XLK was flat 0.0%"). Every page's headings, paragraphs, list items, table cells and title are scanned.
/// </summary>
[Collection(SampleSiteGroup.Name)]
public sealed partial class SampleSiteGrammarTests(SampleSiteFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>The patterns, by the bug they catch.</summary>
    private static readonly (string Bug, Regex Pattern)[] Bugs =
    [
        ("a singular count with a plural noun (\"1 questions\")", OnePlural()),
        ("a plural count with a singular verb (\"6 names was\")", PluralWas()),
        ("'flat' next to a number (\"was flat 0.0%\")", FlatNumber()),
        ("a whole counted as its own part (\"9 of its 9 members\")", AllOfAll()),
        ("a cohort written as its slug (\"ai infrastructure\")", SlugName()),
        ("a colon followed by a bare verb (\"led: surged\")", ColonVerb()),
    ];

    [Fact]
    public void Prose_HasNoCountPluralSlugOrSignedZeroBugs()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        var pages = Directory.GetFiles(fixture.Output, "index.html", SearchOption.AllDirectories);

        var problems = pages.SelectMany(page => Problems(File.ReadAllText(page)).Select(p => $"{Path.GetRelativePath(fixture.Output, page)}: {p}")).ToList();

        Assert.True(pages.Length > 50, $"only {pages.Length} pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Theory]
    [InlineData("<p>The 6 AI software names was little changed (-0.2%).</p>")]
    [InlineData("<p>Gains were broad: 9 of its 9 members beat the index.</p>")]
    [InlineData("<li><span class=\"count\">0 editions · 1 questions</span></li>")]
    [InlineData("<p>In Q2 2026, ai infrastructure led: surged 89.3%.</p>")]
    [InlineData("<title>AI ETFs: XLK was flat 0.0% in October 2023</title>")]
    [InlineData("<p>The group was flat <span class=\"figure\">0.5%</span>.</p>")]
    public void Problems_FindsEachKnownBug(string html)
    {
        var found = Problems(html);

        Assert.NotEmpty(found);
    }

    [Theory]
    [InlineData("<p>The six AI software names ticked down 0.2%; all nine members beat the index.</p>")]
    [InlineData("<li><span class=\"count\">0 editions · 1 question</span></li>")]
    [InlineData("<p>In Q2 2026, AI infrastructure led the three cohorts: its equal-weight basket surged 89.3%.</p>")]
    [InlineData("<p>SPY rose 1.0 percentage point; one of the nine members beat the index, a beta of 1.45 to the index.</p>")]
    public void Problems_AcceptsCorrectProse(string html)
    {
        var found = Problems(html);

        Assert.Empty(found);
    }

    /// <summary>The bugs in the prose of <paramref name="html"/>, each with its text.</summary>
    private static List<string> Problems(string html)
    {
        var text = string.Join("\n", Prose().Matches(Scripts().Replace(html, " ")).Select(m => WebUtility.HtmlDecode(Tags().Replace(m.Groups[2].Value, string.Empty))));
        return [.. Bugs.SelectMany(b => b.Pattern.Matches(text).Select(m => $"{b.Bug}: '{m.Value}'"))];
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"<(p|h1|h2|h3|title|li|td)\b[^>]*>(.*?)</\1>", RegexOptions.Singleline)]
    private static partial Regex Prose();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    // "1" as a count (not part of a decimal, a signed figure or an amount) followed by a plural word.
    [GeneratedRegex(@"(?<![\d.,+\-$])\b1 (?!percentage points)[a-z]+[^s\W]s\b")]
    private static partial Regex OnePlural();

    [GeneratedRegex(@"\b(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine) (?:[A-Za-z]+ ){0,3}[a-z]+s was\b")]
    private static partial Regex PluralWas();

    [GeneratedRegex(@"\bflat [+\-]?\d")]
    private static partial Regex FlatNumber();

    [GeneratedRegex(@"\b(\w+) of (?:its|the) \1 [a-z]+s\b")]
    private static partial Regex AllOfAll();

    [GeneratedRegex(@"(?<![\w/-])ai [a-z]")]
    private static partial Regex SlugName();

    [GeneratedRegex(@": (?:surged|rose|edged up|ticked up|ticked down|slipped|fell|plunged)\b")]
    private static partial Regex ColonVerb();
}
