using System.Text;
using Microsoft.Playwright;
using ReportGen.EndToEnd.Tests.TestKit;
using ReportGen.TestKit;

namespace ReportGen.EndToEnd.Tests.Browser;

/// <summary>The sample site as a reader's browser sees it: every page loads cleanly, every chart draws, and one page of each kind passes axe-core's WCAG 2.1 AA rules in light and dark mode.</summary>
[Collection(ServedSampleSiteGroup.Name)]
public sealed class SampleSiteBrowserTests
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private readonly ServedSampleSiteFixture _fixture;

    public SampleSiteBrowserTests(ServedSampleSiteFixture fixture) => _fixture = fixture;

    // Every page, loaded by three tabs side by side (each page in one tab, each tab reusing its context as a reader
    // following links does): one context per page made this test 11 minutes of the CI run.
    [BrowserFact]
    public async Task EveryPage_Loads_WithoutConsoleErrorsAndWithEveryChartDrawn()
    {
        const int tabs = 3;
        var pages = _fixture.Site.Pages();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var loaded = 0;
        await Task.WhenAll(Enumerable.Range(0, tabs).Select(async tab =>
        {
            await using var probe = await PageProbe.CreateAsync(_fixture.Browser);
            for (var i = tab; i < pages.Count; i += tabs)
            {
                var page = pages[i];
                await probe.GoToAsync(_fixture.Server.UrlOf(page));
                var broken = await probe.BrokenImagesAsync();
                var images = await probe.ImageCountAsync();
                foreach (var problem in probe.Problems.Concat(broken.Select(b => $"image did not load: {b}")))
                {
                    failures.Add($"{page}: {problem}");
                }

                if (BuiltSite.KindOf(page) == "reports/*/*/index.html" && images == 0)
                {
                    failures.Add($"{page}: an edition without a chart image");
                }

                Interlocked.Increment(ref loaded);
            }
        }));

        Assert.True(pages.Count > 0, "the sample site has no pages");
        Assert.Equal(pages.Count, loaded);
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }

    [BrowserFact]
    public void OnePagePerKind_CoversTheHomePageAndAnEdition()
    {
        var kinds = _fixture.Site.OnePagePerKind().Select(BuiltSite.KindOf).ToList();

        Assert.Contains("index.html", kinds);
        Assert.Contains("reports/*/*/index.html", kinds);
    }

    [BrowserFact]
    public Task OnePagePerKind_LightMode_HasNoWcag21AaViolations() => AssertAccessibleAsync(ColorScheme.Light, "light");

    [BrowserFact]
    public Task OnePagePerKind_DarkMode_HasNoWcag21AaViolations() => AssertAccessibleAsync(ColorScheme.Dark, "dark");

    [BrowserFact(NeedsSearch = true)]
    public async Task SearchPage_WithAQuery_ShowsResultsWithoutErrors_AndHasNoWcag21AaViolations()
    {
        Assert.True(_fixture.Site.Pages().Contains("search/index.html"), "the sample site has no search page");
        var axe = await File.ReadAllTextAsync(RepoPaths.NodePackageFile("axe-core", "axe.min.js"));
        var failures = new StringBuilder();
        foreach (var (scheme, label) in new[] { (ColorScheme.Light, "light"), (ColorScheme.Dark, "dark") })
        {
            await using var probe = await PageProbe.OpenAsync(_fixture.Browser, new Uri(_fixture.Server.UrlOf("search/index.html"), "?q=nvidia"), scheme);
            var results = probe.Page.Locator(".pagefind-ui__result");
            await results.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
            await probe.ScreenshotAsync($"search-results-{label}");
            foreach (var violation in await probe.AxeViolationsAsync(axe))
            {
                failures.AppendLine($"search?q=nvidia ({label}): {violation}");
            }

            foreach (var problem in probe.Problems)
            {
                failures.AppendLine($"search?q=nvidia ({label}): {problem}");
            }

            Assert.True(await results.CountAsync() > 0, "no search results for 'nvidia'");
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    private async Task AssertAccessibleAsync(ColorScheme scheme, string label)
    {
        Assert.Equal(4, WcagTags.Length);
        var axe = await File.ReadAllTextAsync(RepoPaths.NodePackageFile("axe-core", "axe.min.js"));
        var failures = new StringBuilder();
        var checkedPages = new List<string>();
        foreach (var page in _fixture.Site.OnePagePerKind())
        {
            await using var probe = await PageProbe.OpenAsync(_fixture.Browser, _fixture.Server.UrlOf(page), scheme);
            await probe.BrokenImagesAsync();
            await probe.ScreenshotAsync($"{ScreenshotName(page)}-{label}");
            foreach (var violation in await probe.AxeViolationsAsync(axe))
            {
                failures.AppendLine($"{page} ({label}): {violation}");
            }

            checkedPages.Add(page);
        }

        Console.WriteLine($"axe-core WCAG 2.1 AA, {label} mode, checked: {string.Join(", ", checkedPages)}");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static string ScreenshotName(string page)
    {
        var name = page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
        name = name.Trim('/').Replace('/', '_').Replace(".html", string.Empty, StringComparison.Ordinal);
        return name.Length == 0 ? "home" : name;
    }
}
