using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportGen.Pipeline;
using ReportGen.Project;

namespace ReportGen.TestKit;

/// <summary>
/// A project built with the real pipeline into a fresh temp folder (both deleted on dispose), and the checks run over a
/// built site folder: internal links, JSON-LD, machine paths. The checks are static, so they also serve sites that a
/// test built itself (a <see cref="FixtureProject"/>'s site/).
/// </summary>
public sealed class BuiltSite : IDisposable
{
    private readonly string _container;
    private readonly string? _ownedProject;

    private BuiltSite(string projectRoot, string container, string output, BuildResult result, string? ownedProject)
    {
        ProjectRoot = projectRoot;
        _container = container;
        Output = output;
        Result = result;
        _ownedProject = ownedProject;
    }

    /// <summary>The project that was built.</summary>
    public string ProjectRoot { get; }

    /// <summary>The built site's folder (absolute path); it exists only when the build succeeded.</summary>
    public string Output { get; }

    /// <summary>What the build returned: success, diagnostics, editions.</summary>
    public BuildResult Result { get; }

    /// <summary>Builds <paramref name="projectRoot"/> into a temp --out folder; throws with every diagnostic when the build fails.</summary>
    /// <param name="projectRoot">The project to build (the repository itself for the sample site).</param>
    /// <param name="ownsProject">Delete <paramref name="projectRoot"/> on dispose (a temp copy).</param>
    /// <param name="baseUrl">Overrides the project's base_url (as --base-url does), e.g. to match the path it is served under.</param>
    /// <param name="includeDrafts">Build draft editions too (as --drafts does).</param>
    /// <returns>The built site.</returns>
    /// <exception cref="InvalidOperationException">The build failed (the message lists its diagnostics).</exception>
    public static async Task<BuiltSite> BuildAsync(string projectRoot, bool ownsProject = false, string? baseUrl = null, bool includeDrafts = false)
    {
        var site = await TryBuildAsync(projectRoot, ownsProject, baseUrl, includeDrafts);
        if (!site.Result.Succeeded)
        {
            site.Dispose();
            throw new InvalidOperationException($"building {projectRoot} failed:\n{string.Join("\n", site.Result.Diagnostics)}");
        }

        return site;
    }

