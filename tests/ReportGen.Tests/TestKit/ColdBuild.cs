using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.TestKit;

/// <summary>The incremental build's promise: its site is byte-identical to a build from scratch of the same inputs.</summary>
internal static class ColdBuild
{
    /// <summary>Builds <paramref name="project"/> without a cache into a fresh folder and asserts that its site/ holds exactly those bytes.</summary>
    public static async Task AssertSameAsColdBuildAsync(FixtureProject project)
    {
        var cold = Path.Combine(Path.GetTempPath(), "reportgen-tests", "cold-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root, OutputDirectory: cold), publish: true, CancellationToken.None);
            Assert.True(result.Succeeded);
            var expected = FixtureProject.Snapshot(cold);
            var actual = FixtureProject.Snapshot(project.Site);
            Assert.Equal(expected.Keys, actual.Keys);
            Assert.All(expected, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(actual[pair.Key]), $"{pair.Key} differs from a build from scratch"));
        }
        finally
        {
            if (Directory.Exists(cold))
            {
                Directory.Delete(cold, recursive: true);
            }
        }
    }
}
