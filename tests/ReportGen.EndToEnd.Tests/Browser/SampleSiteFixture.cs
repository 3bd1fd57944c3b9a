using Microsoft.Playwright;
using ReportGen.EndToEnd.Tests.TestKit;

namespace ReportGen.EndToEnd.Tests.Browser;

/// <summary>
/// The repository's own project built once into a temp folder, served on loopback under a sub-path (as on static
/// hosting with a base URL), and one headless Chromium for all tests of the class.
/// </summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    /// <summary>The sub-path the site is built for (--base-url) and served under.</summary>
    public const string BasePath = "/research/";

    private IPlaywright? _playwright;

    public BuiltSite Site { get; private set; } = null!;

    public StaticServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        Site = await BuiltSite.BuildAsync(RepoPaths.Root, baseUrl: "https://example.org" + BasePath);
        Server = await StaticServer.StartAsync(Site.Output, BasePath);
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        Site?.Dispose();
    }
}
