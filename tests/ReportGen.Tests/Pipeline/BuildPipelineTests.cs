using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Text;
using Snapshooter.Xunit;

namespace ReportGen.Tests.Pipeline;

/// <summary>Whole builds of the fixture project under tests/ReportGen.Tests/Fixtures/mini.</summary>
public sealed class BuildPipelineTests
{
    [Fact]
    public async Task Build_MiniProject_WritesTheEditionPageAsSnapshotted()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Snapshot.Match(project.Read("site/reports/chips/2026-q2/index.html"));
    }

    [Fact]
    public async Task Build_MiniProject_PlansOneEditionPerCompleteQuarter()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        // Data runs to 2026-07-02: Q1 and Q2 2026 are complete; Q3 is not (a draft only with --drafts).
        Assert.Equal(["2026-Q1", "2026-Q2"], result.Editions.Select(e => e.Period.ToString()));
        Assert.Equal([new DateOnly(2026, 3, 31), new DateOnly(2026, 6, 30)], result.Editions.Select(e => e.AsOf));
    }

    [Fact]
    public async Task Build_WithDrafts_AddsTheCurrentQuarterAsOfTheLastRow()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root, IncludeDrafts: true), publish: false, CancellationToken.None);

        var draft = Assert.Single(result.Editions, e => e.IsDraft);
        Assert.Equal("2026-Q3", draft.Period.ToString());
        Assert.Equal(new DateOnly(2026, 7, 2), draft.AsOf);
    }

    [Fact]
    public async Task Build_FiguresCsv_HoldsTheHandWorkedReturn()
    {
        using var project = new FixtureProject("mini");

        await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);
        var rows = project.Read("site/reports/chips/2026-q2/figures.csv").Split('\n');

        // NVDA Q2 2026 by hand: 200.08999633789062 / 174.1969757080078 - 1 = 0.14864219384201705 (see ReturnArithmeticTests).
        // It is printed twice (the ranked list and the table); every printing records the same value and provenance.
        var nvda = rows.Where(r => r.Contains(",total_return,NVDA,", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, nvda.Count);
        Assert.All(nvda, row =>
        {
            Assert.Contains(",+14.9%,0.14864219384201", row, StringComparison.Ordinal);
            Assert.EndsWith(",Yahoo Finance adjusted closes,2026-06-30", row, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Build_Twice_GivesByteIdenticalSites()
    {
        using var first = new FixtureProject("mini");
        using var second = new FixtureProject("mini");

        await BuildPipeline.RunAsync(new BuildOptions(first.Root), publish: true, CancellationToken.None);
        await BuildPipeline.RunAsync(new BuildOptions(second.Root), publish: true, CancellationToken.None);
        var a = FixtureProject.Snapshot(first.Site);
        var b = FixtureProject.Snapshot(second.Site);

        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(b[pair.Key]), $"{pair.Key} differs between builds"));
    }

    [Fact]
    public async Task Build_WithBadData_FailsAndLeavesThePreviousSiteByteIdentical()
    {
        using var project = new FixtureProject("mini");
        await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);
        var before = FixtureProject.Snapshot(project.Site);
        var csv = project.Read("data/prices/adjusted/NVDA.csv").Replace("2026-03-31,174.1969757080078", "2026-03-31,n/a", StringComparison.Ordinal);
        project.Write("data/prices/adjusted/NVDA.csv", csv);

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        var line = Array.IndexOf(csv.Split('\n'), "2026-03-31,n/a") + 1;
        Assert.Equal($"data/prices/adjusted/NVDA.csv:{line}:12: error RG1003: 'n/a' in column 'Adj Close' (field 2) is not a number; expected a price in USD such as 134.29", error.ToString());
        var after = FixtureProject.Snapshot(project.Site);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), $"{pair.Key} changed"));
    }

    [Fact]
    public async Task Build_SecurityNameWithMarkup_IsEscapedInThePage()
    {
        using var project = new FixtureProject("mini");
        project.Write("data/securities.csv", project.Read("data/securities.csv").Replace("NVDA,Nvidia,", "NVDA,<script>alert(1)</script> \"Nv\",", StringComparison.Ordinal));
        var report = "templates/reports/chips.sbn-md";
        project.Write(report, project.Read(report).Replace("| {{ s.ticker }} |", "| {{ s.name }} |", StringComparison.Ordinal));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = project.Read("site/reports/chips/2026-q2/index.html");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Nv&quot;", html, StringComparison.Ordinal);
    }
}
