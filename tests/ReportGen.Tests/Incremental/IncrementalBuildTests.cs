using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Incremental;

/// <summary>Incremental builds render exactly what changed, and publish the same bytes as a build from scratch.</summary>
public sealed class IncrementalBuildTests
{
    private const string Chips = "templates/reports/chips.sbn-md";
    private const string Memory = "templates/reports/memory.sbn-md";

    [Fact]
    public async Task Rebuild_NothingChanged_RendersNothingAndWritesNothing()
    {
        using var project = TwoReports();
        await BuildAsync(project);

        var result = await BuildAsync(project);

        Assert.True(result.Incremental.UpToDate);
        Assert.Empty(result.Incremental.Rendered);
        Assert.False(result.Incremental.OutputWritten);
        Assert.Equal(4, result.Incremental.Reused.Count);
    }

    [Fact]
    public async Task Rebuild_InputTouchedButEqual_ReusesEveryEditionAndSkipsThePublish()
    {
        using var project = TwoReports();
        await BuildAsync(project);
        project.Write("templates/README.md", "Notes for editors; no page reads this file.\n"); // a new input that no output depends on

        var result = await BuildAsync(project);

        Assert.False(result.Incremental.UpToDate);
        Assert.Empty(result.Incremental.Rendered);
        Assert.False(result.Incremental.OutputWritten);
    }

    [Fact]
    public async Task Rebuild_OneReportTemplateChanged_RendersOnlyThatReportsEditions()
    {
        using var project = TwoReports();
        await BuildAsync(project);
        var before = FixtureProject.Snapshot(project.Site);
        project.Write(Chips, project.Read(Chips).Replace("## Context", "## Background", StringComparison.Ordinal));

        var result = await BuildAsync(project);

        Assert.Equal(["chips/2026-Q1", "chips/2026-Q2"], result.Incremental.Rendered);
        Assert.Equal(["memory/2026-Q1", "memory/2026-Q2"], result.Incremental.Reused);
        var after = FixtureProject.Snapshot(project.Site);
        var changed = after.Where(f => !before.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key).ToList();
        Assert.Equal(["reports/chips/2026-q1/index.html", "reports/chips/2026-q2/index.html"], changed);
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    [Fact]
    public async Task Rebuild_ProseChangedButNotTheCharts_ReadsTheChartsFromTheRenderCache()
    {
        using var project = TwoReports();
        var first = await BuildAsync(project);
        Assert.Equal(4, first.Incremental.ChartsDrawn); // one chart per edition, two reports of two editions
        project.Write(Chips, project.Read(Chips).Replace("## Context", "## Background", StringComparison.Ordinal));

        var result = await BuildAsync(project);

        Assert.Equal(["chips/2026-Q1", "chips/2026-Q2"], result.Incremental.Rendered);
        Assert.Equal(0, result.Incremental.ChartsDrawn);
        Assert.Equal(2, result.Incremental.ChartsFromCache);
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    [Fact]
    public async Task Rebuild_ChartTitleChanged_RedrawsThatReportsCharts()
    {
        using var project = TwoReports();
        await BuildAsync(project);
        project.Write(Chips, project.Read(Chips).Replace("title: \"Chips vs the S&P 500", "title: \"Chip makers vs the S&P 500", StringComparison.Ordinal));

        var result = await BuildAsync(project);

        Assert.Equal(2, result.Incremental.ChartsDrawn);
        Assert.Equal(0, result.Incremental.ChartsFromCache);
        Assert.Equal(12, Directory.GetFiles(project.PathOf(".reportgen-cache/charts"), "*.chart").Length); // 4 charts, each its edition's lead: wide and narrow SVG and the og:image PNG; the old titles' files are pruned
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    [Fact]
    public async Task Rebuild_DataForANewPeriod_AddsThatEditionAndRendersEveryEditionAgain()
    {
        using var project = new FixtureProject("mini");
        var full = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(project.PathOf("data/prices/adjusted")))
        {
            full[file] = File.ReadAllText(file);
            File.WriteAllText(file, string.Join('\n', full[file].Split('\n').Where(l => !l.StartsWith("2026-0", StringComparison.Ordinal) || string.CompareOrdinal(l, "2026-04") < 0)));
        }

        var first = await BuildAsync(project);
        Assert.Equal(["chips/2026-Q1"], first.Incremental.Rendered);

        // A data refresh: the next quarter's rows are appended. Keys hash every byte of data/, so every edition renders
        // again (a refresh also updates sources.yml, which every edition cites); the site still equals a cold build.
        foreach (var (file, text) in full)
        {
            File.WriteAllText(file, text);
        }

        var second = await BuildAsync(project);

        Assert.Equal(["chips/2026-Q1", "chips/2026-Q2"], second.Incremental.Rendered);
        Assert.Empty(second.Incremental.Reused);
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    [Fact]
    public async Task Rebuild_PastRowCorrected_RendersEveryEditionAgain()
    {
        using var project = TwoReports();
        await BuildAsync(project);
        var csv = "data/prices/adjusted/AMD.csv";
        var lines = project.Read(csv).Split('\n');
        var i = Array.FindIndex(lines, l => l.StartsWith("2026-05-", StringComparison.Ordinal));
        lines[i] = lines[i].Split(',')[0] + ",150.5";
        project.Write(csv, string.Join('\n', lines));

        var result = await BuildAsync(project);

        // A May row is after Q1's as-of date, but keys hash every byte of data/: every edition renders again.
        Assert.Equal(["chips/2026-Q1", "chips/2026-Q2", "memory/2026-Q1", "memory/2026-Q2"], result.Incremental.Rendered);
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    private static FixtureProject TwoReports()
    {
        var project = new FixtureProject("mini");
        project.Write(Memory, project.Read(Chips).Replace("series: Chips Quarterly", "series: Memory Quarterly", StringComparison.Ordinal)
            .Replace("title: \"Chips vs the S&P 500", "title: \"Memory vs the S&P 500", StringComparison.Ordinal)); // charts of its own, not the same PNGs as chips
        return project;
    }

    private static async Task<BuildResult> BuildAsync(FixtureProject project)
    {
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root) { CacheDirectory = project.PathOf(".reportgen-cache") }, publish: true, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }
}
