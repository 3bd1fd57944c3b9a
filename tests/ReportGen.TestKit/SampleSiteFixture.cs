using ReportGen.Pipeline;

namespace ReportGen.TestKit;

/// <summary>
/// The repository's own project (real data and templates) built once for a test class into a temp folder, deleted on
/// dispose. By default with drafts, under the sub-path base URL <see cref="BaseUrl"/>; a fixture that needs other
/// options (say, a browser fixture serving the site under its own path) derives from this one. The build's failure is
/// not thrown but kept in <see cref="Result"/>, for the tests to report. Without Pagefind the build succeeds with a
/// warning and no search index; the tests of search are <see cref="SearchFactAttribute"/>s and skip.
/// </summary>
public class SampleSiteFixture : IAsyncLifetime
{
    /// <summary>The base URL the site is built for by default (a sub-path, so links must be base-aware).</summary>
    public const string BaseUrl = "https://example.org/notes/";

    private readonly string _baseUrl;
    private readonly bool _includeDrafts;

    /// <summary>The sample site with drafts, under <see cref="BaseUrl"/>.</summary>
    public SampleSiteFixture()
        : this(BaseUrl, includeDrafts: true)
    {
    }

    /// <param name="baseUrl">The base URL to build for (as --base-url).</param>
    /// <param name="includeDrafts">Build draft editions too (as --drafts).</param>
    protected SampleSiteFixture(string baseUrl, bool includeDrafts)
    {
        _baseUrl = baseUrl;
        _includeDrafts = includeDrafts;
    }

    /// <summary>The built site; null before <see cref="InitializeAsync"/> and when a derived fixture skipped the build.</summary>
    public BuiltSite Site { get; private set; } = null!;

    /// <summary>The built site's folder.</summary>
    public string Output => Site.Output;

    /// <summary>What the build returned.</summary>
    public BuildResult Result => Site.Result;

    /// <summary>Builds the sample site.</summary>
    public virtual async Task InitializeAsync() =>
        Site = await BuiltSite.TryBuildAsync(RepoPaths.Root, baseUrl: _baseUrl, includeDrafts: _includeDrafts);

    /// <summary>Deletes the built site.</summary>
    public virtual Task DisposeAsync()
    {
        Site?.Dispose();
        return Task.CompletedTask;
    }
}
