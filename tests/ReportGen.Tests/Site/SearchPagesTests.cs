using System.Text;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.Site;
using ReportGen.TestKit;
using ReportGen.Tests.ForEach;

namespace ReportGen.Tests.Site;

/// <summary>
/// Issue 20: Pagefind is handed only the pages search indexes. At the scale bench, 40,000 dated tear sheets that search
/// leaves out cost Pagefind 5.4 GB of memory when it parsed the whole site; given only the 5,000 security pages and the
/// report pages, 0.8 GB (docs/scaling.md).
/// </summary>
public sealed class SearchPagesTests
{
    // A stand-in for Pagefind that lists the HTML pages it can see from its working folder (following links, as Pagefind
    // does) into pages.txt, where Pagefind writes its index: --output-path when given, else pagefind/ in the site.
    private const string ListingIndexer = """
        const fs = require('fs');
        const path = require('path');
        const at = process.argv.indexOf('--output-path');
        const out = at >= 0 ? process.argv[at + 1] : 'pagefind';
        const seen = [];
        const walk = dir => {
          for (const name of fs.readdirSync(dir).sort()) {
            const full = dir === '.' ? name : dir + '/' + name;
            if (fs.statSync(full).isDirectory()) { if (full !== 'pagefind') walk(full); }
            else if (full.endsWith('.html')) seen.push(full);
          }
        };
        walk('.');
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, 'pages.txt'), seen.join('\n'));
        fs.writeFileSync(path.join(out, 'pagefind-ui.js'), '// search index stand-in\n');
        """;

    [Fact]
    public async Task Build_HandsPagefindOnlyThePagesSearchIndexes_NoDatedTearSheet()
    {
        using var project = new FixtureProject("mini", nested: true);
        project.Write("templates/reports/tear.sbn-md", ForEachProject.Report());
        var runner = Path.Combine(project.Container!, "node_modules", "pagefind", "lib", "runner");
        Directory.CreateDirectory(runner);
        File.WriteAllText(Path.Combine(runner, "bin.cjs"), ListingIndexer);

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.SearchFailed);
        var site = FixtureProject.Snapshot(project.Site);
        var given = Encoding.UTF8.GetString(site["pagefind/pages.txt"]).Split('\n');
        var searchable = site.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && Encoding.UTF8.GetString(f.Value).Contains("data-pagefind-body", StringComparison.Ordinal)).Select(f => f.Key);
        Assert.Equal(searchable.Order(StringComparer.Ordinal), given.Order(StringComparer.Ordinal));
        Assert.Contains("securities/nvda/index.html", given);
        Assert.Contains("reports/chips/2026-q2/index.html", given);
        Assert.DoesNotContain(given, p => p.StartsWith("securities/nvda/2026-", StringComparison.Ordinal));
        Assert.DoesNotContain("404.html", given);
        // The folder of links Pagefind read is gone before the swap.
        Assert.DoesNotContain(site.Keys, k => k.StartsWith(SearchIndexer.PagesFolder, StringComparison.Ordinal));
    }

    [Fact]
    public void SearchPages_AreTheHtmlPagesMarkedForSearch_OrNullWhenNoneIs()
    {
        var files = new SiteFileSet();
        files.AddText("index.html", "<main><article data-pagefind-body>home</article></main>");
        files.AddText("reports/a/2026-q1/index.html", "<article class=\"edition\" data-pagefind-body>note</article>");
        files.AddText("securities/x/2026-q1/index.html", "<article class=\"edition\">dated</article>");
        files.AddText("charts/a/data.csv", "data-pagefind-body"); // not a page

        Assert.Equal(["index.html", "reports/a/2026-q1/index.html"], files.SearchPages());

        var unmarked = new SiteFileSet();
        unmarked.AddText("index.html", "<main>home</main>");
        Assert.Null(unmarked.SearchPages());
    }
}
