using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Site;

namespace ReportGen.Checking;

/// <summary>
/// Checks that every internal link and image of a site built in memory resolves to one of its files
/// (<see cref="DiagnosticCodes.BrokenLink"/>). External URLs (with a scheme, or starting with <c>//</c>) and fragments
/// are not followed. A <c>javascript:</c>, <c>vbscript:</c>, <c>data:</c> or <c>file:</c> URL in any URL attribute
/// (<c>href</c>, <c>src</c>, <c>action</c>, <c>formaction</c>, <c>data</c>, ...; quoted either way or not at all) is an error
/// (<see cref="DiagnosticCodes.UnsafeUrl"/>): report and FAQ Markdown may not link readers to script or their own disk.
/// </summary>
public static partial class LinkChecker
{
    /// <summary>Checks the <c>href</c>, <c>src</c> and <c>srcset</c> attributes of every HTML file in <paramref name="site"/>.</summary>
    /// <param name="site">The would-be site.</param>
    /// <param name="diagnostics">Receives one error per broken reference, at the page's site-relative path, line and column.</param>
    /// <param name="basePath">The path of the site's base URL, e.g. <c>/notes/</c>: root-relative references (as in 404.html,
    /// which is served at any depth) resolve under it.</param>
    /// <returns>The number of internal references checked.</returns>
    public static int Check(SiteFileSet site, DiagnosticBag diagnostics, string basePath = "/")
    {
        ArgumentNullException.ThrowIfNull(basePath);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = site.Files;
        var checkedCount = 0;
        foreach (var (page, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(bytes);

            // Script and local-file URLs in any URL attribute, however quoted (raw HTML may use '...' or no quotes).
            foreach (Match u in UrlAttribute().Matches(html))
            {
                var group = u.Groups["dq"].Success ? u.Groups["dq"] : u.Groups["sq"].Success ? u.Groups["sq"] : u.Groups["bare"];
                var value = System.Net.WebUtility.HtmlDecode(group.Value);
                if (UnsafeScheme().Match(value.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal)) is { Success: true } unsafeUrl)
                {
                    var (l, c, t) = Position(html, group.Index);
                    var shown = value.Length > 80 ? value[..80] + "…" : value;
                    diagnostics.Error(DiagnosticCodes.UnsafeUrl, $"'{shown}' is a {unsafeUrl.Groups["scheme"].Value.ToLowerInvariant()}: URL, which can run script or reach the reader's files; link to an http(s) address or a page of the site", new SourceLocation(page, l, c), t);
                }
            }

            foreach (Match m in Attribute().Matches(html))
            {
                var value = System.Net.WebUtility.HtmlDecode(m.Groups["value"].Value);
                var urls = m.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                    ? value.Split(',').Select(c => c.Trim().Split(' ')[0])
                    : [value];
                foreach (var url in urls)
                {
                    var local = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
                        ? (url.StartsWith(basePath, StringComparison.Ordinal) ? "/" + url[basePath.Length..] : null)
                        : url;
                    if (local is null)
                    {
                        checkedCount++;
                        var (l, c, t) = Position(html, m.Groups["value"].Index);
                        diagnostics.Error(DiagnosticCodes.BrokenLink, $"'{url}' is outside the site's base path '{basePath}'", new SourceLocation(page, l, c), t);
                        continue;
                    }

                    if (Resolve(page, local) is not { } target)
                    {
                        continue;
                    }

                    checkedCount++;
                    if (!files.ContainsKey(target) && !files.ContainsKey(target.TrimEnd('/') + "/index.html"))
                    {
                        var (line, column, text) = Position(html, m.Groups["value"].Index);
                        diagnostics.Error(DiagnosticCodes.BrokenLink, $"'{url}' points at '{target}', which the site does not contain", new SourceLocation(page, line, column), text);
                    }
                }
            }
        }

        return checkedCount;
    }

    /// <summary>The site-relative file a reference on <paramref name="page"/> points at, or null for external URLs, fragments and empty values.</summary>
    /// <param name="page">Site-relative path of the page, e.g. <c>reports/a/2026-q1/index.html</c>.</param>
    /// <param name="url">The attribute value.</param>
    public static string? Resolve(string page, string url)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(url);
        var cut = url.IndexOfAny(['?', '#']);
        var path = cut >= 0 ? url[..cut] : url;
        if (path.Length == 0 || path.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(path))
        {
            return null;
        }

        var segments = path.StartsWith('/') ? new List<string>() : [.. page.Split('/')[..^1]];
        foreach (var part in path.TrimStart('/').Split('/'))
        {
            if (part == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                segments.Add(Uri.UnescapeDataString(part));
            }
        }

        var resolved = string.Join('/', segments);
        return path.EndsWith('/') || resolved.Length == 0 ? (resolved.Length == 0 ? "index.html" : resolved + "/index.html") : resolved;
    }

    private static (int Line, int Column, string Text) Position(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var line = 1 + text.AsSpan(0, start).Count('\n');
        var end = text.IndexOf('\n', index);
        return (line, index - start + 1, end < 0 ? text[start..] : text[start..end]);
    }

    [GeneratedRegex(@"\s(?<name>href|src|srcset|action|formaction|data|poster|cite|background|xlink:href)\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s""'=<>`]+))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex(@"\s(?<name>href|src|srcset)\s*=\s*""(?<value>[^""]*)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^[\x00-\x20]*(?<scheme>javascript|vbscript|data|file)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeScheme();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
