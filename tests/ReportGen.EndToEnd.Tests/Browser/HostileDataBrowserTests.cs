using System.Text;
using ReportGen.EndToEnd.Tests.Encoding;
using ReportGen.EndToEnd.Tests.TestKit;

namespace ReportGen.EndToEnd.Tests.Browser;

/// <summary>Every page of the hostile project in Chromium: no payload runs (window.__pwned stays undefined, no dialog opens), even when a reader hovers and focuses everything.</summary>
public sealed class HostileDataBrowserTests : IClassFixture<HostileSiteFixture>
{
    private readonly HostileSiteFixture _fixture;

    public HostileDataBrowserTests(HostileSiteFixture fixture) => _fixture = fixture;

    [BrowserFact]
    public async Task EveryPage_RunsNoPayload()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        // Served under the path of the fixture's base_url (https://example.org/notes/), as a static host would: the 404 page
        // links from that path, because it is served at any depth.
        await using var server = await StaticServer.StartAsync(_fixture.Site.Output, "/notes/");
        var failures = new StringBuilder();
        try
        {
            foreach (var page in _fixture.Site.Pages())
            {
                await using var probe = await PageProbe.OpenAsync(browser, server.UrlOf(page));
                await probe.BrokenImagesAsync();
                await probe.Page.EvaluateAsync(
                    """
                    () => {
                      for (const el of document.querySelectorAll('*')) {
                        for (const type of ['mouseover', 'mouseenter', 'focus', 'click']) {
                          if (type === 'click' && el.closest('a')) continue;   // following links would leave the page
                          el.dispatchEvent(new Event(type, { bubbles: true }));
                        }
                      }
                    }
                    """);
                var pwned = await probe.Page.EvaluateAsync<string?>("() => window.__pwned === undefined ? null : String(window.__pwned)");
                if (pwned is not null)
                {
                    failures.AppendLine($"{page}: payload '{pwned}' ran");
                }

                foreach (var problem in probe.Problems)
                {
                    failures.AppendLine($"{page}: {problem}");
                }

                if (page.EndsWith("2026-q2/index.html", StringComparison.Ordinal))
                {
                    await probe.ScreenshotAsync("hostile-edition");
                }
            }
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }
}
