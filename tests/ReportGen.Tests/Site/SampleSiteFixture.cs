using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Site;

/// <summary>The repository's own project (real data and templates) built once, with drafts, under a sub-path base URL into a temp folder.</summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    public const string BaseUrl = "https://example.org/notes/";

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "reportgen-tests", $"sample-site-{Guid.NewGuid():N}", "site");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        NodeTools.Require(Path.Combine(NodeTools.NodeModules, "pagefind"));
        Result = await BuildPipeline.RunAsync(new BuildOptions(FixtureProject.RepositoryRoot, Output, IncludeDrafts: true, BaseUrl: BaseUrl), publish: true, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        var folder = Path.GetDirectoryName(Output)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
