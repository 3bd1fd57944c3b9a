using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>
/// Every reader's format (issue 19), on the mini fixture: each chart's data as CSV beside its images and linked under it,
/// an Atom feed per series and per tag with the lede and key takeaways, FAQPage markup once per question, an og:image on
/// every page and a favicon.
/// </summary>
public sealed partial class ReaderFormatsTests
{
    private const string BaseUrl = "https://example.org/notes/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Build_WritesEveryChartsDataAsCsv_WithEveryPointOfItsSpec_LinkedUnderTheChart()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root, IncludeDrafts: true), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var charts = result.Rendered.SelectMany(e => e.Charts.Select(c => (e.Edition, c.Spec))).ToList();
        Assert.NotEmpty(charts);
        foreach (var (edition, spec) in charts)
        {
            var csvPath = $"site/charts/{edition.Report.Slug}/{edition.Period.Slug}/{spec.Id}.csv";
            Assert.True(File.Exists(project.PathOf(csvPath)), csvPath + " is missing");
            var rows = project.Read(csvPath).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("\"# Chart: " + spec.Title, rows[0], StringComparison.Ordinal);
            Assert.Equal("# Source: Yahoo Finance adjusted closes", rows[1]);
            Assert.Matches(@"^# As of: \d{4}-\d{2}-\d{2}$", rows[2]);
            Assert.StartsWith("# Units: ", rows[3], StringComparison.Ordinal);
            Assert.Equal("element,series,date,x,value,benchmark", rows[4]);

            // Every point of every line, as the spec holds it: ISO date and the value read back exactly.
            var expected = spec.Lines.SelectMany(l => l.Dates.Select((d, i) => (l.Label, Date: d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Value: l.Values[i], l.IsBenchmark))).ToList();
            Assert.True(expected.Count >= 4, $"only {expected.Count} points in chart {spec.Id}");
            var actual = rows.Skip(5).Select(r => Fields(r)).ToList();
            Assert.Equal(expected.Count + spec.Bars.Count + spec.Points.Count + spec.ReferenceLines.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal("line", actual[i][0]);
                Assert.Equal(expected[i].Label, actual[i][1]);
                Assert.Equal(expected[i].Date, actual[i][2]);
                Assert.Equal(expected[i].Value, double.Parse(actual[i][4], CultureInfo.InvariantCulture));
                Assert.Equal(expected[i].IsBenchmark ? "true" : "false", actual[i][5]);
            }

            // The link under the chart resolves to that file.
            var page = project.Read($"site/{edition.UrlPath}index.html");
            var link = Assert.Single(CsvLinks().Matches(page), m => m.Groups["href"].Value.EndsWith($"/{spec.Id}.csv", StringComparison.Ordinal));
            var resolved = Path.GetFullPath(Path.Combine(project.PathOf($"site/{edition.UrlPath}"), link.Groups["href"].Value));
            Assert.Equal(Path.GetFullPath(project.PathOf(csvPath)), resolved);
            Assert.Equal("Download the data (CSV)", link.Groups["text"].Value);
        }
    }

    [Fact]
    public async Task Build_WritesAnAtomFeedPerSeriesAndTag_LinkedFromTheirPages()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root, IncludeDrafts: true), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var published = result.Editions.Where(e => !e.IsDraft).OrderByDescending(e => e.Period.End).Select(e => BaseUrl + e.UrlPath).ToList();
        foreach (var (folder, title) in new[] { ("reports/chips/", "Chips Quarterly"), ("tags/chips/", "Topic: chips") })
        {
            var feed = XDocument.Parse(project.Read($"site/{folder}feed.xml")).Root!;
            Assert.Equal(Atom + "feed", feed.Name);
            Assert.StartsWith(title + " · ", feed.Element(Atom + "title")!.Value, StringComparison.Ordinal);
            Assert.Equal(BaseUrl + folder, feed.Element(Atom + "id")!.Value);
            Assert.Equal(BaseUrl + folder + "feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", feed.Element(Atom + "updated")!.Value);
            var entries = feed.Elements(Atom + "entry").ToList();
            Assert.Equal(published, entries.Select(e => e.Element(Atom + "id")!.Value));
            Assert.All(entries, e =>
            {
                Assert.NotEmpty(e.Element(Atom + "title")!.Value);
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", e.Element(Atom + "updated")!.Value);
                var content = e.Element(Atom + "content")!;
                Assert.Equal("html", (string?)content.Attribute("type"));
                Assert.Contains("Read the full note", content.Value, StringComparison.Ordinal);
            });

            var page = project.Read($"site/{folder}index.html");
            Assert.Matches($"<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"{Regex.Escape(title)} &#183; [^\"]+ \\(Atom feed\\)\" href=\"feed.xml\">", page);
            Assert.Contains("<a href=\"feed.xml\" type=\"application/atom+xml\">", page, StringComparison.Ordinal);
        }

        // The site-wide feed stays, with the same entries.
        var site = XDocument.Parse(project.Read("site/feed.xml")).Root!;
        Assert.Equal(BaseUrl, site.Element(Atom + "id")!.Value);
        Assert.Equal(published, site.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
    }

    [Fact]
    public async Task Feed_OfANoteWithKeyTakeaways_CarriesItsLedeAndTakeaways()
    {
        using var project = new FixtureProject("mini");
        var report = project.Read("templates/reports/chips.sbn-md");
        project.Write("templates/reports/chips.sbn-md", report.Replace("\n## Context\n", "\n## Key takeaways\n\n- Two chip makers, one basket.\n- The benchmark is SPY.\n\n## Context\n", StringComparison.Ordinal));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var entry = XDocument.Parse(project.Read("site/reports/chips/feed.xml")).Root!.Elements(Atom + "entry").First();
        var content = entry.Element(Atom + "content")!.Value;
        Assert.Contains("<p>The chips basket ", content, StringComparison.Ordinal);
        Assert.Contains("<h2>Key takeaways</h2>\n<ul>\n<li>Two chip makers, one basket.</li>\n<li>The benchmark is SPY.</li>\n</ul>", content, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"fig\"", content, StringComparison.Ordinal);
        Assert.Equal(BaseUrl + "reports/chips/2026-q2/", (string?)entry.Element(Atom + "content")!.Attribute(XNamespace.Xml + "base"));
    }

    [Fact]
    public async Task FaqPage_MarksUpEachQuestionOnce_FaqEntriesOnTheirPages_TheNotesOwnOnItsNewestEdition()
    {
        using var project = new FixtureProject("mini");
        var report = project.Read("templates/reports/chips.sbn-md");
        project.Write("templates/reports/chips.sbn-md", report.TrimEnd() + "\n\n## FAQ\n\n### Why two chip makers?\n\nThe fixture is small.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root, IncludeDrafts: true), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var questions = BuiltSite.JsonLd(project.Site)
            .Where(b => b.Json.RootElement.GetProperty("@type").GetString() == "FAQPage")
            .SelectMany(b => b.Json.RootElement.GetProperty("mainEntity").EnumerateArray().Select(q => (Page: b.Page.Replace('\\', '/'), Question: q.GetProperty("name").GetString())))
            .ToList();
        Assert.Equal(
            [("faq/what-is-a-basket/index.html", "What is the chips basket?"), ("reports/chips/2026-q2/index.html", "Why two chip makers?")],
            questions.OrderBy(q => q.Page, StringComparer.Ordinal));

        // The site's FAQ entry is still shown under the note, only not marked up there.
        Assert.Contains("What is the chips basket?", project.Read("site/reports/chips/2026-q1/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_HasAnOgImageThatResolves_AndLinksAFaviconThatExists()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root, IncludeDrafts: true), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = BuiltSite.HtmlFiles(project.Site);
        Assert.True(pages.Count >= 12, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            var html = File.ReadAllText(Path.Combine(project.Site, page));
            var image = OgImage().Match(html);
            Assert.True(image.Success, page + " has no og:image");
            Assert.StartsWith(BaseUrl, image.Groups["url"].Value, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(project.Site, image.Groups["url"].Value[BaseUrl.Length..])), $"{page}: og:image {image.Groups["url"].Value} is not a file of the site");
            Assert.Contains("<link rel=\"icon\" href=\"", html, StringComparison.Ordinal);
        }

        // Home, series and tag pages show the newest published edition's lead chart; other pages the site card.
        Assert.Contains($"<meta property=\"og:image\" content=\"{BaseUrl}charts/chips/2026-q2/performance.png\">", project.Read("site/index.html"), StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:image\" content=\"{BaseUrl}charts/chips/2026-q2/performance.png\">", project.Read("site/reports/chips/index.html"), StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:image\" content=\"{BaseUrl}assets/card.png\">", project.Read("site/faq/index.html"), StringComparison.Ordinal);
        Assert.Equal((1200, 630), PngSize(File.ReadAllBytes(project.PathOf("site/assets/card.png"))));
        Assert.Equal((32, 32), PngSize(File.ReadAllBytes(project.PathOf("site/assets/favicon.png"))));
        Assert.Equal((180, 180), PngSize(File.ReadAllBytes(project.PathOf("site/assets/apple-touch-icon.png"))));
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", project.Read("site/assets/favicon.svg"), StringComparison.Ordinal);
        var home = project.Read("site/index.html");
        Assert.Contains("<link rel=\"icon\" href=\"assets/favicon.svg\" type=\"image/svg+xml\">", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"assets/favicon.png\" sizes=\"32x32\" type=\"image/png\">", home, StringComparison.Ordinal);
    }

    // RFC 4180 fields of one record (no line breaks inside fields in these files).
    private static List<string> Fields(string row)
    {
        var fields = new List<string>();
        var i = 0;
        while (i <= row.Length)
        {
            if (i < row.Length && row[i] == '"')
            {
                var end = i + 1;
                var sb = new System.Text.StringBuilder();
                while (true)
                {
                    if (row[end] == '"' && end + 1 < row.Length && row[end + 1] == '"')
                    {
                        sb.Append('"');
                        end += 2;
                    }
                    else if (row[end] == '"')
                    {
                        break;
                    }
                    else
                    {
                        sb.Append(row[end++]);
                    }
                }

                fields.Add(sb.ToString());
                i = end + 2;
            }
            else
            {
                var comma = row.IndexOf(',', i);
                fields.Add(comma < 0 ? row[i..] : row[i..comma]);
                i = comma < 0 ? row.Length + 1 : comma + 1;
            }
        }

        return fields;
    }

    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

    [GeneratedRegex("""<a class="chart-csv" href="(?<href>[^"]+)" download>(?<text>[^<]+)</a>""")]
    private static partial Regex CsvLinks();

    [GeneratedRegex("""<meta property="og:image" content="(?<url>[^"]+)">""")]
    private static partial Regex OgImage();
}
