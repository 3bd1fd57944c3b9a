using ReportGen.TestKit;

namespace ReportGen.Tests.Cli;

/// <summary><c>--strict</c> turns warnings into errors for CI: exit 1 and, for build, nothing published.</summary>
public sealed class StrictTests
{
    // The mini fixture's prices end on 2026-07-02; a data set dated three months later makes every series stale (RG1022).
    private static void MakeDataStale(FixtureProject project) =>
        project.Write("data/sources.yml", project.Read("data/sources.yml").Replace("    as_of: 2026-07-02\n", "    as_of: 2026-09-30\n", StringComparison.Ordinal));

    [Fact]
    public async Task Check_StaleData_WarnsWithoutStrictAndFailsWithIt()
    {
        using var project = new FixtureProject("mini");
        MakeDataStale(project);

        var (plain, _, plainError) = await CliRunner.RunAsync("check", "--project", project.Root);
        var (strict, strictOut, strictError) = await CliRunner.RunAsync("check", "--project", project.Root, "--strict");

        Assert.Equal(0, plain);
        Assert.Contains("warning RG1022", plainError, StringComparison.Ordinal);
        Assert.Equal(1, strict);
        Assert.DoesNotContain("warning RG1022", strictError, StringComparison.Ordinal);
        Assert.Contains("error RG1022", strictError, StringComparison.Ordinal);
        Assert.Contains("error RG5036: --strict: ", strictError, StringComparison.Ordinal);
        Assert.DoesNotContain("ok:", strictOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CleanProject_PassesWithStrict()
    {
        using var project = new FixtureProject("mini");

        var (code, _, error) = await CliRunner.RunAsync("check", "--project", project.Root, "--strict");

        Assert.True(code == 0, error);
    }

    [Fact]
    public async Task Check_SampleProject_PassesWithStrict()
    {
        // The Pages workflow runs `check --strict` on every pull request (.github/workflows/site.yml): the sample must pass
        // it. Its three older snapshots are marked 'final:' in data/sources.yml; check writes nothing, so the repository is read as is.
        var (code, output, error) = await CliRunner.RunAsync("check", "--project", RepoPaths.Root, "--strict");

        Assert.True(code == 0, error);
        Assert.Contains("ok:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_StaleData_WithStrict_PublishesNothing()
    {
        using var project = new FixtureProject("mini");
        var (first, _, firstError) = await CliRunner.RunAsync("build", "--project", project.Root, "--no-cache");
        Assert.True(first == 0, firstError);
        var before = FixtureProject.Snapshot(project.Site);
        MakeDataStale(project);

        var (code, _, error) = await CliRunner.RunAsync("build", "--project", project.Root, "--no-cache", "--strict");

        Assert.Equal(1, code);
        Assert.Contains("error RG1022", error, StringComparison.Ordinal);
        Assert.Contains("error RG5036", error, StringComparison.Ordinal);
        Assert.Equal(before, FixtureProject.Snapshot(project.Site));
    }

    [Fact]
    public async Task Build_StaleData_WithStrict_WritesNoNewSite()
    {
        using var project = new FixtureProject("mini");
        MakeDataStale(project);

        var (code, _, _) = await CliRunner.RunAsync("build", "--project", project.Root, "--strict");

        Assert.Equal(1, code);
        Assert.False(Directory.Exists(project.Site));
    }
}
