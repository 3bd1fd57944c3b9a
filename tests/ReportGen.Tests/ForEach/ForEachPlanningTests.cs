using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.ForEach;

/// <summary>Front matter <c>for_each:</c>: one edition per item per period, and each mistake in it (RG1100-RG1104).</summary>
public sealed class ForEachPlanningTests
{
    [Fact]
    public async Task Plan_ForEachUniverse_MakesOneEditionPerMemberPerPeriod_ItemsInOrdinalOrder()
    {
        using var project = ForEachProject.Create();

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var tear = result.Editions.Where(e => e.Report.Slug == "tear").ToList();
        Assert.Equal(["tear/amd/2026-Q1", "tear/nvda/2026-Q1", "tear/amd/2026-Q2", "tear/nvda/2026-Q2"], tear.Select(e => e.Key));
        Assert.Equal(["AMD", "NVDA", "AMD", "NVDA"], tear.Select(e => e.Item));
        Assert.Equal(["securities/amd/2026-q1/", "securities/nvda/2026-q1/", "securities/amd/2026-q2/", "securities/nvda/2026-q2/"], tear.Select(e => e.UrlPath));
        Assert.Equal("charts/tear/nvda/2026-q2/", tear[3].ChartFolder);
        // The ordinary series is planned as before: one edition per period, no item.
        Assert.Equal(["chips/2026-Q1", "chips/2026-Q2"], result.Editions.Where(e => e.Report.Slug == "chips").Select(e => e.Key));
        Assert.All(result.Editions.Where(e => e.Report.Slug == "chips"), e => Assert.Null(e.Item));
    }

