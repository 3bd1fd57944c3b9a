using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Pipeline;

/// <summary>
/// <c>prev</c> through a whole build of the fixture project: the chips series has two editions (2026-Q1, 2026-Q2), and
/// its template gets a "what changed" line that reads the previous edition.
/// </summary>
public sealed class EditionMemoryBuildTests
{
    private const string Chips = "templates/reports/chips.sbn-md";

    private const string WhatChanged = """

        {{ if prev }}Last time, in {{ prev.edition.period }}, the basket returned {{ (prev.universe "chips").period_return | fmt.pct }}; now {{ u.period_return | fmt.pct }}.{{ else }}This is the first edition: {{ u.period_return | fmt.pct }}.{{ end }}
        """;

    [Fact]
    public async Task Build_FirstEditionHasNoPrev_SecondPrintsThePreviousEditionsFigureWithItsAsOfDate()
    {
        using var project = WithWhatChanged();

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var first = project.Read("site/reports/chips/2026-q1/index.html");
        var second = project.Read("site/reports/chips/2026-q2/index.html");
        Assert.Contains("This is the first edition", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Last time", first, StringComparison.Ordinal);
        Assert.Contains("Last time, in Q1 2026, the basket returned", second, StringComparison.Ordinal);

        // The figure the previous edition printed for the basket's Q1 return, recorded again by the second edition with
        // the same text, value, inputs, source and as-of date (2026-03-31): figures.csv says whose data it is.
        var printedInQ1 = Rows(project, "2026-q1").Where(r => r.Contains(",chips,", StringComparison.Ordinal) && r.EndsWith(",2026-03-31", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var fromPrev = Rows(project, "2026-q2").Where(r => r.Contains(",chips,", StringComparison.Ordinal) && r.EndsWith(",2026-03-31", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(printedInQ1);
        var row = Assert.Single(fromPrev);
        Assert.Contains(row, printedInQ1);
    }

    [Fact]
    public async Task Rebuild_PreviousEditionsDataCorrected_RendersTheEditionThatReadsItAgain()
    {
        using var project = WithWhatChanged();
        var options = new BuildOptions(project.Root) { CacheDirectory = project.PathOf(".reportgen-cache") };
        await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);
        var before = project.Read("site/reports/chips/2026-q2/index.html");
        var csv = "data/prices/adjusted/AMD.csv";
        var lines = project.Read(csv).Split('\n');
        var i = Array.FindIndex(lines, l => l.StartsWith("2026-03-31,", StringComparison.Ordinal));
        lines[i] = "2026-03-31,150.5";
        project.Write(csv, string.Join('\n', lines));

        var result = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);

        // A row of Q1 (the previous edition's data, before Q2's as-of date) is part of Q2's key: Q2 renders again, and
        // its "last time" figure follows the corrected Q1 close.
        Assert.Contains("chips/2026-Q2", result.Incremental.Rendered);
        Assert.NotEqual(Sentence(before), Sentence(project.Read("site/reports/chips/2026-q2/index.html")));
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    private static FixtureProject WithWhatChanged()
    {
        var project = new FixtureProject("mini");
        project.Write(Chips, project.Read(Chips) + WhatChanged);
        return project;
    }

    // figures.csv rows without their id column (ids number the figures of one edition).
    private static IEnumerable<string> Rows(FixtureProject project, string period) =>
        project.Read($"site/reports/chips/{period}/figures.csv").Split('\n').Skip(1).Where(r => r.Length > 0).Select(r => r[(r.IndexOf(',', StringComparison.Ordinal) + 1)..]);

    private static string Sentence(string html)
    {
        var start = html.IndexOf("Last time", StringComparison.Ordinal);
        return html[start..html.IndexOf("now", start, StringComparison.Ordinal)];
    }
}
