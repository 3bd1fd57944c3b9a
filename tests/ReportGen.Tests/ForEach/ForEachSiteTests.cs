using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.ForEach;

/// <summary>The pages of a parameterized series: securities/&lt;ticker&gt;/&lt;period&gt;/, the security's page, securities/,
/// the series page, home, sitemap and previous/next within one item's run.</summary>
public sealed class ForEachSiteTests
{
    private const string WithChart = "for_each:\n  universe: chips\ncharts:\n  - id: price\n    kind: indexed-performance\n    securities: [item]\n    benchmark: SPY\n";

    private static async Task<FixtureProject> BuiltAsync()
    {
        var project = ForEachProject.Create(ForEachProject.Report(WithChart, ForEachProject.DefaultBody + "\n{{ chart \"price\" }}\n"));
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return project;
    }

    [Fact]
    public async Task Build_WritesEachItemEditionAtItsUrl_WithPreviousAndNextWithinTheItem()
    {
        using var project = await BuiltAsync();

        var amdQ1 = project.Read("site/securities/amd/2026-q1/index.html");
        var amdQ2 = project.Read("site/securities/amd/2026-q2/index.html");

        Assert.Contains("href=\"../../../securities/amd/2026-q2/\"", amdQ1, StringComparison.Ordinal); // next: AMD's Q2, not NVDA's Q1
        Assert.DoesNotContain("securities/nvda/", amdQ1, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\" href=\"../../../securities/amd/2026-q1/\"", amdQ2, StringComparison.Ordinal);
        Assert.Contains("src=\"../../../charts/tear/amd/2026-q2/price.svg\"", amdQ2, StringComparison.Ordinal);
        Assert.True(File.Exists(project.PathOf("site/charts/tear/amd/2026-q2/price.svg")));
    }

    [Fact]
    public async Task Build_SecurityPage_IsTheLatestTearSheet_Canonical_WithEveryEdition()
    {
        using var project = await BuiltAsync();

        var page = project.Read("site/securities/nvda/index.html");
        var latest = project.Read("site/securities/nvda/2026-q2/index.html");
        var older = project.Read("site/securities/nvda/2026-q1/index.html");

        Assert.Contains("<h1>Nvidia in Q2 2026</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/notes/securities/nvda/\">", page, StringComparison.Ordinal);
        // The body's links climb one folder less: the chart is found from securities/nvda/.
        Assert.Contains("src=\"../../charts/tear/nvda/2026-q2/price.svg\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"2026-q2/figures.csv\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../../securities/nvda/2026-q1/\"", page, StringComparison.Ordinal);
        // The dated copy of the latest edition points to the security's page; older ones are their own. Search finds the
        // security once, at its page: no dated page is indexed.
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/notes/securities/nvda/\">", latest, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pagefind-body", latest, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pagefind-body", older, StringComparison.Ordinal);
        Assert.Contains("data-pagefind-body", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/notes/securities/nvda/2026-q1/\">", older, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_SecuritiesIndexAndSeriesPage_ListEachSecurityOnce()
    {
        using var project = await BuiltAsync();

        var index = project.Read("site/securities/index.html");
        var series = project.Read("site/reports/tear/index.html");
        var home = project.Read("site/index.html");

        Assert.Contains("<td><a href=\"../securities/amd/\">Advanced Micro Devices</a></td><td>AMD</td><td>stock</td>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../securities/nvda/\">Nvidia</a>", index, StringComparison.Ordinal);
        Assert.Equal(1, Count(series, "href=\"../../securities/amd/\""));
        Assert.DoesNotContain("securities/amd/2026-q1/", series, StringComparison.Ordinal);
        // Home: one entry for the whole tear-sheet series, no tear sheet of its own.
        Assert.Contains("href=\"reports/tear/\">Chip Tear Sheets</a>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("securities/", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_Sitemap_ListsSecurityPagesAndEarlierEditions_NotTheLatestDatedCopy()
    {
        using var project = await BuiltAsync();

        var sitemap = project.Read("site/sitemap.xml");

        foreach (var url in new[] { "securities/", "securities/amd/", "securities/nvda/", "securities/amd/2026-q1/", "securities/nvda/2026-q1/", "reports/tear/" })
        {
            Assert.Contains($"<loc>https://example.org/notes/{url}</loc>", sitemap, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<loc>https://example.org/notes/securities/amd/2026-q2/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_OgImagePng_IsDrawnForTheSecurityPageOnly_AndEveryTearSheetShowsIt()
    {
        using var project = await BuiltAsync();

        // One PNG per security (its latest tear sheet); every dated tear sheet keeps its SVG charts.
        Assert.True(File.Exists(project.PathOf("site/charts/tear/nvda/2026-q2/price.png")));
        Assert.False(File.Exists(project.PathOf("site/charts/tear/nvda/2026-q1/price.png")));
        Assert.True(File.Exists(project.PathOf("site/charts/tear/nvda/2026-q1/price.svg")));
        Assert.True(File.Exists(project.PathOf("site/charts/tear/nvda/2026-q1/price.narrow.svg")));
        const string Card = "<meta property=\"og:image\" content=\"https://example.org/notes/charts/tear/nvda/2026-q2/price.png\">";
        foreach (var page in new[] { "securities/nvda/", "securities/nvda/2026-q2/", "securities/nvda/2026-q1/" })
        {
            var html = project.Read($"site/{page}index.html");
            Assert.Contains(Card, html, StringComparison.Ordinal);
            Assert.Contains("<meta property=\"og:image:alt\" content=\"Line chart: NVDA", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Build_WithCache_ANewLatestQuarter_TakesThePngFromThePreviousOne()
    {
        using var project = ForEachProject.Create(ForEachProject.Report(WithChart, ForEachProject.DefaultBody + "\n{{ chart \"price\" }}\n"));
        var options = new BuildOptions(project.Root) { CacheDirectory = new BuildOptions(project.Root).DefaultCacheDirectory };
        var first = await BuildPipeline.RunAsync(options with { AsOf = new DateOnly(2026, 3, 31) }, publish: true, CancellationToken.None);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.True(File.Exists(project.PathOf("site/charts/tear/nvda/2026-q1/price.png")));

        var second = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.False(File.Exists(project.PathOf("site/charts/tear/nvda/2026-q1/price.png")));
        Assert.True(File.Exists(project.PathOf("site/charts/tear/nvda/2026-q2/price.png")));
        Assert.Contains("tear/nvda/2026-Q1", second.Incremental!.Rendered);
    }

    [Fact]
    public async Task Build_Twice_IsByteIdentical()
    {
        using var first = await BuiltAsync();
        using var second = await BuiltAsync();

        var a = FixtureProject.Snapshot(first.Site);
        var b = FixtureProject.Snapshot(second.Site);

        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a.Keys.Where(k => k.StartsWith("securities/", StringComparison.Ordinal) || k.StartsWith("charts/tear/", StringComparison.Ordinal)), k => Assert.Equal(a[k], b[k]));
        Assert.Contains("securities/amd/index.html", a.Keys);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
