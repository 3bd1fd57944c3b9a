using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Cli;

/// <summary><c>--report</c> with a slug that names no report is a usage error with the closest slugs, and writes nothing
/// (it used to build and publish a site without any report).</summary>
public sealed class ReportSelectionTests
{
    [Fact]
    public async Task Build_UnknownReport_IsAUsageErrorAndLeavesThePreviousSiteAlone()
    {
        using var project = new FixtureProject("mini");
        var (first, _, firstError) = await CliRunner.RunAsync("build", "--project", project.Root, "--no-cache");
        Assert.True(first == 0, firstError);
        var before = FixtureProject.Snapshot(project.Site);

        var (code, _, error) = await CliRunner.RunAsync("build", "--project", project.Root, "--report", "chip", "--no-cache");

        Assert.Equal(2, code);
        Assert.Equal("error RG5035: --report 'chip' names no report in templates/reports; did you mean 'chips'? Nothing was built or written.\nRun 'reportgen build --help' for usage.\n", error);
        Assert.Equal(before, FixtureProject.Snapshot(project.Site));
    }

    [Fact]
    public async Task Build_UnknownReport_WritesNoSite()
    {
        using var project = new FixtureProject("mini");

        var (code, _, _) = await CliRunner.RunAsync("build", "--project", project.Root, "--report", "chip");

        Assert.Equal(2, code);
        Assert.False(Directory.Exists(project.Site));
        Assert.False(Directory.Exists(project.PathOf(".reportgen-cache")));
    }

    [Theory]
    [InlineData("list")]
    [InlineData("check")]
    public async Task ListAndCheck_UnknownReport_AreUsageErrors(string command)
    {
        using var project = new FixtureProject("mini");

        var (code, output, error) = await CliRunner.RunAsync(command, "--project", project.Root, "--report", "chps");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--report 'chps' names no report in templates/reports; did you mean 'chips'?", error, StringComparison.Ordinal);
        Assert.EndsWith($"Run 'reportgen {command} --help' for usage.\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipeline_UnknownReport_IsAnErrorAndBuildsNothing()
    {
        // The library refuses it too, so a caller that skips the command line (serve's rebuilds) publishes nothing.
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root, Report: "chip"), publish: true, CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("error RG5035: --report 'chip' names no report in templates/reports; did you mean 'chips'? Nothing was built.", error.ToString());
        Assert.False(Directory.Exists(project.Site));
    }
}
