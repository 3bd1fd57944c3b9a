using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Publishing;

/// <summary>
/// Editions are a record (issue 18, docs/ledger.md): the first build publishes every edition and starts the ledger; a later
/// build that would change a published figure fails and names it; <c>--accept-revisions</c> publishes a dated correction,
/// keeps the original at <c>v1/</c>, and adds it to the feed, the corrections page and the JSON-LD.
/// </summary>
public sealed class LedgerTests
{
    private const string Edition = "reports/chips/2026-q2/";
    private const string AmdQ2Close = "2026-06-30,580.9099731445312";
    private static readonly DateTimeOffset FirstPublished = new(2026, 7, 3, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Revised = new(2026, 7, 8, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Build_WithoutLedger_PublishesEveryEditionAndStartsTheLedger()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildAsync(project, FirstPublished);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var rows = File.ReadAllLines(project.PathOf("published/ledger.csv"));
        Assert.Equal("report,period,version,as_of,published_at,figures,figures_sha256,page_sha256,title,summary", rows[0]);
        Assert.Equal(["chips,2026-Q1,1,2026-03-31,2026-07-03T09:30:00Z", "chips,2026-Q2,1,2026-06-30,2026-07-03T09:30:00Z"], rows.Skip(1).Select(r => string.Join(',', r.Split(',').Take(5))));
        Assert.True(File.Exists(project.PathOf("published/chips/2026-q2/v1.csv")));
        Assert.True(File.Exists(project.PathOf("published/chips/2026-q2/v1.html")));
        var article = Article(project, Edition);
        Assert.Equal("2026-07-03T09:30:00Z", (string?)article["datePublished"]);
        Assert.Equal("2026-07-03T09:30:00Z", (string?)article["dateModified"]);
        var byline = Page(project, Edition).QuerySelector(".byline")!.TextContent;
        Assert.Contains("Data as of Jun 30, 2026", byline, StringComparison.Ordinal);
        Assert.Contains("retrieved", byline, StringComparison.Ordinal);
        Assert.Contains("Published Jul 3, 2026", byline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_NothingRevised_ChangesNothing()
    {
        using var project = new FixtureProject("mini");
        await BuildAsync(project, FirstPublished);
        var site = FixtureProject.Snapshot(project.Site);
        var ledger = FixtureProject.Snapshot(project.PathOf("published"));

        var again = await BuildAsync(project, Revised);

        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.Equal(site, FixtureProject.Snapshot(project.Site));
        Assert.Equal(ledger, FixtureProject.Snapshot(project.PathOf("published")));
    }

    [Fact]
    public async Task Rebuild_RevisedClose_FailsNamingTheFigureAndTheRow_AndChangesNothing()
    {
        using var project = new FixtureProject("mini");
        await BuildAsync(project, FirstPublished);
        var site = FixtureProject.Snapshot(project.Site);
        var ledger = FixtureProject.Snapshot(project.PathOf("published"));
        ReviseAmdClose(project);

        var result = await BuildAsync(project, Revised);

        Assert.False(result.Succeeded);
        var revisions = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.RevisionRefused).ToList();
        Assert.NotEmpty(revisions);
        Assert.All(revisions, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        var amd = revisions.First(d => d.Message.Contains("total_return of AMD: +185.6% → +194.9%", StringComparison.Ordinal));
        Assert.Equal(new SourceLocation("data/prices/adjusted/AMD.csv", 129, 1), amd.Location);
        Assert.Contains("chips 2026-Q2 (published 2026-07-03, version 1)", amd.Message, StringComparison.Ordinal);
        Assert.Contains("data/prices/adjusted/AMD.csv:129 (2026-06-30): 580.91 → 600", amd.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(revisions, d => d.Message.Contains("2026-Q1", StringComparison.Ordinal)); // Q1 never read the revised row
        Assert.Equal(site, FixtureProject.Snapshot(project.Site));
        Assert.Equal(ledger, FixtureProject.Snapshot(project.PathOf("published")));
    }

    [Fact]
    public async Task Rebuild_RevisedClose_Accepted_PublishesACorrectionAndKeepsTheOriginal()
    {
        using var project = new FixtureProject("mini");
        await BuildAsync(project, FirstPublished);
        var originalTitle = Page(project, Edition).QuerySelector("h1")!.TextContent;
        ReviseAmdClose(project);

        var result = await BuildAsync(project, Revised, accept: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.RevisionAccepted && d.Message.Contains("chips 2026-Q2: published version 2", StringComparison.Ordinal));

        // The page: a dated notice listing old → new and why, linking to version 1; Updated in the byline.
        var page = Page(project, Edition);
        var notice = page.QuerySelector("aside.correction#correction-2")!;
        Assert.Contains("Correction, Jul 8, 2026.", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("total_return of AMD: +185.6% → +194.9%. Why: data/prices/adjusted/AMD.csv:129 (2026-06-30): 580.91 → 600", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("v1/", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Updated Jul 8, 2026", page.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(originalTitle, page.QuerySelector("h1")!.TextContent);

        // The original at its stable URL, as first published.
        var v1 = Page(project, Edition + "v1/");
        Assert.Equal(originalTitle, v1.QuerySelector("h1")!.TextContent);
        Assert.Contains("+185.6%", v1.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Version 1, as first published.", v1.QuerySelector("aside.superseded")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex", v1.QuerySelector("meta[name=robots]")?.GetAttribute("content")?.Split(',')[0].Trim());
        Assert.Null(v1.QuerySelector("img[src*='charts/']")); // the revised chart is not passed off as the original
        Assert.Null(v1.QuerySelector("picture, source[srcset*='charts/']")); // nor its phone layout (the whole <picture> goes)
        Assert.Contains("185.6", File.ReadAllText(project.PathOf("site/" + Edition + "v1/figures.csv")), StringComparison.Ordinal);

        // JSON-LD: published from the ledger, modified on correction, a CorrectionComment.
        var article = Article(project, Edition);
        Assert.Equal("2026-07-03T09:30:00Z", (string?)article["datePublished"]);
        Assert.Equal("2026-07-08T14:00:00Z", (string?)article["dateModified"]);
        var correction = article["correction"]!.AsArray().Single()!;
        Assert.Equal("CorrectionComment", (string?)correction["@type"]);
        Assert.Equal("2026-07-08T14:00:00Z", (string?)correction["datePublished"]);
        Assert.Contains("+185.6% → +194.9%", (string?)correction["text"], StringComparison.Ordinal);

        // The feed and the corrections page.
        var feed = File.ReadAllText(project.PathOf("site/feed.xml"));
        Assert.Contains("<id>https://example.org/notes/reports/chips/2026-q2/#correction-2</id>", feed, StringComparison.Ordinal);
        Assert.Contains("<title>Correction: ", feed, StringComparison.Ordinal);
        var corrections = Page(project, "corrections/");
        Assert.Contains("v1/", corrections.QuerySelector("section.correction a[href$='v1/']")!.GetAttribute("href"), StringComparison.Ordinal);

        // The ledger: version 2 and its corrections; rebuilding from the same data, templates and ledger changes nothing.
        Assert.Contains(File.ReadAllLines(project.PathOf("published/ledger.csv")), l => l.StartsWith("chips,2026-Q2,2,2026-06-30,2026-07-08T14:00:00Z,", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(project.PathOf("published/corrections.csv")), l => l.StartsWith("chips,2026-Q2,2,2026-07-08T14:00:00Z,\"figure ", StringComparison.Ordinal));
        var site = FixtureProject.Snapshot(project.Site);
        var ledger = FixtureProject.Snapshot(project.PathOf("published"));
        var again = await BuildAsync(project, Revised.AddDays(3));
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.Equal(site, FixtureProject.Snapshot(project.Site));
        Assert.Equal(ledger, FixtureProject.Snapshot(project.PathOf("published")));
    }

    [Fact]
    public async Task Rebuild_FigureAdded_Accepted_IsAnUpdateNotACorrection()
    {
        using var project = new FixtureProject("mini");
        await BuildAsync(project, FirstPublished);
        var template = project.PathOf("templates/reports/chips.sbn-md");
        File.WriteAllText(template, File.ReadAllText(template).Replace(
            "{{ cite u.period_return }}.\n",
            "{{ cite u.period_return }}. SPY returned {{ spy.period_return | fmt.pct }} {{ cite spy.period_return }}.\n",
            StringComparison.Ordinal));

        var result = await BuildAsync(project, Revised, accept: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var notice = Page(project, Edition).QuerySelector("aside.correction#correction-2")!;
        Assert.Contains("Update, Jul 8, 2026.", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("none of the figures it had published changed", notice.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Correction", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("(none) →", notice.TextContent, StringComparison.Ordinal);
        var kicker = Page(project, "corrections/").QuerySelector("section.correction .kicker")!.TextContent;
        Assert.Contains("figures added Jul 8, 2026", kicker, StringComparison.Ordinal);
        var feed = File.ReadAllText(project.PathOf("site/feed.xml"));
        Assert.Contains("<title>Update: ", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>Correction: ", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_AsOfInThePast_DoesNotCorrectLaterEditions()
    {
        using var project = new FixtureProject("mini");
        await BuildAsync(project, FirstPublished);
        var ledger = FixtureProject.Snapshot(project.PathOf("published"));
        ReviseAmdClose(project);

        // Q1 did not read the revised close; Q2 is not built with --as-of 2026-04-30, so nothing is corrected.
        var result = await BuildPipeline.RunAsync(Options(project, Revised) with { AsOf = new DateOnly(2026, 4, 30), AcceptRevisions = true }, publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.RevisionAccepted or DiagnosticCodes.RevisionRefused);
        Assert.Equal(ledger, FixtureProject.Snapshot(project.PathOf("published")));
    }

    [Fact]
    public async Task Build_NewEditionFromStaleData_IsRefused_AndOnlyWarnedInServe()
    {
        using var project = new FixtureProject("mini");
        var first = await BuildPipeline.RunAsync(Options(project, FirstPublished) with { AsOf = new DateOnly(2026, 4, 30) }, publish: true, CancellationToken.None);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var ledger = FixtureProject.Snapshot(project.PathOf("published"));
        var late = new DateTimeOffset(2026, 8, 20, 12, 0, 0, TimeSpan.Zero); // the data ends 2026-07-02: 35 trading days before

        var build = await BuildAsync(project, late);
        var serve = await BuildPipeline.RunAsync(Options(project, late) with { RecordPublication = false }, publish: true, CancellationToken.None);

        var stale = Assert.Single(build.Diagnostics, d => d.Code == DiagnosticCodes.StaleData);
        Assert.Equal(DiagnosticSeverity.Error, stale.Severity);
        Assert.Contains("chips 2026-Q2 is not published: the newest data (2026-07-02) is 35 trading days old at 2026-08-20, more than publishing.max_data_age (10)", stale.Message, StringComparison.Ordinal);
        Assert.False(build.Succeeded);
        Assert.True(serve.Succeeded, string.Join("\n", serve.Diagnostics));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(serve.Diagnostics, d => d.Code == DiagnosticCodes.StaleData).Severity);
        Assert.Equal(ledger, FixtureProject.Snapshot(project.PathOf("published")));
    }

    [Fact]
    public async Task Build_StaleDataWithinTheConfiguredLimit_Publishes()
    {
        using var project = new FixtureProject("mini");
        project.Write("reportgen.yml", project.Read("reportgen.yml") + "publishing:\n  max_data_age: 40\n");
        await BuildPipeline.RunAsync(Options(project, FirstPublished) with { AsOf = new DateOnly(2026, 4, 30) }, publish: true, CancellationToken.None);

        var build = await BuildAsync(project, new DateTimeOffset(2026, 8, 20, 12, 0, 0, TimeSpan.Zero));

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Contains(File.ReadAllLines(project.PathOf("published/ledger.csv")), l => l.StartsWith("chips,2026-Q2,1,2026-06-30,2026-08-20T12:00:00Z,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_BackfillBeforeTheFirstRecordedEdition_IsRecordedAsVersion1_EvenOnStaleData()
    {
        using var project = new FixtureProject("mini");
        var template = project.Read("templates/reports/chips.sbn-md");
        project.Write("templates/reports/chips.sbn-md", template.Replace("first_period: 2026-Q1", "first_period: 2026-Q2", StringComparison.Ordinal));
        var first = await BuildAsync(project, FirstPublished);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        project.Write("templates/reports/chips.sbn-md", template);
        var late = new DateTimeOffset(2026, 8, 20, 12, 0, 0, TimeSpan.Zero); // the data ends 2026-07-02: 35 trading days before

        var build = await BuildAsync(project, late);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.DoesNotContain(build.Diagnostics, d => d.Code == DiagnosticCodes.StaleData);
        var ledger = File.ReadAllLines(project.PathOf("published/ledger.csv"));
        Assert.Contains(ledger, l => l.StartsWith("chips,2026-Q1,1,", StringComparison.Ordinal) && l.Contains(",2026-08-20T12:00:00Z,", StringComparison.Ordinal));
        Assert.Contains(ledger, l => l.StartsWith("chips,2026-Q2,1,", StringComparison.Ordinal) && l.Contains(",2026-07-03T09:30:00Z,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_WithoutClock_NeverWritesTheLedger_AndRevisionsAreWarnings()
    {
        using var project = new FixtureProject("mini");
        var preview = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);
        Assert.True(preview.Succeeded, string.Join("\n", preview.Diagnostics));
        Assert.False(Directory.Exists(project.PathOf("published")));
        Assert.Null(Article(project, Edition)["correction"]);
        Assert.Equal("2026-06-30", (string?)Article(project, Edition)["datePublished"]); // not published: dated by its as-of date

        await BuildAsync(project, FirstPublished);
        ReviseAmdClose(project);
        var serve = await BuildPipeline.RunAsync(Options(project, Revised) with { RecordPublication = false }, publish: true, CancellationToken.None);

        Assert.True(serve.Succeeded, string.Join("\n", serve.Diagnostics));
        Assert.Contains(serve.Diagnostics, d => d.Code == DiagnosticCodes.RevisionRefused && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task Build_PublishedEditionGone_WarnsAndKeepsItsRecord()
    {
        using var project = new FixtureProject("mini");
        await BuildAsync(project, FirstPublished);
        var ledger = FixtureProject.Snapshot(project.PathOf("published"));
        project.Write("templates/reports/chips.sbn-md", project.Read("templates/reports/chips.sbn-md").Replace("first_period: 2026-Q1", "first_period: 2026-Q2", StringComparison.Ordinal));

        var result = await BuildAsync(project, Revised);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PublishedEditionMissing && d.Message.StartsWith("chips 2026-Q1 was published on 2026-07-03", StringComparison.Ordinal));
        Assert.Equal(ledger, FixtureProject.Snapshot(project.PathOf("published")));
    }

    [Fact]
    public async Task Build_LedgerCannotBeWritten_WarnsAfterPublishing()
    {
        using var project = new FixtureProject("mini");
        File.WriteAllText(project.PathOf("published"), "a file where the ledger folder belongs\n");

        var result = await BuildAsync(project, FirstPublished);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.LedgerWriteFailed && d.Severity == DiagnosticSeverity.Warning);
        Assert.True(File.Exists(project.PathOf("site/index.html")));
    }

    public static TheoryData<string, string, string, string> BrokenLedgers => new()
    {
        { "published/ledger.csv", "report,period,version\n", DiagnosticCodes.LedgerMalformed, "published/ledger.csv:1:1" },
        { "published/ledger.csv", "chips,2026-Q2,two,", DiagnosticCodes.LedgerBadValue, "published/ledger.csv:3:" },
        { "published/chips/2026-q2/v1.csv", null!, DiagnosticCodes.LedgerMissingFile, "published/ledger.csv" },
        { "published/chips/2026-q2/v1.html", "<p>edited by hand</p>\n", DiagnosticCodes.LedgerHashMismatch, "published/ledger.csv" },
        { "published/ledger.csv", "chips,2026-Q2,1,", DiagnosticCodes.LedgerVersionOrder, "published/ledger.csv" },
    };

    [Theory]
    [MemberData(nameof(BrokenLedgers))]
    public async Task Build_BrokenLedger_FailsAtTheFileAndChangesNothing(string file, string edit, string code, string at)
    {
        using var project = new FixtureProject("mini");
        await BuildAsync(project, FirstPublished);
        var path = project.PathOf(file);
        var lines = File.ReadAllLines(project.PathOf("published/ledger.csv"));
        switch (edit)
        {
            case null:
                File.Delete(path);
                break;
            case "chips,2026-Q2,two,":
                File.WriteAllText(path, string.Join('\n', lines[0], lines[1], lines[2].Replace("chips,2026-Q2,1,", edit, StringComparison.Ordinal)) + "\n");
                break;
            case "chips,2026-Q2,1,":
                File.WriteAllText(path, string.Join('\n', lines[0], lines[1], lines[2], lines[2]) + "\n"); // version 1 twice
                break;
            default:
                File.WriteAllText(path, edit);
                break;
        }

        var site = FixtureProject.Snapshot(project.Site);
        var result = await BuildAsync(project, Revised);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.StartsWith(at, error.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(site, FixtureProject.Snapshot(project.Site));
    }

    [Fact]
    public async Task Build_OutInsideTheLedger_IsAUsageError_AndTheLedgerIsUntouched()
    {
        using var project = new FixtureProject("mini");
        await BuildAsync(project, FirstPublished);
        var ledger = FixtureProject.Snapshot(project.PathOf("published"));

        // A new folder inside published/ would be allowed as an output if the ledger were not a protected input.
        var (code, _, error) = await Cli.CliRunner.RunAsync("build", "--project", project.Root, "--out", project.PathOf("published/site"), "--no-cache");

        Assert.True(code == 2, $"exit {code}, expected 2 (usage error):\n{error}");
        Assert.Contains("error RG5010:", error, StringComparison.Ordinal);
        Assert.Equal(ledger, FixtureProject.Snapshot(project.PathOf("published")));
    }

    private static void ReviseAmdClose(FixtureProject project)
    {
        const string file = "data/prices/adjusted/AMD.csv";
        Assert.Contains(AmdQ2Close, project.Read(file), StringComparison.Ordinal);
        project.Write(file, project.Read(file).Replace(AmdQ2Close, "2026-06-30,600.00", StringComparison.Ordinal));
    }

    private static BuildOptions Options(FixtureProject project, DateTimeOffset now) => new(project.Root) { Clock = () => now };

    private static Task<BuildResult> BuildAsync(FixtureProject project, DateTimeOffset now, bool accept = false) =>
        BuildPipeline.RunAsync(Options(project, now) with { AcceptRevisions = accept }, publish: true, CancellationToken.None);

    private static AngleSharp.Html.Dom.IHtmlDocument Page(FixtureProject project, string folder) =>
        new HtmlParser().ParseDocument(File.ReadAllText(project.PathOf("site/" + folder + "index.html")));

    private static JsonNode Article(FixtureProject project, string folder) =>
        Page(project, folder).QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonNode.Parse(s.TextContent)!).Single(n => (string?)n["@type"] == "Article");
}
