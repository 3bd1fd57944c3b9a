using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Cli;

/// <summary>reportgen new report: scaffolds a report that builds at once, and refuses bad or taken slugs.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public async Task NewReport_Scaffolds_AReportThatBuildsAndChecks()
    {
        using var project = new FixtureProject("mini");

        var (code, output, error) = await CliRunner.RunAsync("new", "report", "chip-monthly", "--cadence", "monthly", "--project", project.Root);

        Assert.True(code == 0, error);
        Assert.Contains("created templates/reports/chip-monthly.sbn-md: chips vs SPY, first edition 2026-05", output, StringComparison.Ordinal);
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["2026-05", "2026-06"], result.Editions.Where(e => e.Report.Slug == "chip-monthly").Select(e => e.Period.ToString()));
        Assert.True(File.Exists(project.PathOf("site/reports/chip-monthly/2026-06/index.html")));
        var check = await CliRunner.RunAsync("check", "--project", project.Root);
        Assert.True(check.ExitCode == 0, check.Error);
    }

    // Issue 13: the benchmark comes from reportgen.yml (benchmark:), not a literal "SPY" in the code.
    [Fact]
    public async Task NewReport_UsesTheHouseBenchmarkOfReportgenYml()
    {
        using var project = new FixtureProject("mini");
        project.Write("reportgen.yml", project.Read("reportgen.yml") + "benchmark: AMD\n");

        var (code, output, error) = await CliRunner.RunAsync("new", "report", "chip-monthly", "--cadence", "monthly", "--project", project.Root);

        Assert.True(code == 0, error);
        Assert.Contains("chips vs AMD", output, StringComparison.Ordinal);
        Assert.Contains("benchmarks: [AMD]", project.Read("templates/reports/chip-monthly.sbn-md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewReport_ExistingSlug_FailsWithExitCode1AndChangesNothing()
    {
        using var project = new FixtureProject("mini");
        var before = project.Read("templates/reports/chips.sbn-md");

        var (code, _, error) = await CliRunner.RunAsync("new", "report", "chips", "--project", project.Root);

        Assert.Equal(1, code);
        Assert.Contains("error: templates/reports/chips.sbn-md already exists", error, StringComparison.Ordinal);
        Assert.Equal(before, project.Read("templates/reports/chips.sbn-md"));
    }

    [Theory]
    [InlineData("Chips_Monthly")]
    [InlineData("../escape")]
    public async Task NewReport_NotASlug_IsAUsageError(string slug)
    {
        using var project = new FixtureProject("mini");

        var (code, _, error) = await CliRunner.RunAsync("new", "report", slug, "--project", project.Root);

        Assert.Equal(2, code);
        Assert.Contains($"error: '{slug}' is not a slug", error, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(project.PathOf("templates/reports")));
    }
}
