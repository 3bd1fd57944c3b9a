using Microsoft.Playwright;
using ReportGen.EndToEnd.Tests.TestKit;
using ReportGen.TestKit;

namespace ReportGen.EndToEnd.Tests.Browser;

/// <summary>
/// The repository's own project built once into a temp folder (the shared <see cref="SampleSiteFixture"/>, here without
/// drafts), served on loopback under a sub-path (as on static hosting with a base URL), and one headless Chromium for
/// all tests of the class. Nothing is built when Chromium is missing: the browser tests are skipped then.
/// </summary>
public sealed class ServedSampleSiteFixture : SampleSiteFixture
{
    /// <summary>The sub-path the site is built for (--base-url) and served under.</summary>
    public const string BasePath = "/research/";

    private IPlaywright? _playwright;

    public ServedSampleSiteFixture()
        : base("https://example.org" + BasePath, includeDrafts: false)
    {
    }

    public StaticServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        await base.InitializeAsync();
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException($"building the sample site failed:\n{string.Join("\n", Result.Diagnostics)}");
        }

        Server = await StaticServer.StartAsync(Site.Output, BasePath);
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public override async Task DisposeAsync()
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

        await base.DisposeAsync();
    }
}
