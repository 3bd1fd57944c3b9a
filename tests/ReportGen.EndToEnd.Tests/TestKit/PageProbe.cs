using System.Text.Json;
using Microsoft.Playwright;
using ReportGen.TestKit;

namespace ReportGen.EndToEnd.Tests.TestKit;

/// <summary>
/// Opens one page and records what a reader's browser would complain about: console errors, uncaught exceptions,
/// failed or non-2xx requests, and dialogs (none of our pages opens one, so any dialog is a failure).
/// </summary>
public sealed class PageProbe : IAsyncDisposable
{
    private readonly List<string> _problems = [];

    private PageProbe(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, m) =>
        {
            // Chromium asks the host root for /favicon.ico on its own when a page names no icon; that request is the
            // browser's, not the page's, and under a sub-path the host root is not the site's to serve.
            if (m.Type == "error" && !m.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                Add($"console error: {m.Text} ({m.Location})");
            }
        };
        page.PageError += (_, e) => Add($"uncaught exception: {e}");
        page.RequestFailed += (_, r) => Add($"request failed: {r.Url} ({r.Failure})");
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && !r.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                Add($"HTTP {r.Status}: {r.Url}");
            }
        };
        page.Dialog += async (_, d) =>
        {
            Add($"a {d.Type} dialog opened: {d.Message}");
            await d.DismissAsync();
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Everything that went wrong so far, in order.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public static async Task<PageProbe> OpenAsync(IBrowser browser, Uri url, ColorScheme scheme = ColorScheme.Light)
    {
        var probe = await CreateAsync(browser, scheme);
        await probe.GoToAsync(url);
        return probe;
    }

    /// <summary>A probe on a blank page in a new browser context (1280 x 900), for <see cref="GoToAsync"/>.</summary>
    public static async Task<PageProbe> CreateAsync(IBrowser browser, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ColorScheme = scheme,
            JavaScriptEnabled = true,
        });
        var page = await context.NewPageAsync();
        return new PageProbe(context, page);
    }

    /// <summary>
    /// Forgets the problems recorded so far and loads <paramref name="url"/> in the same tab, as a reader following links
    /// does (the context's cache keeps the stylesheet and scripts). A non-2xx answer is a problem.
    /// </summary>
    public async Task GoToAsync(Uri url)
    {
        lock (_problems)
        {
            _problems.Clear();
        }

        var response = await Page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 30_000 });
        if (response is null || !response.Ok)
        {
            Add($"{url} answered {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
        }
    }

    /// <summary>Scrolls every image into view (charts load lazily) and returns the ones that did not load.</summary>
    public async Task<IReadOnlyList<string>> BrokenImagesAsync()
    {
        var broken = await Page.EvaluateAsync<string[]>(
            """
            async () => {
              for (const img of document.images) {
                img.scrollIntoView();
                try { await img.decode(); } catch { /* reported below */ }
              }
              return [...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.currentSrc || i.src);
            }
            """);
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        return broken;
    }

    public async Task<int> ImageCountAsync() => await Page.EvaluateAsync<int>("() => document.images.length");

    /// <summary>Runs axe-core with the WCAG 2.0/2.1 A and AA rules; returns one line per violation and node.</summary>
    public async Task<IReadOnlyList<string>> AxeViolationsAsync(string axeSource)
    {
        await Page.EvaluateAsync(axeSource);
        var result = await Page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              if (r.passes.length === 0) return ['axe-core ran no passing rule at all: it did not really check the page'];
              return r.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
            }
            """);
        return [.. result.EnumerateArray().Select(e => e.GetString()!)];
    }

    /// <summary>
    /// Saves a full-page screenshot under TestResults/screenshots for a person to look at. It is an artifact, not
    /// an assertion: a full-page capture of a long page can take over 30 s on a loaded 2-core CI machine (it failed
    /// a green run once), so it gets 120 s and, if even that runs out, the test says so and goes on checking.
    /// </summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(RepoPaths.TestResults, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 120_000 });
            Console.WriteLine($"screenshot: file://{path}");
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            // Chromium refuses a full-page capture of a very tall page ("Unable to capture screenshot"): the first screen then.
            Console.WriteLine($"full-page screenshot {name} not taken (the checks of this page still ran): {e.Message.Split('\n')[0]}");
            try
            {
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Timeout = 60_000 });
                Console.WriteLine($"screenshot (first screen): file://{path}");
            }
            catch (Exception again) when (again is TimeoutException or PlaywrightException)
            {
                Console.WriteLine($"screenshot {name} not taken: {again.Message.Split('\n')[0]}");
            }
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
