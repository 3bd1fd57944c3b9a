using ReportGen.TestKit;

namespace ReportGen.Tests.Cli;

/// <summary>reportgen check: finds what a build does not, and writes nothing.</summary>
public sealed class CheckCommandTests
{
    private const string Report = "templates/reports/chips.sbn-md";

    [Fact]
    public async Task Check_TypedNumberInProse_ReportsRG2007AtItsExactPosition()
    {
        using var project = new FixtureProject("mini");
        var text = project.Read(Report).Replace("## Context\n", "## Context\n\nChips gained 15.3% in Q2, the 2nd best of 2026 over 12 months.\n", StringComparison.Ordinal);
        project.Write(Report, text);
        var line = Array.IndexOf(text.Split('\n'), "Chips gained 15.3% in Q2, the 2nd best of 2026 over 12 months.") + 1;

        var (code, _, error) = await CliRunner.RunAsync("check", "--project", project.Root);

        Assert.Equal(1, code);
        // Only 15.3 is a typed figure: Q2 is a name, 2nd an ordinal, 2026 a year, 12 months a window.
        Assert.Contains($"{Report}:{line}:14: error RG2007: number '15.3' typed into the prose", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n'), l => l.Contains("RG2007", StringComparison.Ordinal));
        Assert.Contains("             ^", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ClaimWordInProse_ReportsRG2010AtItsExactPosition()
    {
        using var project = new FixtureProject("mini");
        var text = project.Read(Report).Replace("## Context\n", "## Context\n\nThe chips basket led the market again.\n", StringComparison.Ordinal);
        project.Write(Report, text);
        var line = Array.IndexOf(text.Split('\n'), "The chips basket led the market again.") + 1;

        var (code, _, error) = await CliRunner.RunAsync("check", "--project", project.Root);

        Assert.Equal(1, code);
        Assert.Contains($"{Report}:{line}:18: error RG2010: claim word 'led' typed into the prose outside a guard", error, StringComparison.Ordinal);
        Assert.Contains($"{Report}:{line}:33: error RG2010: claim word 'again'", error, StringComparison.Ordinal);
        Assert.Equal(2, error.Split('\n').Count(l => l.Contains("RG2010", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Check_FixedTextMarker_AllowsItsClaimWordsButNotATypedNumber()
    {
        using var project = new FixtureProject("mini");
        const string Paragraph = "{{# fixed: method note }}The largest members of a cap-weighted index dominate it, 12.5% of the time.";
        var text = project.Read(Report).Replace("## Context\n", $"## Context\n\n{Paragraph}\n", StringComparison.Ordinal);
        project.Write(Report, text);
        var line = Array.IndexOf(text.Split('\n'), Paragraph) + 1;

        var (code, _, error) = await CliRunner.RunAsync("check", "--project", project.Root);

        Assert.Equal(1, code);
        Assert.DoesNotContain("RG2010", error, StringComparison.Ordinal);
        Assert.Contains($"{Report}:{line}:83: error RG2007: number '12.5' typed into the prose", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_FixedTextMarker_RendersNothing()
    {
        using var project = new FixtureProject("mini");
        project.Write(Report, project.Read(Report).Replace("## Context\n", "## Context\n\n{{# fixed: method note }}Equal weighting gives each member the same share.\n", StringComparison.Ordinal));

        var (code, _, error) = await CliRunner.RunAsync("build", "--project", project.Root);

        Assert.True(code == 0, error);
        var page = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(project.Site, "reports", "chips"), "index.html", SearchOption.AllDirectories).First(f => !f.EndsWith(Path.Combine("chips", "index.html"), StringComparison.Ordinal)));
        Assert.Contains("<p>Equal weighting gives each member the same share.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("method note", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CleanProject_PassesAndWritesNothing()
    {
        using var project = new FixtureProject("mini");
        var before = Directory.EnumerateFileSystemEntries(project.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var (code, output, error) = await CliRunner.RunAsync("check", "--project", project.Root);

        Assert.True(code == 0, error);
        Assert.Contains("internal links checked; nothing written", output, StringComparison.Ordinal);
        var after = Directory.EnumerateFileSystemEntries(project.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Check_WithAPublishedSite_LeavesSiteByteIdenticalAndCreatesNoStagingFolder()
    {
        using var project = new FixtureProject("mini");
        Assert.Equal(0, (await CliRunner.RunAsync("build", "--project", project.Root)).ExitCode);
        var before = FixtureProject.Snapshot(project.Site);
        project.Write(Report, project.Read(Report).Replace("## Context", "## Context changed", StringComparison.Ordinal));

        var (code, _, _) = await CliRunner.RunAsync("check", "--project", project.Root);

        Assert.Equal(0, code);
        var after = FixtureProject.Snapshot(project.Site);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), $"{pair.Key} changed"));
        Assert.Empty(Directory.EnumerateDirectories(project.Root, "*staging*"));
    }

    [Fact]
    public async Task Check_BrokenLinkInALayout_ReportsRG5020()
    {
        using var project = new FixtureProject("mini");
        var layout = "templates/layouts/series.sbn-html";
        project.Write(layout, project.Read(layout).Replace("</body>", "<a href=\"../missing/\">x</a></body>", StringComparison.Ordinal));

        var (code, _, error) = await CliRunner.RunAsync("check", "--project", project.Root);

        Assert.Equal(1, code);
        Assert.Contains("reports/chips/index.html:", error, StringComparison.Ordinal);
        Assert.Contains("error RG5020: '../missing/' points at 'reports/missing/index.html', which the site does not contain", error, StringComparison.Ordinal);
    }
}

/// <summary>reportgen check --scenarios: a summary line per scenario, exit 1 on a finding, 2 on an unknown scenario.</summary>
public sealed class CheckScenariosCommandTests
{
    private const string Report = "templates/reports/chips.sbn-md";

    [Fact]
    public async Task CheckScenarios_CleanProject_PrintsASummaryPerScenarioAndExits0()
    {
        using var project = new FixtureProject("mini");

        var (code, output, error) = await CliRunner.RunAsync("check", "--project", project.Root, "--scenarios");

        Assert.True(code == 0, error);
        foreach (var scenario in ReportGen.Checking.Scenarios.MarketScenarios.All)
        {
            Assert.Contains($"scenario {scenario.Name}: ", output, StringComparison.Ordinal);
        }

        Assert.Contains("scenario all-fall: 2 of 2 edition(s) rendered, ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckScenarios_SomeScenariosWithAPlantedContradiction_Exits1WithRG2012()
    {
        using var project = new FixtureProject("mini");
        project.Write(Report, project.Read(Report).Replace("## Context\n", "## Context\n\nThe basket rose {{ u.period_return | fmt.pct }}.\n", StringComparison.Ordinal));

        var (code, output, error) = await CliRunner.RunAsync("check", "--project", project.Root, "--scenarios", "all-fall,outlier");

        Assert.Equal(1, code);
        Assert.Contains("error RG2012: chips 2026-Q1 under scenario all-fall:", error, StringComparison.Ordinal);
        Assert.Contains("scenario outlier: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("scenario flat: ", output, StringComparison.Ordinal);
        Assert.Contains("check failed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckScenarios_AnUnknownScenario_IsAUsageError()
    {
        using var project = new FixtureProject("mini");

        var (code, _, error) = await CliRunner.RunAsync("check", "--project", project.Root, "--scenarios", "all-fall,sideways");

        Assert.Equal(2, code);
        Assert.Contains("'sideways' is not a scenario", error, StringComparison.Ordinal);
    }
}