    [Fact]
    public async Task Plan_ForEachKind_TakesEverySecurityOfThatKind()
    {
        using var project = ForEachProject.Create(ForEachProject.Report("for_each:\n  kind: etf\n"));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["tear/spy/2026-Q1", "tear/spy/2026-Q2"], result.Editions.Where(e => e.Report.Slug == "tear").Select(e => e.Key));
    }

    [Fact]
    public void Plan_AnItemNotYetQuoted_HasNoEditionForThatPeriod()
    {
        // AMD's prices start in April: it has a Q2 tear sheet, not a Q1 one.
        using var project = ForEachProject.Create();
        var amd = project.Read("data/prices/adjusted/AMD.csv").Split('\n');
        project.Write("data/prices/adjusted/AMD.csv", string.Join('\n', amd.Where((l, i) => i == 0 || string.CompareOrdinal(l, "2026-04") > 0)));

        var diagnostics = new DiagnosticBag();

        var planned = PlannedProject.Load(new BuildOptions(project.Root), diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(["tear/nvda/2026-Q1", "tear/amd/2026-Q2", "tear/nvda/2026-Q2"], planned!.Editions.Where(e => e.Report.Slug == "tear").Select(e => e.Key));
    }

    [Fact]
    public async Task Render_BindsItemAndEditionItem_AndThePreviousEditionIsTheSameItems()
    {
        using var project = ForEachProject.Create();

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var amd = result.Rendered.Single(r => r.Edition.Key == "tear/amd/2026-Q2");
        Assert.Equal("Advanced Micro Devices in Q2 2026", amd.Title);
        Assert.StartsWith("Advanced Micro Devices (AMD) returned", amd.Summary, StringComparison.Ordinal);
        Assert.Contains("Before: Q1 2026", amd.BodyHtml, StringComparison.Ordinal);
        Assert.All(amd.Figures, f => Assert.Equal("AMD", f.Value.Subject));
        var first = result.Rendered.Single(r => r.Edition.Key == "tear/nvda/2026-Q1");
        Assert.DoesNotContain("Before:", first.BodyHtml, StringComparison.Ordinal);

        // The memory of an item's edition is its own run: one earlier edition, not the other item's.
        var plan = result.Editions;
        var nvdaQ2 = plan.Single(e => e.Key == "tear/nvda/2026-Q2");
        Assert.Equal(1, RenderEdition.History(nvdaQ2, plan, BuiltData(project), ReportGen.Config.SiteConfigReader.Read(project.Root, new DiagnosticBag())).Count);
    }

    [Fact]
    public async Task Build_UnknownUniverse_IsAnError_WithTheClosestName()
    {
        using var project = ForEachProject.Create(ForEachProject.Report("for_each:\n  universe: [chip]\n"));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.ForEachUnknownUniverse, error.Code);
        Assert.Contains("did you mean 'chips'", error.Message, StringComparison.Ordinal);
        Assert.Equal(("templates/reports/tear.sbn-md", 7), (error.Location!.Path, error.Location.Line));
    }

    [Theory]
    [InlineData("for_each:\n  universe: chips\n  kind: stock\n", "both")]
    [InlineData("for_each: {}\n", "neither")]
    [InlineData("for_each:\n  universe: []\n", "empty")]
    public async Task Build_MalformedForEach_IsAnError(string forEach, string says)
    {
        using var project = ForEachProject.Create(ForEachProject.Report(forEach));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.ForEachMalformed, error.Code);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.Equal("templates/reports/tear.sbn-md", error.Location!.Path);
    }

    [Fact]
    public async Task Build_UnknownKind_IsRefusedByTheSchema_WithTheClosestKind()
    {
        using var project = ForEachProject.Create(ForEachProject.Report("for_each:\n  kind: etfs\n"));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.SchemaValueNotAllowed, error.Code);
        Assert.Contains("did you mean 'etf'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_KindWithNoSecurity_IsAnError()
    {
        using var project = ForEachProject.Create(ForEachProject.Report("for_each:\n  kind: index\n"));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.ForEachEmpty, error.Code);
        Assert.Contains("no row of kind 'index'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_TwoSeriesForOneSecurity_IsAUrlCollision()
    {
        using var project = ForEachProject.Create();
        project.Write("templates/reports/tear2.sbn-md", ForEachProject.Report("for_each:\n  kind: stock\n"));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(2, errors.Count); // AMD and NVDA, each at the second series' for_each
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.ForEachUrlCollision, e.Code));
        Assert.All(errors, e => Assert.Equal("templates/reports/tear2.sbn-md", e.Location!.Path));
        Assert.Contains(errors, e => e.Message.Contains("securities/amd/", StringComparison.Ordinal));
        Assert.False(Directory.Exists(project.Site));
    }

    [Fact]
    public async Task Build_TwoTickersWithOneUrlSegment_IsAUrlCollision()
    {
        using var project = ForEachProject.Create();
        project.Write("data/universes.csv", project.Read("data/universes.csv") + "chips,Amd,\n");
        project.Write("data/securities.csv", project.Read("data/securities.csv") + "Amd,Advanced Micro Devices,stock,Information Technology,Semiconductors,\n");
        File.Copy(project.PathOf("data/prices/adjusted/AMD.csv"), project.PathOf("data/prices/adjusted/Amd.csv"));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ForEachUrlCollision);
        Assert.Contains("'AMD' and 'Amd' would both be published at securities/amd/", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes/tear/2026-Q2.md", "notes/tear/<item>/<period>.md")]
    [InlineData("notes/tear/nvdia/2026-Q2.md", "did you mean 'nvda'")]
    public async Task Build_NoteOutsideAnItemFolder_IsAnError(string note, string says)
    {
        using var project = ForEachProject.Create();
        Directory.CreateDirectory(Path.GetDirectoryName(project.PathOf(note))!);
        project.Write(note, "A note.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.ForEachNoteItem, error.Code);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.Equal(note, error.Location!.Path);
    }

    [Fact]
    public async Task Build_ANoteInTheItemsFolder_IsMergedIntoThatItemsEditionOnly()
    {
        using var project = ForEachProject.Create(ForEachProject.Report(body: ForEachProject.DefaultBody + "\n## Notes\n\nNothing yet.\n"));
        Directory.CreateDirectory(project.PathOf("notes/tear/nvda"));
        project.Write("notes/tear/nvda/2026-Q2.md", "---\nsection: Notes\n---\nThe desk's view on Nvidia.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("The desk's view on Nvidia.", result.Rendered.Single(r => r.Edition.Key == "tear/nvda/2026-Q2").BodyHtml, StringComparison.Ordinal);
        Assert.All(result.Rendered.Where(r => r.Edition.Key != "tear/nvda/2026-Q2"), r => Assert.DoesNotContain("desk's view", r.BodyHtml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_RecordsEachItemsEditionsUnderItsSeriesKey()
    {
        using var project = ForEachProject.Create();
        var now = new DateTimeOffset(2026, 7, 3, 12, 0, 0, TimeSpan.Zero);

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root) { Clock = () => now }, publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var rows = project.Read("published/ledger.csv").Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => string.Join(',', l.Split(',').Take(3))).ToList();
        Assert.Equal(["chips,2026-Q1,1", "chips,2026-Q2,1", "tear/amd,2026-Q1,1", "tear/amd,2026-Q2,1", "tear/nvda,2026-Q1,1", "tear/nvda,2026-Q2,1"], rows);
        Assert.True(File.Exists(project.PathOf("published/tear/nvda/2026-q2/v1.csv")));

        // A second build reads the record back: every item edition is published, nothing is revised.
        var again = await BuildPipeline.RunAsync(new BuildOptions(project.Root) { Clock = () => now.AddHours(1) }, publish: true, CancellationToken.None);
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.DoesNotContain(again.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Code != DiagnosticCodes.SearchUnavailable);
    }

    private static ReportGen.Data.MarketData BuiltData(FixtureProject project) => ReportGen.Data.LoadData.Run(project.Root, new DiagnosticBag(), "SPY");
}
