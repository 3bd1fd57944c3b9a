using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>
/// Issue 20: a publishing build writes each edition's chart files into its staged site as soon as the edition is
/// rendered, and the rendering keeps only their names and hashes, so 40,000 tear sheets' charts are never all in
/// memory. A build that does not publish (check) keeps the bytes.
/// </summary>
public sealed class StagedChartsTests
{
    [Fact]
    public async Task PublishingBuild_StagesEveryChartFileWhenRendered_AndTheSiteHoldsIt()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = result.Rendered.SelectMany(r => r.Charts.SelectMany(c => c.Files.Select(f => (r.Edition, File: f)))).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f =>
        {
            Assert.True(f.File.Staged, $"{f.Edition.ChartFolder}{f.File.Name} was not staged");
            Assert.Empty(f.File.Bytes);
            Assert.True(new FileInfo(project.PathOf("site/" + f.Edition.ChartFolder + f.File.Name)).Length > 0, $"{f.Edition.ChartFolder}{f.File.Name} is missing from the site");
        });
    }

    [Fact]
    public async Task Check_KeepsTheChartBytes()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = result.Rendered.SelectMany(r => r.Charts.SelectMany(c => c.Files)).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.False(f.Staged || f.Bytes.Length == 0, $"{f.Name} lost its bytes in a build that publishes nothing"));
    }
}
