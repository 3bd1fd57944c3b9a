using ReportGen.TestKit;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Tests.Publishing;

/// <summary>The sample's CI workflow commits the publication ledger back after building on main (docs/ledger.md), so the
/// next build compares against what was published.</summary>
public sealed class SiteWorkflowTests
{
    [Fact]
    public void SiteWorkflow_AfterTheBuildOnMain_CommitsAndPushesPublished()
    {
        // Arrange
        var yaml = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "site.yml"))))
        {
            yaml.Load(reader);
        }

        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];

        // Act: the job that writes the site ('reportgen build', or 'reportgen merge' of the shards the matrix built with
        // 'build --shard'), and its steps from that one on.
        var job = jobs.Children.Values.OfType<YamlMappingNode>().Single(j => Steps(j).Any(WritesSite));
        var steps = Steps(job).ToList();
        var build = steps.FindIndex(WritesSite);
        var commit = steps.FindIndex(s => Run(s).Contains("git add published", StringComparison.Ordinal));

        // Assert
        Assert.True(commit > build, "no step after the build runs 'git add published'");
        var run = Run(steps[commit]);
        Assert.Contains("git commit", run, StringComparison.Ordinal);
        Assert.Contains("git push", run, StringComparison.Ordinal);
        Assert.Contains("git diff --cached --quiet ||", run, StringComparison.Ordinal); // no empty commit when nothing was published
        Assert.Contains("refs/heads/main", ((YamlScalarNode)steps[commit]["if"]).Value, StringComparison.Ordinal);
        var permissions = (YamlMappingNode)job["permissions"];
        Assert.Equal("write", ((YamlScalarNode)permissions["contents"]).Value);
    }

    private static bool WritesSite(YamlMappingNode step) =>
        Run(step).Contains("-- merge", StringComparison.Ordinal) || Run(step).Contains("-- build", StringComparison.Ordinal) && !Run(step).Contains("--shard", StringComparison.Ordinal);

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) ? ((YamlSequenceNode)steps).Children.OfType<YamlMappingNode>() : [];

    private static string Run(YamlMappingNode step) =>
        step.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? ((YamlScalarNode)run).Value ?? string.Empty : string.Empty;
}
