using System.Text.RegularExpressions;
using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Incremental;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Text;

/// <summary>
/// Ticker links (issue 20): every security the engine prints in an edition's text links to its page when the plan covers
/// it, relative to the page; headline, dek and alt text stay plain; a tear sheet does not link to itself.
/// </summary>
public sealed partial class SecurityLinkTests
{
    private const string Path = "templates/reports/links.sbn-md";

    // An edition of this report lives at reports/links/2025-q2/: three folders below the site root.
    private const string UpPage = "../../../securities/up/";

    private static readonly Lazy<MarketData> Sample = new(() => LoadData.Run(RepoPaths.Root, new DiagnosticBag()));

    [Fact]
    public void Name_InProse_LinksToTheSecurityPageRelativeToTheEdition()
    {
        var text = Render("{{ name (security \"UP\") }} rose.", SecurityPages.Of(["UP"]));

        Assert.Contains($"<p><a class=\"ticker\" href=\"{UpPage}\">UP</a> rose.</p>", text.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void ViewNameAndTicker_InATableRow_LinkOncePerRow()
    {
        var text = Render("""
            | Company | Ticker |
            |:--|:--|
            {{~ for s in (universe "both").members ~}}
            | {{ s.name }} | {{ s.ticker }} |
            {{~ end ~}}
            """, SecurityPages.Of(["UP", "DOWN"]));

        var rows = Rows().Matches(text.BodyHtml).Select(m => m.Value).Where(r => r.Contains("<td", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Single(Links().Matches(r)));
        Assert.Contains(rows, r => r.Contains($"><a class=\"ticker\" href=\"{UpPage}\">UP</a></td>", StringComparison.Ordinal));
    }

    [Fact]
    public void UncoveredSecurity_StaysPlainText()
    {
        var text = Render("{{ name (security \"DOWN\") }} fell; {{ (security \"DOWN\").ticker }}; {{ name (security \"UP\") }} rose.", SecurityPages.Of(["UP"]));

        Assert.Contains("<p>DOWN fell; DOWN; <a class=\"ticker\"", text.BodyHtml, StringComparison.Ordinal);
        Assert.Single(Links().Matches(text.BodyHtml));
    }

    [Fact]
    public void NoPages_NothingIsLinked_AndTheTextIsWhatItWas()
    {
        const string Body = "{{ name (security \"UP\") }} | {{ (security \"UP\").name }} | {{ ranked (universe \"both\").leaders 2 }}";

        var without = Render(Body, pages: null);
        var none = Render(Body, SecurityPages.None);

        Assert.DoesNotContain("<a", without.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(without.BodyHtml, none.BodyHtml);
    }

    [Fact]
    public void StringMadeFromAName_IsPlain_ButTheNameItselfIsLinked()
    {
        var text = Render("{{ n = (security \"UP\").name }}{{ n | string.downcase }} and {{ n }}", SecurityPages.Of(["UP"]));

        Assert.Contains($"<p>up and <a class=\"ticker\" href=\"{UpPage}\">UP</a></p>", text.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void RankedBestOfWorstOf_LinkTheMembersTheyName()
    {
        var text = Render("""
            {{ ranked (universe "both").leaders 2 }}.

            {{ best_of (universe "both").members "the group" }}.

            {{ worst_of (universe "both").members "the group" }}.
            """, SecurityPages.Of(["UP", "DOWN"]));

        var paragraphs = Paragraphs().Matches(text.BodyHtml).Select(m => m.Value).Skip(1).ToList();
        Assert.Equal(3, paragraphs.Count);
        Assert.Equal(2, Links().Count(paragraphs[0]));
        Assert.StartsWith($"<p><a class=\"ticker\" href=\"{UpPage}\">UP</a> led the group", paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("<p><a class=\"ticker\" href=\"../../../securities/down/\">DOWN</a> fared worst", paragraphs[2], StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedMention_InOneParagraph_IsLinkedOnce_AndAgainInTheNext()
    {
        var text = Render("{{ name (security \"UP\") }} rose, and {{ name (security \"UP\") }} led.\n\n{{ name (security \"UP\") }} again.", SecurityPages.Of(["UP"]));

        var paragraphs = Paragraphs().Matches(text.BodyHtml).Select(m => m.Value).Skip(1).ToList();
        Assert.Equal(["<p><a class=\"ticker\" href=\"../../../securities/up/\">UP</a> rose, and UP led.</p>", "<p><a class=\"ticker\" href=\"../../../securities/up/\">UP</a> again.</p>"], paragraphs);
    }

    [Fact]
    public void HeadlineAndDek_StayPlain_WhileTheBodyLinks()
    {
        var text = Render("{{ name (security \"UP\") }} rose.", SecurityPages.Of(["UP"]), title: "{{ name (security 'UP') }} rose", summary: "{{ ranked (universe 'both').leaders 2 }}");

        Assert.Equal("UP rose", text.Title);
        Assert.DoesNotContain("<", text.Summary, StringComparison.Ordinal);
        Assert.StartsWith("UP (", text.Summary, StringComparison.Ordinal);
        Assert.Contains("<a class=\"ticker\"", text.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void TearSheet_DoesNotLinkToItself_AndLinksOthersFromItsOwnFolder()
    {
        var text = Render("{{ name (security \"UP\") }} and {{ name (security \"DOWN\") }}.", SecurityPages.Of(["UP", "DOWN"]), item: "UP");

        // securities/up/2025-q2/ is three folders deep too.
        Assert.Contains("<p>UP and <a class=\"ticker\" href=\"../../../securities/down/\">DOWN</a>.</p>", text.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_RecordEverySecurityPrinted_LinkedOrNot_AtItsFirstMention()
    {
        var text = Render("Text.\n\n{{ name (security \"DOWN\") }} and {{ name (security \"UP\") }}.", SecurityPages.Of(["UP"]));

        Assert.Equal(["DOWN", "UP"], text.Mentions.Select(m => m.Ticker));
        Assert.All(text.Mentions, m => Assert.Equal((Path, 12), (m.Path, m.Line)));
    }

    [Fact]
    public void SampleEdition_TableRowsProseNoteAndChartCaption_LinkToTheirPages_AltAndHeadlinePlain()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(RepoPaths.Root, diagnostics);
        var data = Sample.Value;
        var report = ReportLoader.Run(RepoPaths.Root, diagnostics).Single(r => r.Slug == "ai-equities");
        var plan = EditionPlanner.Plan(report, EditionPlanner.Calendar(data, config.Benchmark, diagnostics)!, includeDraft: false, asOfLimit: null);
        var q2 = plan.Single(e => e.Period.ToString() == "2025-Q2");
        var members = data.Universes["ai-leaders"].Members;
        var pages = SecurityPages.Of([.. members, "SPY"]);

        var text = RenderEdition.Text(q2, plan, data, config, diagnostics, pages)!;

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var nvda = "../../../securities/nvda/";
        // The members table: each row links its company once (the name; the ticker cell beside it stays text).
        var nvdaRow = Rows().Matches(text.BodyHtml).Select(m => m.Value).Single(r => r.Contains(">NVDA</td>", StringComparison.Ordinal));
        Assert.Single(Links().Matches(nvdaRow));
        Assert.Contains($"><a class=\"ticker\" href=\"{nvda}\">", nvdaRow, StringComparison.Ordinal);
        // The editor's note (notes/ai-equities/2025-Q2.md) names Nvidia with {{ name nv }}.
        var note = text.BodyHtml[text.BodyHtml.IndexOf("<aside class=\"editor-note\"", StringComparison.Ordinal)..];
        Assert.Contains($"<a class=\"ticker\" href=\"{nvda}\">Nvidia</a> published", note, StringComparison.Ordinal);
        // The performance chart's caption names its benchmark line, SPY, by its label.
        var caption = text.BodyHtml[text.BodyHtml.IndexOf("<figcaption>", StringComparison.Ordinal)..text.BodyHtml.IndexOf("<details", StringComparison.Ordinal)];
        Assert.Contains("<a class=\"ticker\" href=\"../../../securities/spy/\">S&amp;P 500 (SPY)</a> at", caption, StringComparison.Ordinal);
        // Alt text, headline and dek are plain text.
        Assert.All(AltTexts().Matches(text.BodyHtml), m => Assert.DoesNotContain("securities/", m.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("<", text.Title + text.Summary, StringComparison.Ordinal);
        Assert.Contains(text.Mentions, m => m.Ticker == "NVDA");
    }

    [Fact]
    public void EditionKeys_ChangeWhenTheCoveredSecuritiesChange()
    {
        var options = new BuildOptions(RepoPaths.Root);
        var report = ReportLoader.Parse(Front() + "Body.\n", Path, new DiagnosticBag())!;
        var period = QuarterlyMarket.Quarters[1];
        var note = new Edition(report, period, QuarterlyMarket.AsOf(period), false);
        var tearSheet = note with { Item = "UP" };

        string KeyOf(IReadOnlyList<Edition> plan, SecurityPages? pages = null) => EditionKeys.Compute(options, plan, _ => "data", reportAsLoaded: true, pages: pages)[0];

        Assert.Equal(KeyOf([note]), KeyOf([note], SecurityPages.None));
        Assert.NotEqual(KeyOf([note]), KeyOf([note], SecurityPages.Of(["UP"])));
        Assert.NotEqual(KeyOf([note], SecurityPages.Of(["UP"])), KeyOf([note], SecurityPages.Of(["UP", "DOWN"])));
        // A plan that gains a tear-sheet series re-keys the editions it already had.
        Assert.NotEqual(KeyOf([note]), KeyOf([note, tearSheet]));
    }

    private static string Front(string title = "t", string summary = "s") =>
        $"---\ntitle: \"{title}\"\nsummary: \"{summary}\"\nseries: Links\ncadence: quarterly\nfirst_period: 2025-Q1\n---\n";

    private static EditionText Render(string body, SecurityPages? pages, string title = "t", string summary = "s", string? item = null)
    {
        var diagnostics = new DiagnosticBag();
        var text = Front(title, summary) + "Text.\n\n" + body + "\n";
        var report = ReportLoader.Parse(text, Path, diagnostics)!;
        var period = QuarterlyMarket.Quarters[1];
        var asOf = QuarterlyMarket.AsOf(period);
        var scope = EditionScope.For(QuarterlyMarket.Data, period, asOf, [], QuarterlyMarket.Config);
        var edition = new Edition(report, period, asOf, false) { Item = item };
        var result = RenderText.Run(edition, scope, QuarterlyMarket.History(1), QuarterlyMarket.Config, ChartLayout.Picture, diagnostics, pages: pages);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return result!;
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Rows();

    [GeneratedRegex("<p>.*?</p>", RegexOptions.Singleline)]
    private static partial Regex Paragraphs();

    [GeneratedRegex("<a class=\"ticker\"")]
    private static partial Regex Links();

    [GeneratedRegex("alt=\"[^\"]*\"")]
    private static partial Regex AltTexts();
}
