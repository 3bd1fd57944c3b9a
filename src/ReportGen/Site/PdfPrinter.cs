using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;
using ReportGen.Diagnostics;
using ReportGen.Planning;
using ReportGen.Project;

namespace ReportGen.Site;

/// <summary>
/// <c>build --pdf</c>: prints every edition page of the assembled site to a PDF with headless Chromium, driven by
/// Playwright, and adds it to the site beside the page (<see cref="PathOf"/>) before anything is published. Chromium reads
/// the site from memory (every request is answered from the <see cref="SiteFileSet"/>; nothing else is fetched), lays the
/// page out with the stylesheet's print rules (<c>@media print</c>, <c>@page</c> margin boxes for the page numbers) and
/// prints it on <see cref="PdfPaper"/>. The bytes are made deterministic: Chromium stamps the print time into the PDF's
/// <c>/CreationDate</c> and <c>/ModDate</c>; both are replaced, byte for byte in place (same length, so the cross-reference
/// offsets stay valid), by the edition's as-of date (see <see cref="Normalize"/>).
/// </summary>
/// <remarks>
/// With a cache folder, each PDF is kept under <c>pdf/</c> in it with the SHA-256 of every site file its page loaded
/// (the page, the stylesheet, the charts); a later build reuses it when all of them, the browser version and the paper are
/// unchanged, and prints only the editions that changed. Chromium is found as <see cref="Locate"/> says.
/// </remarks>
public sealed partial class PdfPrinter : IAsyncDisposable
{
    /// <summary>The environment variable naming the Chromium (or Chrome) executable to print with.</summary>
    public const string EnvironmentVariable = "REPORTGEN_CHROMIUM";

    /// <summary>Bumped whenever printing changes in a way the cache key would not see (options, normalisation).</summary>
    private const int FormatVersion = 1;

    // Pages are served from memory under this origin (.invalid never resolves: nothing can leak to the network).
    private const string Origin = "https://print.reportgen.invalid/";

    private static readonly string[] Commands = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--hide-scrollbars", "--font-render-hinting=none",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PdfPrinter(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>The browser's version as Chromium reports it, e.g. <c>156.0.7650.0</c>; part of the cache key.</summary>
    public string BrowserVersion => _browser.Version;

