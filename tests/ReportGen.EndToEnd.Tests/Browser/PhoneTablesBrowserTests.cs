using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using ReportGen.EndToEnd.Tests.TestKit;
using ReportGen.TestKit;

namespace ReportGen.EndToEnd.Tests.Browser;

/// <summary>
/// The sample site on a 390 x 844 phone screen (an iPhone 12-15 in CSS pixels) in Chromium: the newest edition of each
/// report series (every series has tables), the home page, the archive, the FAQ index and a FAQ page. No page is wider
/// than the screen (also while a figure has the keyboard focus and shows its provenance), and every table either fits or scrolls inside a labelled, focusable region whose first column
/// stays in view while the other columns scroll under it, and whose last column can be scrolled to. Full-page
/// screenshots, and one of each scrolled table, are left under TestResults/screenshots/phone-390/ for a person to
/// look at.
/// </summary>
[Collection(ServedSampleSiteGroup.Name)]
public sealed class PhoneTablesBrowserTests
{
    private const int Width = 390;
    private const int Height = 844;

    // Runs in the page with every <details> opened (tables of chart data and of figures are inside them); returns one
    // entry per table: its geometry at the start, after the region is scrolled to its end, and what is wrong with it.
    private const string MeasureTables =
        """
        async () => {
          const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          document.querySelectorAll('details').forEach(d => d.open = true);
          await frame();
          const de = document.documentElement;
          const page = { scrollWidth: de.scrollWidth, clientWidth: de.clientWidth };
          const box = e => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right }; };
          const tables = [];
          for (const [index, table] of [...document.querySelectorAll('table')].entries()) {
            const problems = [];
            const rows = [...table.rows].filter(r => r.cells.length > 1);
            let scroller = table.parentElement;
            while (scroller && scroller !== document.body && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
            if (scroller === document.body) scroller = null;
            const t = box(table);
            const fitsScreen = t.left >= -0.5 && t.right <= de.clientWidth + 0.5;
            const scrolls = !!scroller && scroller.scrollWidth > scroller.clientWidth + 1;
            const entry = { index, caption: (table.closest('[aria-label]')?.getAttribute('aria-label') ?? '') + ' / ' + (rows[0]?.cells[0]?.textContent.trim() ?? ''),
              width: Math.round(table.getBoundingClientRect().width), scrolls, problems };
            if (!scrolls) {
              if (!fitsScreen) problems.push(`the table (${Math.round(t.left)}..${Math.round(t.right)} px) does not fit the ${de.clientWidth} px screen and nothing scrolls it`);
              tables.push(entry);
              continue;
            }
            const s = box(scroller);
            if (s.left < -0.5 || s.right > de.clientWidth + 0.5) problems.push(`its scroll region (${Math.round(s.left)}..${Math.round(s.right)} px) is wider than the screen`);
            if (!(scroller.tabIndex >= 0)) problems.push('its scroll region is not focusable (tabindex="0"): keyboard users cannot scroll it');
            if (!scroller.getAttribute('role') || !scroller.getAttribute('aria-label')) problems.push('its scroll region has no role and aria-label');
            scroller.scrollLeft = scroller.scrollWidth;
            await frame();
            const s2 = box(scroller);
            rows.forEach((row, r) => {
              const first = box(row.cells[0]);
              const last = box(row.cells[row.cells.length - 1]);
              if (first.left < s2.left - 0.5 || first.right > s2.right + 0.5)
                problems.push(`row ${r + 1}: scrolled to the end, the first column (${Math.round(first.left)}..${Math.round(first.right)}) is out of the region's view (${Math.round(s2.left)}..${Math.round(s2.right)})`);
              if (last.right > s2.right + 0.5 || last.left < first.right - 0.5)
                problems.push(`row ${r + 1}: scrolled to the end, the last column (${Math.round(last.left)}..${Math.round(last.right)}) is not in view beside the first (${Math.round(first.left)}..${Math.round(first.right)})`);
            });
            if (rows.length === 0) problems.push('it scrolls sideways but has no row of two cells or more');
            entry.problems = [...new Set(problems.map(p => p.replace(/^row \d+: /, 'rows: ')))].slice(0, 4);
            scroller.scrollLeft = 0;
            tables.push(entry);
          }
          return { page, tables };
        }
        """;

    // Focuses each figure of the page in turn (its provenance then shows below it, for keyboard users) and returns the
    // widest the page became and the first figure that made it wider than the screen.
    private const string FocusEachFigure =
        """
        async () => {
          const de = document.documentElement;
          let widest = de.clientWidth, culprit = null;
          for (const fig of document.querySelectorAll('main .fig[tabindex]')) {
            if (fig.closest('details:not([open])')) continue;
            fig.focus();
            if (de.scrollWidth > widest) { widest = de.scrollWidth; culprit ??= fig.textContent.trim(); }
            fig.blur();
          }
          return { widest, culprit: culprit ?? '' };
        }
        """;

    private readonly ServedSampleSiteFixture _fixture;

    public PhoneTablesBrowserTests(ServedSampleSiteFixture fixture) => _fixture = fixture;

