using System.Text.Json;
using ReportGen.Diagnostics;
using ReportGen.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>The sample site as a reader and a validator see it: links resolve, pages are valid HTML, structured data parses.</summary>
[Collection(SampleSiteGroup.Name)]
public sealed class SampleSiteTests(SampleSiteFixture fixture)
{
    private string Site => fixture.Output;

    [Fact]
    public void Build_Succeeds()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
    }

    [SearchFact]
    public void Build_Succeeds_WithTheSearchIndex()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        Assert.DoesNotContain(fixture.Result.Diagnostics, d => d.Code is DiagnosticCodes.SearchUnavailable or DiagnosticCodes.SearchFailed);
        Assert.True(File.Exists(Path.Combine(Site, "pagefind", "pagefind-ui.js")));
        Assert.Contains("pagefind-ui.js", File.ReadAllText(Path.Combine(Site, "search", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFigureInFiguresCsv_IsNamedFromTheMetricVocabulary()
    {
        var files = Directory.GetFiles(Site, "figures.csv", SearchOption.AllDirectories);

        var metrics = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            var column = Array.IndexOf(CsvCells(lines[0]), "metric");
            metrics.UnionWith(lines.Skip(1).Where(l => l.Length > 0).Select(l => CsvCells(l)[column]));
        }

        Assert.NotEmpty(files);
        Assert.True(metrics.Count >= 20, string.Join(", ", metrics));
        Assert.All(metrics, m => Assert.Contains(m, Metrics.Catalogue.MetricNames.All));
    }

    private static string[] CsvCells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    [Fact]
    public void EveryInternalHrefAndSrc_ResolvesToAFile()
    {
        var broken = BuiltSite.BrokenLinks(Site, new Uri(SampleSiteFixture.BaseUrl).AbsolutePath);

        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Links_AreRelativeOrBaseAware_AbsoluteOnlyWhereAStandardRequiresIt()
    {
        var absolute = BuiltSite.HtmlFiles(Site).SelectMany(file => BuiltSite.Parse(file).QuerySelectorAll("[href], [src]")
            .Where(e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith(SampleSiteFixture.BaseUrl, StringComparison.Ordinal))
            .Where(e => !(e.LocalName == "link" && e.GetAttribute("rel") == "canonical"))
            .Select(e => $"{Path.GetRelativePath(Site, file)}: {e.OuterHtml}")).ToList();

        Assert.True(absolute.Count == 0, "links to the site by absolute URL:\n" + string.Join("\n", absolute));
    }

    [Fact]
    public async Task EveryPage_PassesTheNuHtmlChecker()
    {
        var pages = BuiltSite.HtmlFiles(Site);

        var errors = await NuHtmlChecker.ErrorsAsync(Site, pages);

        Assert.True(pages.Count >= 20, $"only {pages.Count} pages");
        Assert.True(errors.Count == 0, $"{errors.Count} vnu errors in {pages.Count} pages:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void JsonLd_ParsesOnEveryEditionAndFaqPage()
    {
        var blocks = BuiltSite.JsonLd(Site);

        var types = blocks.Select(b => (b.Page.Replace('\\', '/'), b.Json.RootElement.GetProperty("@type").GetString())).ToList();
        Assert.Contains(("reports/ai-equities/2026-q2/index.html", "Article"), types);
        Assert.Contains(("reports/ai-equities/2026-q2/index.html", "FAQPage"), types);
        Assert.Contains(("faq/how-are-returns-calculated/index.html", "FAQPage"), types);
        var articles = blocks.Where(b => b.Json.RootElement.GetProperty("@type").GetString() == "Article").Select(b => b.Json.RootElement).ToList();
        // One Article per edition page, and one per security page (securities/<ticker>/, the latest tear sheet laid out again).
        var securityPages = fixture.Result.Editions.Where(e => e.Item is not null).Select(e => e.Item).Distinct(StringComparer.Ordinal).Count();
        Assert.True(securityPages > 0, "the sample has no tear sheets");
        Assert.Equal(fixture.Result.Editions.Count + securityPages, articles.Count);
        Assert.All(articles, article =>
        {
            Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(SampleSiteFixture.BaseUrl) + "(reports|securities)/", article.GetProperty("url").GetString());
            Assert.Equal(JsonValueKind.Array, article.GetProperty("image").ValueKind);
        });
    }

    [Fact]
    public void FaqPage_MarksUpEachQuestionOnOnePageOnly_AndEveryChartHasItsCsv()
    {
        var questions = BuiltSite.JsonLd(Site)
            .Where(b => b.Json.RootElement.GetProperty("@type").GetString() == "FAQPage")
            .SelectMany(b => b.Json.RootElement.GetProperty("mainEntity").EnumerateArray().Select(q => (Page: b.Page.Replace('\\', '/'), Question: q.GetProperty("name").GetString())))
            .ToList();

        Assert.True(questions.Count >= 3, $"only {questions.Count} marked-up questions");
        var repeated = questions.GroupBy(q => q.Question).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {g.Count()} pages").ToList();
        Assert.True(repeated.Count == 0, "questions marked up on more than one page:\n" + string.Join("\n", repeated));
        Assert.Contains(("faq/how-are-returns-calculated/index.html", "How are returns calculated?"), questions);

        var charts = fixture.Result.Rendered.SelectMany(e => e.Charts.Select(c => $"{e.Edition.ChartFolder}{c.Spec.Id}.csv")).ToList();
        Assert.NotEmpty(charts);
        Assert.All(charts, csv => Assert.True(File.Exists(Path.Combine(Site, csv)), csv + " is missing"));
    }

    [Fact]
    public void EveryEditionPage_HasOneFaqBlock_WithTheSitesQuestionsLinkedInsideIt()
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var problems = new List<string>();
        var linked = 0;
        foreach (var e in fixture.Result.Editions)
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(Site, e.UrlPath, "index.html")));
            var faqHeadings = document.QuerySelectorAll("h2").Where(h => h.TextContent.Trim() is "FAQ" or "Questions about this note").ToList();
            if (faqHeadings.Count > 1)
            {
                problems.Add($"{e.UrlPath}: {faqHeadings.Count} FAQ blocks ({string.Join(", ", faqHeadings.Select(h => h.TextContent.Trim()))})");
            }

            foreach (var more in document.QuerySelectorAll("p.faq-more"))
            {
                linked++;
                var heading = more.PreviousElementSibling;
                while (heading is not null && heading.LocalName != "h2")
                {
                    heading = heading.PreviousElementSibling;
                }

                if (heading?.TextContent.Trim() != "FAQ" || more.QuerySelectorAll("a[href*='faq/']").Length == 0)
                {
                    problems.Add($"{e.UrlPath}: the site's questions are not linked at the end of the note's FAQ section");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.True(linked > 0, "no edition links the site's FAQ entries from its own FAQ section");
    }

    [Fact]
    public void Output_HoldsNoMachinePaths()
    {
        var hits = BuiltSite.FilesContaining(Site, RepoPaths.Root, Path.GetTempPath().TrimEnd('/'), "/tmp/");

        Assert.True(hits.Count == 0, "machine paths in the output:\n" + string.Join("\n", hits));
    }

    [Fact]
    public void DraftEdition_IsMarked_AndLeftOutOfFeedAndSitemap()
    {
        var drafts = fixture.Result.Editions.Where(e => e.IsDraft).ToList();
        var feed = File.ReadAllText(Path.Combine(Site, "feed.xml"));
        var sitemap = File.ReadAllText(Path.Combine(Site, "sitemap.xml"));

        Assert.NotEmpty(drafts);
        Assert.All(drafts, draft =>
        {
            var page = File.ReadAllText(Path.Combine(Site, draft.UrlPath, "index.html"));
            var url = SampleSiteFixture.BaseUrl + draft.UrlPath;
            Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page, StringComparison.Ordinal);
            Assert.Contains("class=\"draft-banner\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("data-pagefind-body", page, StringComparison.Ordinal);
            Assert.DoesNotContain(url, feed, StringComparison.Ordinal);
            Assert.DoesNotContain(url, sitemap, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void BenchmarkTearSheet_ComparesSpyWithNothing_AndItsChartDrawsSpyOnce()
    {
        var page = File.ReadAllText(Path.Combine(Site, "securities", "spy", "2026-q2", "index.html"));
        var lines = File.ReadAllLines(Path.Combine(Site, "charts", "tear-sheet", "spy", "2026-q2", "price.csv"))
            .Where(l => l.StartsWith("line,", StringComparison.Ordinal)).Select(l => l.Split(',')[1]).Distinct(StringComparer.Ordinal);

        Assert.DoesNotContain("SPY matched SPY", page, StringComparison.Ordinal);
        Assert.DoesNotContain("% for SPY", page, StringComparison.Ordinal);
        Assert.Contains("compares it with nothing", page, StringComparison.Ordinal);
        Assert.Equal(["S&P 500 (SPY)"], lines);
        // Another member of the benchmarks universe is still measured against SPY.
        Assert.Contains("for the S&amp;P 500", File.ReadAllText(Path.Combine(Site, "securities", "qqq", "2026-q2", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void TearSheet_GivesThreeYearAndRangeFigures_OrSaysWhyNot_AndListsTheNotesThatMentionIt()
    {
        var nvda = File.ReadAllText(Path.Combine(Site, "securities", "nvda", "2025-q3", "index.html"));
        var chat = File.ReadAllText(Path.Combine(Site, "securities", "chat", "2025-q3", "index.html"));

        Assert.Matches("Over the three years to Sep 30, 2025 NVDA returned <span class=\"fig\"[^>]*title=\"annualized_return_3y [^\"]*\">\\+[0-9.]+%</span>", nvda);
        Assert.Matches("the daily closes of NVDA ranged from <span class=\"fig\"[^>]*title=\"fifty_two_week_low ", nvda);
        Assert.Contains("The last close was the high of that range.", nvda, StringComparison.Ordinal); // Sep 30, 2025 was its 52-week closing high
        Assert.Contains("less than three years of prices in our data, so this page gives no three-year return", chat, StringComparison.Ordinal);
        // The notes with data up to the tear sheet's as-of date that print NVDA, linked; none from after it.
        Assert.Contains("<h2 id=\"mentions-heading\">Notes that mention Nvidia</h2>", nvda, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../reports/ai-equities/2025-q3/\"", nvda, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"../../../reports/ai-equities/2025-q4/\"", nvda, StringComparison.Ordinal);
    }
}
