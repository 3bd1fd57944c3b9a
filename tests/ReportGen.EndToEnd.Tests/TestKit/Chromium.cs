using Microsoft.Playwright;
using ReportGen.TestKit;

namespace ReportGen.EndToEnd.Tests.TestKit;

/// <summary>
/// Debian's Chromium, driven by Playwright. Playwright's own browser download does not work here, so the tests never
/// install one: they launch /usr/bin/chromium with the flags this machine needs (see README, "Tests").
/// </summary>
public static class Chromium
{
    /// <summary>Debian's /usr/bin/chromium, or the browser named by REPORTGEN_CHROMIUM.</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("REPORTGEN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// Why browser tests cannot run, or null when they can. scripts/test.sh installs Chromium when it is missing; only when
    /// that install failed is it still missing here, and the tests are then skipped (and counted as skipped), not failed.
    /// </summary>
    public static string? SkipReason { get; } = File.Exists(ExecutablePath)
        ? null
        : $"browser tests skipped: Chromium not found at {ExecutablePath} (scripts/test.sh installs Debian's chromium with apt-get when it is missing, and lets these tests skip only when that install fails{InstallNote()})";

    /// <summary>Flags for a headless Chromium on a machine with no network but loopback, running as root.</summary>
    public static IReadOnlyList<string> Args { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = [.. Args],
            Timeout = 60_000,
        });
        return (playwright, browser);
    }

    private static string InstallNote()
    {
        var note = Environment.GetEnvironmentVariable("REPORTGEN_CHROMIUM_INSTALL");
        return string.IsNullOrWhiteSpace(note) ? string.Empty : $"; it said: {note}";
    }
}

/// <summary>
/// A fact that needs Chromium: skipped, with the reason, when <see cref="Chromium.SkipReason"/> says so. With
/// <see cref="NeedsSearch"/> it also needs the site's search index, and is skipped when <see cref="Pagefind.SkipReason"/> says so.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    private bool _needsSearch;

    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>The test uses the site's search (Pagefind's index); false by default.</summary>
    public bool NeedsSearch
    {
        get => _needsSearch;
        set
        {
            _needsSearch = value;
            if (value && Skip is null && Pagefind.SkipReason is { } reason)
            {
                Skip = reason;
            }
        }
    }
}
