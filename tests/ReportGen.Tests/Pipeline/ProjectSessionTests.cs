using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Pipeline;

/// <summary>
/// The in-memory project of <c>serve</c>: a rebuild reads only the data files that changed, renders only the editions
/// whose inputs changed, and assembles the same site as a build from scratch.
/// </summary>
public sealed class ProjectSessionTests
{
    private const string Chips = "templates/reports/chips.sbn-md";
    private const string Memory = "templates/reports/memory.sbn-md";
    private const string Amd = "data/prices/adjusted/AMD.csv";

    [Fact]
    public void Build_First_ParsesEveryDataFileAndRendersEveryEdition()
    {
        using var project = TwoReports();
        var session = new ProjectSession(new BuildOptions(project.Root), searchAvailable: false);

        var result = Succeeded(session.Build(CancellationToken.None));

        Assert.Equal(["chips/2026-Q1", "chips/2026-Q2", "memory/2026-Q1", "memory/2026-Q2"], result.Incremental.Rendered);
        Assert.Equal(5, session.DataFilesParsed.Count); // securities, universes and the three price files
    }

    [Fact]
    public async Task Build_TemplateEdited_ReadsNoDataFileAndRendersOnlyThatReport()
    {
        using var project = TwoReports();
        var session = new ProjectSession(new BuildOptions(project.Root), searchAvailable: false);
        Succeeded(session.Build(CancellationToken.None));
        project.Write(Chips, project.Read(Chips).Replace("## Context", "## Background", StringComparison.Ordinal));

        var result = Succeeded(session.Build(CancellationToken.None));

        Assert.Empty(session.DataFilesParsed);
        Assert.Equal(["chips/2026-Q1", "chips/2026-Q2"], result.Incremental.Rendered);
        Assert.Equal(["memory/2026-Q1", "memory/2026-Q2"], result.Incremental.Reused);
        Assert.Contains("<h2 id=\"background\">Background</h2>", Page(result, "reports/chips/2026-q2/index.html"), StringComparison.Ordinal);
        await AssertSameAsBuildAsync(project, result);
    }

    [Fact]
    public async Task Build_CloseEdited_ReadsThatFileAndRendersOnlyTheEditionsThatSeeTheRow()
    {
        using var project = TwoReports();
        var session = new ProjectSession(new BuildOptions(project.Root), searchAvailable: false);
        Succeeded(session.Build(CancellationToken.None));
        project.Write(Amd, project.Read(Amd).Replace("2026-06-29,539.489990234375", "2026-06-29,549.489990234375", StringComparison.Ordinal));

        var result = Succeeded(session.Build(CancellationToken.None));

        Assert.Equal([Amd], session.DataFilesParsed);
        Assert.Equal(["chips/2026-Q2", "memory/2026-Q2"], result.Incremental.Rendered); // Q1 editions are as of 2026-03-31
        Assert.Equal(["chips/2026-Q1", "memory/2026-Q1"], result.Incremental.Reused);
        await AssertSameAsBuildAsync(project, result);
    }

    [Fact]
    public void Build_DataFileEditedBackAndForth_RendersTheEditionsAgainEachTime()
    {
        using var project = TwoReports();
        var session = new ProjectSession(new BuildOptions(project.Root), searchAvailable: false);
        var original = project.Read(Amd);
        var first = Succeeded(session.Build(CancellationToken.None)).Files!.Files;
        project.Write(Amd, original.Replace("2026-06-29,539.489990234375", "2026-06-29,549.489990234375", StringComparison.Ordinal));
        var edited = Succeeded(session.Build(CancellationToken.None)).Files!.Files;
        project.Write(Amd, original + "\n"); // the same rows again, and a different length, so the file is read again

        var result = Succeeded(session.Build(CancellationToken.None));

        Assert.Contains(first, f => !f.Value.AsSpan().SequenceEqual(edited[f.Key])); // the quarter's chart moved
        Assert.Equal(["chips/2026-Q2", "memory/2026-Q2"], result.Incremental.Rendered);
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(result.Files!.Files[f.Key]), f.Key));
    }

    [Fact]
    public void Build_SourcesEdited_RendersEveryEdition()
    {
        using var project = TwoReports();
        var session = new ProjectSession(new BuildOptions(project.Root), searchAvailable: false);
        Succeeded(session.Build(CancellationToken.None));
        project.Write("data/sources.yml", project.Read("data/sources.yml") + "\n# reviewed\n");

        var result = Succeeded(session.Build(CancellationToken.None));

        Assert.Empty(session.DataFilesParsed);
        Assert.Equal(4, result.Incremental.Rendered.Count);
    }

    [Fact]
    public async Task Build_PageReadFirst_RendersItAloneThenTheRestInTheNextBuild()
    {
        using var project = TwoReports();
        var session = new ProjectSession(new BuildOptions(project.Root), searchAvailable: false);
        var before = Succeeded(session.Build(CancellationToken.None));
        project.Write(Chips, project.Read(Chips).Replace("## Context", "## Background", StringComparison.Ordinal));

        var first = Succeeded(session.Build(e => e.UrlPath == "reports/chips/2026-q2/", CancellationToken.None));

        Assert.Equal(["chips/2026-Q2"], first.Incremental.Rendered);
        Assert.Equal(["chips/2026-Q1"], session.Deferred);
        Assert.True(session.Partial);
        Assert.Contains("<h2 id=\"background\">Background</h2>", Page(first, "reports/chips/2026-q2/index.html"), StringComparison.Ordinal);
        Assert.Equal(Page(before, "reports/chips/2026-q1/index.html"), Page(first, "reports/chips/2026-q1/index.html")); // not yet

        var rest = Succeeded(session.Build(CancellationToken.None));

        Assert.Empty(session.Deferred);
        Assert.False(session.Partial);
        Assert.Equal(["chips/2026-Q1"], rest.Incremental.Rendered);
        await AssertSameAsBuildAsync(project, rest);
    }

    [Fact]
    public void Build_TemplateBroken_ReportsTheErrorAndRecoversWhenFixed()
    {
        using var project = TwoReports();
        var session = new ProjectSession(new BuildOptions(project.Root), searchAvailable: false);
        Succeeded(session.Build(CancellationToken.None));
        var good = project.Read(Chips);
        project.Write(Chips, good.Replace("{{ ranked u.leaders 2 }}", "{{ ranked u.leaders 2 ", StringComparison.Ordinal));

        var broken = session.Build(CancellationToken.None);
        project.Write(Chips, good);
        var fixedAgain = Succeeded(session.Build(CancellationToken.None));

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == "RG2050" && d.Location?.Path == Chips); // the '{{' left open
        Assert.Empty(fixedAgain.Incremental.Rendered); // the good renderings were kept through the failed build
    }

    private static async Task AssertSameAsBuildAsync(FixtureProject project, BuildResult session)
    {
        var build = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var expected = build.Files!.Files;
        var actual = session.Files!.Files;
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, f => Assert.True(f.Value.AsSpan().SequenceEqual(actual[f.Key]), $"{f.Key} differs from a build's"));
    }

    private static BuildResult Succeeded(BuildResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Page(BuildResult result, string path) => System.Text.Encoding.UTF8.GetString(result.Files!.Files[path]);

    private static FixtureProject TwoReports()
    {
        var project = new FixtureProject("mini");
        project.Write(Memory, project.Read(Chips).Replace("series: Chips Quarterly", "series: Memory Quarterly", StringComparison.Ordinal)
            .Replace("title: \"Chips vs the S&P 500", "title: \"Memory vs the S&P 500", StringComparison.Ordinal));
        return project;
    }
}
