using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ReportGen.Tests.Site;

/// <summary>Checks over a built site folder: internal links, JSON-LD, machine paths, and the W3C Nu HTML checker.</summary>
internal static class BuiltSite
{
    public static IReadOnlyList<string> HtmlFiles(string site) =>
        [.. Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(site, f).StartsWith("pagefind", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    public static IHtmlDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    /// <summary>Every href/src/srcset URL of every page that does not resolve to a file in the site (or an id in its page), as "page: url" lines.</summary>
    /// <param name="site">The site folder.</param>
    /// <param name="basePath">The base URL's path (e.g. <c>/notes/</c>): root-relative links (404.html) start with it.</param>
    public static IReadOnlyList<string> BrokenLinks(string site, string basePath)
    {
        var broken = new List<string>();
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

                if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && Parse(target).GetElementById(fragment) is null)
                {
                    broken.Add($"{page}: {url} (no element with id '{fragment}')");
                }
            }
        }

        return broken;
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
}