    [BrowserFact]
    public async Task PhoneScreen_NoPageScrollsSideways_AndEveryTableFitsOrScrollsWithItsFirstColumnInView()
    {
        var pages = PagesToCheck();
        var folder = Path.Combine(RepoPaths.TestResults, "screenshots", "phone-390");
        Directory.CreateDirectory(folder);
        var failures = new StringBuilder();
        var scrolled = 0;
        var tables = 0;
        var context = await _fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Width, Height = Height },
            DeviceScaleFactor = 1,
            IsMobile = true,
            HasTouch = true,
        });
        try
        {
            foreach (var path in pages)
            {
                var page = await context.NewPageAsync();
                var response = await page.GotoAsync(_fixture.Server.UrlOf(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                Assert.True(response is { Ok: true }, $"{path} did not load");
                var name = Name(path);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true, Timeout = 120_000 });

                var focused = await page.EvaluateAsync<JsonElement>(FocusEachFigure);
                if (focused.GetProperty("widest").GetInt32() > Width)
                {
                    failures.AppendLine($"{path}: with a figure focused (first: '{focused.GetProperty("culprit").GetString()}') the page scrolls sideways ({focused.GetProperty("widest").GetInt32()} px)");
                }

                var result = await page.EvaluateAsync<JsonElement>(MeasureTables);
                var scrollWidth = result.GetProperty("page").GetProperty("scrollWidth").GetInt32();
                var clientWidth = result.GetProperty("page").GetProperty("clientWidth").GetInt32();
                if (scrollWidth > clientWidth)
                {
                    failures.AppendLine($"{path}: the page scrolls sideways ({scrollWidth} px of content on a {clientWidth} px screen)");
                }

                foreach (var table in result.GetProperty("tables").EnumerateArray())
                {
                    tables++;
                    var index = table.GetProperty("index").GetInt32();
                    var label = $"{path}, table {index + 1} ({table.GetProperty("caption").GetString()}, {table.GetProperty("width").GetInt32()} px)";
                    foreach (var problem in table.GetProperty("problems").EnumerateArray())
                    {
                        failures.AppendLine($"{label}: {problem.GetString()}");
                    }

                    if (table.GetProperty("scrolls").GetBoolean())
                    {
                        scrolled++;
                        await ScrolledTableScreenshotAsync(page, index, Path.Combine(folder, $"{name}-table{index + 1}-scrolled.png"));
                    }
                }

                await page.CloseAsync();
            }

            // One phone page in dark mode too, for the person looking at the screenshots.
            var dark = await context.NewPageAsync();
            await dark.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            await dark.GotoAsync(_fixture.Server.UrlOf(pages[0]).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await dark.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, Name(pages[0]) + "-dark.png"), FullPage = true, Timeout = 120_000 });
        }
        finally
        {
            await context.CloseAsync();
        }

        Console.WriteLine($"phone {Width}x{Height}: {pages.Count} pages, {tables} tables, {scrolled} scroll sideways; screenshots: file://{folder}");
        // The editions' tables are wider than a phone: were none to scroll, the checks of the first column checked nothing.
        Assert.True(scrolled > 0, "no table was wider than the phone screen: the sticky-first-column checks did not run");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [BrowserFact]
    public async Task PhoneScreen_ATableRegion_ScrollsWithTheKeyboard()
    {
        var edition = PagesToCheck().First(p => p.StartsWith("reports/", StringComparison.Ordinal));
        var context = await _fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = Width, Height = Height } });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(_fixture.Server.UrlOf(edition).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var region = page.Locator("main .table-scroll:visible").Filter(new LocatorFilterOptions { Has = page.Locator("table") });
            var wide = await region.EvaluateAllAsync<int[]>("els => els.map((e, i) => e.scrollWidth > e.clientWidth ? i : -1).filter(i => i >= 0)");
            Assert.True(wide.Length > 0, $"{edition}: no table region scrolls sideways at {Width} px");
            var target = region.Nth(wide[0]);
            await target.FocusAsync();
            await page.Keyboard.PressAsync("ArrowRight");
            await page.Keyboard.PressAsync("ArrowRight");
            await page.WaitForFunctionAsync("el => el.scrollLeft > 0", await target.ElementHandleAsync(), new PageWaitForFunctionOptions { Timeout = 5_000 });
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    // The newest edition of each series (the last in ordinal order), then the home page, the archive and the FAQ pages.
    private List<string> PagesToCheck()
    {
        var all = _fixture.Site.Pages();
        var editions = all
            .Where(p => p.StartsWith("reports/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3)
            .GroupBy(p => p.Split('/')[1], StringComparer.Ordinal)
            .Select(g => g.Max(StringComparer.Ordinal)!)
            .Order(StringComparer.Ordinal);
        var others = new[] { "index.html", "archive/index.html", "faq/index.html", all.FirstOrDefault(p => p.StartsWith("faq/", StringComparison.Ordinal) && p != "faq/index.html") };
        var pages = editions.Concat(others.OfType<string>()).ToList();
        Assert.True(pages.Count(p => p.StartsWith("reports/", StringComparison.Ordinal)) >= 3, $"fewer than 3 report series in the sample: {string.Join(", ", pages)}");
        Assert.All(others, p => Assert.Contains(p, all));
        return pages;
    }

    // The table's scroll region, scrolled to its end, as a reader sees it (first column in view, last column reached).
    private static async Task ScrolledTableScreenshotAsync(IPage page, int index, string path)
    {
        var table = page.Locator("table").Nth(index);
        await table.EvaluateAsync("t => { let s = t.parentElement; while (s && !/(auto|scroll)/.test(getComputedStyle(s).overflowX)) s = s.parentElement; s.scrollIntoView(); s.scrollLeft = s.scrollWidth; }");
        var box = await table.EvaluateAsync<JsonElement>("t => { let s = t.parentElement; while (s && !/(auto|scroll)/.test(getComputedStyle(s).overflowX)) s = s.parentElement; const r = s.getBoundingClientRect(); return { y: r.top + window.scrollY, h: Math.min(r.height, 700) }; }");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            FullPage = true,
            Clip = new Clip { X = 0, Y = box.GetProperty("y").GetSingle(), Width = Width, Height = box.GetProperty("h").GetSingle() },
        });
    }

    private static string Name(string page)
    {
        var name = page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
        name = name.Trim('/').Replace('/', '_');
        return name.Length == 0 ? "home" : name;
    }
}
