using AngleSharp.Html.Parser;
using ReportGen.Config;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Culture;

/// <summary>
/// The layouts' sentences (draft banner, figure hint, correction notices, 404 and search texts, page titles and summaries)
/// are labels with slots (<c>{as_of}</c>, <c>{archive}</c>), filled by the layout's <c>fill</c> or by
/// <see cref="LayoutLabels.Format"/>: a German site says them in German, and a project's own words must keep the slots
/// (RG1091).
/// </summary>
public sealed class LabelSlotsTests
{
    [Fact]
    public void Slots_AreTheBracedNames_InOrder_OtherBracesAreText()
    {
        Assert.Equal(["period", "as_of"], LayoutLabels.Slots("{period} is not over: data to {as_of}, {period}."));
        Assert.Empty(LayoutLabels.Slots("a { b } {B} {} {x-y}"));
        Assert.Equal("Topic: chips", LayoutLabels.Format("Topic: {topic}", new Dictionary<string, string> { ["topic"] = "chips" }));
        Assert.Throws<KeyNotFoundException>(() => LayoutLabels.Format("Topic: {topik}", new Dictionary<string, string> { ["topic"] = "chips" }));
    }

    [Fact]
    public void Fill_EscapesTheTextAndTheValues_WritesLinksAndDates()
    {
        var html = LayoutLabels.Fill("<b> {x} & {link}", name => name == "x" ? "<i>" : "<a href=\"/\">y</a>", System.Net.WebUtility.HtmlEncode);

        Assert.Equal("&lt;b&gt; <i> &amp; <a href=\"/\">y</a>", html);
    }

    [Fact]
    public void Labels_OwnTextWithoutASlot_IsRG1091AtTheValue_AndTheDefaultStays()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Parse("labels:\n  draft_banner: \"{period} is still running.\"\n", diagnostics);

        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.LabelSlots, d.Code);
        Assert.Equal(2, d.Location!.Line);
        Assert.Contains("leaves out {as_of}", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("{period} is not over", config.Labels["draft_banner"], StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_OwnTextWithAnUnknownSlot_IsRG1091()
    {
        var diagnostics = new DiagnosticBag();

        SiteConfigReader.Parse("labels:\n  topic_title: \"Theme {topic} of {site}\"\n  home: \"Start {here}\"\n", diagnostics);

        var errors = diagnostics.Sorted().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.LabelSlots, e.Code));
        Assert.Contains("nothing fills {site}", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("it has no slots", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_German_SaysTheLayoutSentencesInGerman_AndAProjectsOwnWordsFillTheirSlots()
    {
        // With a parameterized series beside 'chips', so the security pages and their index are read too.
        using var project = ForEach.ForEachProject.Create();
        project.Write("reportgen.yml", project.Read("reportgen.yml").Replace("language: en", "language: de-DE", StringComparison.Ordinal)
            + "\nlabels:\n  not_found_text: \"Hier ist nichts. Weiter: {home} · {archive} · {search}\"\n");
        foreach (var folder in new[] { "layouts", "partials" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "templates", folder)))
            {
                File.Copy(file, project.PathOf(Path.Combine("templates", folder, Path.GetFileName(file))), overwrite: true);
            }
        }

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root) { IncludeDrafts = true, CacheDirectory = project.PathOf(".reportgen-cache") }, publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var notFound = parser.ParseDocument(project.Read("site/404.html"));
        Assert.Equal("Seite nicht gefunden", notFound.QuerySelector("h1")!.TextContent);
        var dek = notFound.QuerySelector("p.dek")!;
        Assert.Equal("Hier ist nichts. Weiter: Startseite · Archiv · Suche", dek.TextContent);
        Assert.Equal(["/notes/", "/notes/archive/", "/notes/search/"], dek.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        var search = parser.ParseDocument(project.Read("site/search/index.html"));
        Assert.Contains("Alle Ausgaben stehen im Archiv und unter Themen.", search.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var security = parser.ParseDocument(project.Read("site/securities/nvda/index.html"));
        Assert.StartsWith("Die neueste Ausgabe, ", security.QuerySelector("p.edition-link")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Alle Ausgaben zu ", security.QuerySelector("#editions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Wertpapiere", parser.ParseDocument(project.Read("site/securities/index.html")).QuerySelector("h1")!.TextContent);

        var tags = parser.ParseDocument(project.Read("site/tags/index.html"));
        Assert.Matches(@"^\d+ Ausgaben? · \d+ Fragen?$", tags.QuerySelector("ul.topic-list span.count")!.TextContent);

        var draft = project.Read(Directory.GetFiles(project.PathOf("site/reports/chips"), "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(project.Root, f)).Single(f => project.Read(f).Contains("draft-banner", StringComparison.Ordinal)));
        var banner = parser.ParseDocument(draft).QuerySelector("p.draft-banner")!;
        Assert.Contains("ist noch nicht abgeschlossen: Die Zahlen beruhen auf Daten bis ", banner.TextContent, StringComparison.Ordinal);
        Assert.NotNull(banner.QuerySelector("time[datetime]"));

        // No English sentence of the layouts is left on any page: every fragment (between slots) of every label whose
        // German differs, 12 characters or longer.
        var english = LayoutLabels.For(SiteCulture.Of("en"));
        var german = LayoutLabels.For(SiteCulture.Of("de-DE"));
        var fragments = english.Where(l => l.Value != german[l.Key])
            .SelectMany(l => System.Text.RegularExpressions.Regex.Split(l.Value, @"\{[a-z_]+\}"))
            .Select(f => f.Trim()).Where(f => f.Length >= 12).Distinct().ToList();
        Assert.NotEmpty(fragments);
        foreach (var page in Directory.GetFiles(project.Site, "*.html", SearchOption.AllDirectories))
        {
            var text = parser.ParseDocument(File.ReadAllText(page)).Body!.TextContent;
            Assert.All(fragments, f => Assert.False(text.Contains(f, StringComparison.Ordinal), $"{Path.GetRelativePath(project.Site, page)} still says \"{f}\""));
        }
    }
}