    /// <summary>Finds the Chromium to print with: <paramref name="configured"/> (<see cref="BuildOptions.Chromium"/>) when
    /// given, else the file <see cref="EnvironmentVariable"/> names when set, else <c>/usr/bin/chromium</c>, else the first
    /// of <c>chromium</c>, <c>chromium-browser</c>, <c>google-chrome</c>, <c>google-chrome-stable</c> on PATH.</summary>
    /// <param name="configured">An explicit executable, or null.</param>
    /// <param name="environment">Reads an environment variable; the process's own when null.</param>
    /// <returns>The absolute path of the executable, or null when none exists (a configured or named file that does not
    /// exist is not replaced by another browser: null then too).</returns>
    public static string? Locate(string? configured = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if ((configured ?? environment(EnvironmentVariable)) is { Length: > 0 } named)
        {
            var full = Path.GetFullPath(named);
            return File.Exists(full) ? full : null;
        }

        if (!OperatingSystem.IsWindows() && File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        var path = environment("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => Commands.Select(name => Path.Combine(dir, OperatingSystem.IsWindows() ? name + ".exe" : name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The text of warning <see cref="DiagnosticCodes.PdfUnavailable"/>: where Chromium was looked for, and how to install it.</summary>
    /// <param name="configured">The explicit executable that was not found, or null.</param>
    /// <param name="environment">Reads an environment variable; the process's own when null.</param>
    /// <returns>One line.</returns>
    public static string MissingMessage(string? configured = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        const string Outcome = "the site is built without PDFs; install Chromium (Debian/Ubuntu: 'apt-get install chromium') or name it in " + EnvironmentVariable;
        return (configured ?? environment(EnvironmentVariable)) is { Length: > 0 } named
            ? $"--pdf: Chromium not found: '{named}' is not a file; {Outcome}"
            : $"--pdf: Chromium not found (not in {EnvironmentVariable}, not /usr/bin/chromium, no chromium or google-chrome on PATH); {Outcome}";
    }

    /// <summary>The PDF's file name in the edition's folder, e.g. <c>ai-equities-2026-q2.pdf</c>.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The file name (no folder).</returns>
    public static string FileName(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.ItemSlug is { } item ? $"{edition.Report.Slug}-{item}-{edition.Period.Slug}.pdf" : $"{edition.Report.Slug}-{edition.Period.Slug}.pdf";
    }

    /// <summary>The PDF's site path, e.g. <c>reports/ai-equities/2026-q2/ai-equities-2026-q2.pdf</c>.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>A site-relative path.</returns>
    public static string PathOf(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.UrlPath + FileName(edition);
    }

    /// <summary>Starts Playwright's driver and a headless <paramref name="chromium"/>.</summary>
    /// <param name="chromium">The browser executable (<see cref="Locate"/>).</param>
    /// <returns>A printer; dispose it to close the browser.</returns>
    /// <exception cref="PlaywrightException">The driver or the browser did not start.</exception>
    public static async Task<PdfPrinter> LaunchAsync(string chromium)
    {
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = Flags,
                Timeout = 60_000,
            }).ConfigureAwait(false);
            return new PdfPrinter(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Prints the page of each edition in <paramref name="editions"/> and adds its PDF to <paramref name="files"/> at
    /// <see cref="PathOf"/>, two pages at a time (at most one per processor). Reuses a cached PDF when its page and
    /// everything the page loaded are unchanged.
    /// </summary>
    /// <param name="files">The assembled site (read: every page and asset; written: the PDFs).</param>
    /// <param name="editions">The editions whose pages to print.</param>
    /// <param name="chromium">The browser executable (<see cref="Locate"/>).</param>
    /// <param name="paper">The paper size.</param>
    /// <param name="cacheDirectory">The build cache folder (PDFs are kept in its <c>pdf/</c>), or null for none.</param>
    /// <param name="diagnostics">Where a failure goes, as error <see cref="DiagnosticCodes.PdfFailed"/>.</param>
    /// <param name="cancellationToken">Stops printing.</param>
    /// <returns>How many PDFs were printed (the rest came from the cache), or null when printing failed.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static async Task<int?> PrintAllAsync(SiteFileSet files, IReadOnlyList<Edition> editions, string chromium, PdfPaper paper, string? cacheDirectory, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var site = files.Files;
        var cache = cacheDirectory is null ? null : Path.Combine(cacheDirectory, "pdf");
        var pages = editions.Where(e => site.ContainsKey(e.UrlPath + "index.html")).ToList();
        if (pages.Count == 0)
        {
            return 0;
        }

        try
        {
            await using var printer = await LaunchAsync(chromium).ConfigureAwait(false);
            var next = -1;
            var printed = 0;
            var workers = Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount, 1, 2)).Select(async _ =>
            {
                await using var worker = await printer.OpenAsync(site).ConfigureAwait(false);
                for (var i = Interlocked.Increment(ref next); i < pages.Count; i = Interlocked.Increment(ref next))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var edition = pages[i];
                    var page = edition.UrlPath + "index.html";
                    var key = CacheKey(printer.BrowserVersion, paper, page);
                    if (cache is not null && ReadCached(cache, key, site) is { } cached)
                    {
                        files.Add(PathOf(edition), cached);
                        continue;
                    }

                    var (pdf, loaded) = await worker.PrintAsync(page, paper, edition.AsOf).ConfigureAwait(false);
                    files.Add(PathOf(edition), pdf);
                    Interlocked.Increment(ref printed);
                    if (cache is not null)
                    {
                        WriteCached(cache, key, loaded.ToDictionary(p => p, p => Sha256(site[p]), StringComparer.Ordinal), pdf);
                    }
                }
            }).ToList();
            await Task.WhenAll(workers).ConfigureAwait(false);
            return printed;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            diagnostics.Error(DiagnosticCodes.PdfFailed, $"--pdf: printing with Chromium ({chromium}) failed: {FirstLine(e.Message)}; nothing was published, the previous site is unchanged (build without --pdf to publish without PDFs)");
            return null;
        }
    }

    /// <summary>Opens a tab that answers every request from <paramref name="site"/> and prints its pages one at a time.</summary>
    /// <param name="site">The site's files by site path.</param>
    /// <returns>The tab; dispose it to close it.</returns>
    /// <exception cref="PlaywrightException">The browser failed.</exception>
    public async Task<Tab> OpenAsync(IReadOnlyDictionary<string, byte[]> site)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = ColorScheme.Light,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "en-US",
            TimezoneId = "UTC",
            ViewportSize = new ViewportSize { Width = 1000, Height = 1400 },
        }).ConfigureAwait(false);
        var tab = new Tab(context, await context.NewPageAsync().ConfigureAwait(false), site);
        await tab.RouteAsync().ConfigureAwait(false);
        return tab;
    }

    /// <summary>One browser tab printing pages of one site, one at a time.</summary>
    public sealed class Tab : IAsyncDisposable
    {
        private readonly IBrowserContext _context;
        private readonly IPage _page;
        private readonly IReadOnlyDictionary<string, byte[]> _site;
        private readonly SortedSet<string> _loaded = new(StringComparer.Ordinal);

        internal Tab(IBrowserContext context, IPage page, IReadOnlyDictionary<string, byte[]> site)
        {
            _context = context;
            _page = page;
            _site = site;
            _page.SetDefaultTimeout(60_000);
        }

        /// <summary>Prints one page of the site.</summary>
        /// <param name="page">The site path of the page, e.g. <c>reports/x/2026-q2/index.html</c>.</param>
        /// <param name="paper">The paper size.</param>
        /// <param name="date">The date written as the PDF's creation and modification date.</param>
        /// <returns>The PDF, and the site paths the page loaded (itself included), sorted.</returns>
        /// <exception cref="PlaywrightException">The browser failed.</exception>
        /// <exception cref="TimeoutException">The page did not load or print within 60 seconds.</exception>
        /// <exception cref="InvalidOperationException">Chromium returned no PDF.</exception>
        public async Task<(byte[] Pdf, IReadOnlyList<string> Loaded)> PrintAsync(string page, PdfPaper paper, DateOnly date)
        {
            lock (_loaded)
            {
                _loaded.Clear();
            }

            await _page.GotoAsync(Origin + page, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);

            // Lazy images below the first screen are loaded before printing, and the fonts settled.
            await _page.EvaluateAsync(@"() => Promise.all([...document.images].map(i => { i.loading = 'eager';
                return i.complete ? null : new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); }); }))
                .then(() => document.fonts.ready).then(() => true)").ConfigureAwait(false);
            var pdf = await _page.PdfAsync(new PagePdfOptions
            {
                Format = paper == PdfPaper.Letter ? "Letter" : "A4",
                PrintBackground = true,
                Outline = true,
                Tagged = true,
            }).ConfigureAwait(false);
            if (pdf is not { Length: > 0 })
            {
                throw new InvalidOperationException($"Chromium returned no PDF for {page}");
            }

            lock (_loaded)
            {
                return (Normalize(pdf, date), [.. _loaded]);
            }
        }

        /// <inheritdoc/>
        public async ValueTask DisposeAsync() => await _context.CloseAsync().ConfigureAwait(false);

        internal Task RouteAsync() => _page.RouteAsync("**/*", async route =>
        {
            var path = SitePath(route.Request.Url);
            if (path is not null && _site.TryGetValue(path, out var body))
            {
                lock (_loaded)
                {
                    _loaded.Add(path);
                }

                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = body, ContentType = ContentType(path) }).ConfigureAwait(false);
            }
            else if (path is not null)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = string.Empty }).ConfigureAwait(false);
            }
            else
            {
                await route.AbortAsync().ConfigureAwait(false);
            }
        });
    }

    /// <summary>
    /// Replaces the timestamps of <c>/CreationDate (D:…)</c> and <c>/ModDate (D:…)</c> in a PDF by <paramref name="date"/>
    /// at midnight UTC, in place and with the same length, so two printings of the same page give the same bytes and
    /// the cross-reference table's offsets stay right. The 14 digits <c>YYYYMMDDHHmmSS</c> become the date's, and the
    /// time-zone part (<c>+01'00'</c>, <c>Z</c>) becomes <c>+00'00'</c> when it has that length, else is kept.
    /// <para>The ids of the tagged PDF's structure elements, <c>(node00007319)</c>, are the renderer's DOM node numbers,
    /// which grow with every page a tab has loaded before; they are renumbered 0, 1, 2, … in their numeric order (which
    /// keeps the <c>/IDTree</c> name tree sorted), each written with as many digits as before.</para>
    /// </summary>
    /// <param name="pdf">The PDF as Chromium wrote it (Skia: an uncompressed Info dictionary and structure tree).</param>
    /// <param name="date">The date to write.</param>
    /// <returns>The same array, changed.</returns>
    public static byte[] Normalize(byte[] pdf, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        RenumberNodeIds(pdf);
        var digits = Encoding.ASCII.GetBytes(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000");
        var zone = "+00'00'"u8;
        foreach (var name in new[] { "/CreationDate (D:"u8.ToArray(), "/ModDate (D:"u8.ToArray() })
        {
            for (var at = IndexOf(pdf, name, 0); at >= 0; at = IndexOf(pdf, name, at + 1))
            {
                var start = at + name.Length;
                var end = Array.IndexOf(pdf, (byte)')', start);
                if (end < 0 || end - start < digits.Length || !pdf.AsSpan(start, digits.Length).ToArray().All(IsAsciiDigit))
                {
                    continue;
                }

                digits.CopyTo(pdf, start);
                if (end - start - digits.Length == zone.Length)
                {
                    zone.CopyTo(pdf.AsSpan(start + digits.Length));
                }
            }
        }

        return pdf;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _browser.CloseAsync().ConfigureAwait(false);
        }
        finally
        {
            _playwright.Dispose();
        }
    }

    // "(node<digits>)" → "(node<rank>)", the rank among the distinct numbers, zero-padded to the same length (a rank is
    // never larger than its number, so it always fits).
    private static void RenumberNodeIds(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var found = NodeId().Matches(text);
        var ranks = found.Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()
            .Select((number, rank) => (number, rank)).ToDictionary(p => p.number, p => p.rank);
        foreach (System.Text.RegularExpressions.Match m in found)
        {
            var digits = m.Groups[1];
            var rank = ranks[long.Parse(digits.Value, CultureInfo.InvariantCulture)].ToString(CultureInfo.InvariantCulture).PadLeft(digits.Length, '0');
            Encoding.ASCII.GetBytes(rank).CopyTo(pdf, digits.Index);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(node([0-9]{1,18})\)")]
    private static partial System.Text.RegularExpressions.Regex NodeId();

    private static bool IsAsciiDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        var found = haystack.AsSpan(from).IndexOf(needle);
        return found < 0 ? -1 : from + found;
    }

    // The site path of a request under Origin ("…/" → "…/index.html"), or null for any other URL.
    private static string? SitePath(string url)
    {
        if (!url.StartsWith(Origin, StringComparison.Ordinal) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".webp" => "image/webp",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".csv" => "text/csv; charset=utf-8",
        ".xml" => "application/xml",
        _ => "application/octet-stream",
    };

    private static string CacheKey(string browserVersion, PdfPaper paper, string page) =>
        Sha256(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"reportgen-pdf {FormatVersion}|{browserVersion}|{paper}|{page}")));

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // A cache entry: "reportgen-pdf <key> <sha256 of the rest>\n", then one line "<sha256> <site path>" per file the page
    // loaded, an empty line, and the PDF. Null when missing, damaged, or when any of those files changed.
    private static byte[]? ReadCached(string folder, string key, IReadOnlyDictionary<string, byte[]> site)
    {
        byte[] entry;
        try
        {
            entry = File.ReadAllBytes(Path.Combine(folder, key + ".entry"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var firstLine = Array.IndexOf(entry, (byte)'\n');
        var separator = IndexOf(entry, "\n\n"u8.ToArray(), Math.Max(firstLine, 0));
        if (firstLine < 0 || separator < 0)
        {
            return null;
        }

        var header = Encoding.ASCII.GetString(entry, 0, firstLine).Split(' ');
        var rest = entry.AsSpan(firstLine + 1);
        if (header is not ["reportgen-pdf", var entryKey, var proof] || entryKey != key || proof != Convert.ToHexStringLower(SHA256.HashData(rest)))
        {
            return null;
        }

        var dependencies = Encoding.UTF8.GetString(entry, firstLine + 1, separator - firstLine - 1).Split('\n');
        foreach (var line in dependencies)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !site.TryGetValue(line[(space + 1)..], out var current) || Sha256(current) != line[..space])
            {
                return null;
            }
        }

        return entry[(separator + 2)..];
    }

    private static void WriteCached(string folder, string key, IReadOnlyDictionary<string, string> loaded, byte[] pdf)
    {
        var rest = new MemoryStream();
        rest.Write(Encoding.UTF8.GetBytes(string.Join('\n', loaded.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}")) + "\n\n"));
        rest.Write(pdf);
        var body = rest.ToArray();
        var header = Encoding.ASCII.GetBytes($"reportgen-pdf {key} {Convert.ToHexStringLower(SHA256.HashData(body))}\n");
        try
        {
            Directory.CreateDirectory(folder);
            var target = Path.Combine(folder, key + ".entry");
            var temporary = target + string.Create(CultureInfo.InvariantCulture, $".{Environment.ProcessId}.tmp");
            using (var stream = File.Create(temporary))
            {
                stream.Write(header);
                stream.Write(body);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs a reprint next time (the build cache's own writes say why).
            _ = e;
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
