using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Timing;

/// <summary>
/// bench/serve.sh: a Hugo project the size of the sample site, for <c>hugo server</c> to be timed beside
/// <c>reportgen serve</c>. Every edition page of a built ReportGen site becomes a content page with the same text and
/// HTML (title, body), in the same sections; every page also shows a table of the last closes of one price CSV under
/// <c>assets/</c> (read with <c>transform.Unmarshal</c>), so a CSV edit re-renders every page that uses it.
/// </summary>
internal static partial class HugoSite
{
    private static readonly string[] Sections = ["reports", "securities"];

    public static int Write(string builtSite, string directory, string csv)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        var pages = 0;
        // Edition pages (reports/<series>/<period>/) and, for bench/scale-curve.sh, tear sheets (securities/<ticker>/<period>/).
        var sections = Sections.Where(s => Directory.Exists(Path.Combine(builtSite, s)));
        foreach (var (section, page) in sections.SelectMany(s => Directory.EnumerateFiles(Path.Combine(builtSite, s), "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => (s, p))))
        {
            var relative = Path.GetRelativePath(Path.Combine(builtSite, section), Path.GetDirectoryName(page)!).Replace('\\', '/');
            var parts = relative.Split('/');
            if (parts.Length != 2)
            {
                continue;
            }

            var html = File.ReadAllText(page);
            var title = Title().Match(html) is { Success: true } t ? t.Groups[1].Value : relative;
            var body = Article().Match(html) is { Success: true } a ? a.Groups[1].Value : html;
            var content = Path.Combine(directory, "content", section, parts[0], parts[1] + ".md");
            Directory.CreateDirectory(Path.GetDirectoryName(content)!);
            File.WriteAllText(content, $"---\ntitle: \"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\nslug: \"{parts[1]}\"\n---\n\n{body}\n");
            pages++;
        }

        Put(directory, "hugo.toml", "baseURL = 'http://127.0.0.1/'\ntitle = 'bench'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n[markup.goldmark.renderer]\nunsafe = true\n");
        Put(directory, "assets/closes.csv", File.ReadAllText(csv));
        Put(directory, "layouts/_default/baseof.html", "<!DOCTYPE html>\n<html><head><title>{{ .Title }}</title></head>\n<body><main>{{ block \"main\" . }}{{ end }}</main>\n{{ partial \"closes.html\" . }}\n</body></html>\n");
        Put(directory, "layouts/_default/single.html", "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>\n{{ .Content }}</article>{{ end }}\n");
        Put(directory, "layouts/_default/list.html", "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        Put(directory, "layouts/index.html", "{{ define \"main\" }}<ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        Put(directory, "layouts/partials/closes.html", "{{ $rows := resources.Get \"closes.csv\" | transform.Unmarshal }}<table>{{ range last 5 $rows }}<tr>{{ range . }}<td>{{ . }}</td>{{ end }}</tr>{{ end }}</table>\n");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hugo project: {pages} content pages from {builtSite}, closes from {csv}"));
        return 0;
    }

    private static void Put(string directory, string relative, string text)
    {
        var path = Path.Combine(directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex("<article[^>]*>(.*)</article>", RegexOptions.Singleline)]
    private static partial Regex Article();
}