    /// <summary>
    /// Builds <paramref name="projectRoot"/> into a temp --out folder and returns whatever came of it, for tests that
    /// assert on the build's <see cref="Result"/> themselves. The --out folder sits alone in a private temp folder, so
    /// what a build leaves beside its output (lock, staging) goes with it on dispose.
    /// </summary>
    /// <param name="projectRoot">The project to build.</param>
    /// <param name="ownsProject">Delete <paramref name="projectRoot"/> on dispose (a temp copy).</param>
    /// <param name="baseUrl">Overrides the project's base_url (as --base-url does).</param>
    /// <param name="includeDrafts">Build draft editions too (as --drafts does).</param>
    /// <returns>The site, built or not.</returns>
    public static async Task<BuiltSite> TryBuildAsync(string projectRoot, bool ownsProject = false, string? baseUrl = null, bool includeDrafts = false)
    {
        var container = Path.Combine(Path.GetTempPath(), "reportgen-tests", $"site-{Guid.NewGuid():N}");
        var output = Path.Combine(container, "site");
        var options = new BuildOptions(projectRoot, output, IncludeDrafts: includeDrafts, BaseUrl: baseUrl);
        var result = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);
        return new BuiltSite(projectRoot, container, output, result, ownsProject ? projectRoot : null);
    }

    /// <summary>Every HTML page of the site, as site-relative paths with '/' separators, sorted ordinally.</summary>
    public IReadOnlyList<string> Pages() => Files("*.html");

    /// <summary>Site-relative paths of files matching <paramref name="pattern"/>, sorted ordinally.</summary>
    public IReadOnlyList<string> Files(string pattern) =>
        [.. Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The text of a file of the site, by site-relative path.</summary>
    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    /// <summary>
    /// One page of each kind, so checks that are too slow for every page still see every layout: pages are grouped by
    /// their path with every segment after the first replaced by '*' (<c>reports/*/*/index.html</c> is an edition,
    /// <c>faq/*/index.html</c> a FAQ page, <c>search/index.html</c> the search page), and the last of each group in
    /// ordinal order is taken (the newest edition, since periods sort by date).
    /// Report series count as kinds of their own (<c>reports/ai-equities/*/index.html</c>), since each has its own body.
    /// </summary>
    public IReadOnlyList<string> OnePagePerKind() =>
        [.. Pages().GroupBy(GroupOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Last())];

    /// <summary>The kind of a page: <c>reports/ai-equities/2026-q1/index.html</c> → <c>reports/*/*/index.html</c>.</summary>
    public static string KindOf(string page)
    {
        var parts = page.Split('/');
        for (var i = 1; i < parts.Length - 1; i++)
        {
            parts[i] = "*";
        }

        return string.Join('/', parts);
    }

    /// <summary>Every HTML page under <paramref name="site"/> but Pagefind's, as absolute paths sorted ordinally.</summary>
    public static IReadOnlyList<string> HtmlFiles(string site) =>
        [.. Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(site, f).StartsWith("pagefind", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>Parses an HTML file as a browser would.</summary>
    public static IHtmlDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    /// <summary>Every href/src/srcset URL of every page that does not resolve to a file in the site (or an id in its page), as "page: url" lines.</summary>
    /// <param name="site">The site folder.</param>
    /// <param name="basePath">The base URL's path (e.g. <c>/notes/</c>): root-relative links (404.html) start with it.</param>
    public static IReadOnlyList<string> BrokenLinks(string site, string basePath)
    {
        var broken = new List<string>();
        // The ids of each page a fragment points into, parsed once: parsing the target again for every fragment link
        // (a figure or footnote link on every page) made this check several minutes of the CI run.
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in HtmlFiles(site))
        {
            var doc = Parse(file);
            var page = Path.GetRelativePath(site, file).Replace('\\', '/');
            var urls = doc.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!)
                .Concat(doc.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!))
                .Concat(doc.QuerySelectorAll("[srcset]").SelectMany(e => e.GetAttribute("srcset")!.Split(',').Select(s => s.Trim().Split(' ')[0])));
            foreach (var url in urls)
            {
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal))
                {
                    continue; // external, or an absolute URL the standards require (canonical): checked elsewhere
                }

                var (path, fragment) = url.IndexOf('#', StringComparison.Ordinal) is var i and >= 0 ? (url[..i], url[(i + 1)..]) : (url, null);
                string target;
                if (path.Length == 0)
                {
                    target = file;
                }
                else if (path.StartsWith('/'))
                {
                    if (!path.StartsWith(basePath, StringComparison.Ordinal))
                    {
                        broken.Add($"{page}: {url} (root-relative outside the base path {basePath})");
                        continue;
                    }

                    target = Path.Combine(site, path[basePath.Length..]);
                }
                else
                {
                    target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                }

                if (path.EndsWith('/') || path.Length == 0 && target.EndsWith('/'))
                {
                    target = Path.Combine(target, "index.html");
                }
                else if (Directory.Exists(target))
                {
                    broken.Add($"{page}: {url} (a folder link without a trailing '/')");
                    continue;
                }

                if (!Path.GetFullPath(target).StartsWith(Path.GetFullPath(site), StringComparison.Ordinal) || !File.Exists(target))
                {
                    broken.Add($"{page}: {url}");
                    continue;
                }

                if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(fragment))
                {
                    broken.Add($"{page}: {url} (no element with id '{fragment}')");
                }
            }
        }

        return broken;

        HashSet<string> IdsOf(string target)
        {
            var key = Path.GetFullPath(target);
            if (!ids.TryGetValue(key, out var set))
            {
                set = [.. Parse(key).QuerySelectorAll("[id]").Select(e => e.Id!)];
                ids[key] = set;
            }

            return set;
        }
    }

    /// <summary>Every JSON-LD block of every page, parsed; throws on invalid JSON.</summary>
    public static IReadOnlyList<(string Page, JsonDocument Json)> JsonLd(string site) =>
        [.. HtmlFiles(site).SelectMany(file => Parse(file).QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => (Path.GetRelativePath(site, file), JsonDocument.Parse(s.TextContent))))];

    /// <summary>Files whose bytes contain any of <paramref name="needles"/>, as "path: needle".</summary>
    public static IReadOnlyList<string> FilesContaining(string site, params string[] needles)
    {
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(file));
            hits.AddRange(needles.Where(n => text.Contains(n, StringComparison.Ordinal)).Select(n => $"{Path.GetRelativePath(site, file)}: {n}"));
        }

        return hits;
    }

    /// <summary>Deletes the temp folder of the output, and the project when this site owns it.</summary>
    public void Dispose()
    {
        DeleteQuietly(_container);
        if (_ownedProject is not null)
        {
            DeleteQuietly(_ownedProject);
        }
    }

    private static string GroupOf(string page)
    {
        var kind = KindOf(page);
        return kind.StartsWith("reports/*/", StringComparison.Ordinal) ? "reports/" + page.Split('/')[1] + kind["reports/*".Length..] : kind;
    }

    private static void DeleteQuietly(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
