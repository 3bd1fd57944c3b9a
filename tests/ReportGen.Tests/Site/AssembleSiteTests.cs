using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Text;
using Snapshooter.Xunit;

namespace ReportGen.Tests.Site;

/// <summary>Whole-site output of the mini fixture project: its manifest, discovery files, base-URL handling and slug safety.</summary>
public sealed class AssembleSiteTests
{
    [Fact]
    public async Task Build_MiniProject_WritesTheFileManifestAsSnapshotted()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root, IncludeDrafts: true), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var manifest = new StringBuilder();
        foreach (var (path, bytes) in FixtureProject.Snapshot(project.Site))
        {
            manifest.Append(path).Append("  ").Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append('\n');
        }

        Snapshot.Match(manifest.ToString());
    }

    [Fact]
    public async Task Build_WithoutPagefind_WarnsAndTheSearchPageSaysSearchIsUnavailable()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SearchUnavailable);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        var search = project.Read("site/search/index.html");
        Assert.Contains("Search is unavailable", search, StringComparison.Ordinal);
        Assert.DoesNotContain("pagefind", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithDrafts_FeedAndSitemapListOnlyPublishedEditions_DatedFromTheData()
    {
        using var project = new FixtureProject("mini");

        await BuildPipeline.RunAsync(new BuildOptions(project.Root, IncludeDrafts: true), publish: true, CancellationToken.None);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(project.Read("site/feed.xml")).Root!;
        Assert.Equal("2026-06-30T00:00:00Z", feed.Element(atom + "updated")!.Value);
        Assert.Equal(
            ["https://example.org/notes/reports/chips/2026-q2/", "https://example.org/notes/reports/chips/2026-q1/"],
            feed.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(project.Read("site/sitemap.xml")).Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToList();
        Assert.Contains("https://example.org/notes/reports/chips/2026-q2/", locs);
        Assert.Contains("https://example.org/notes/faq/what-is-a-basket/", locs);
        Assert.DoesNotContain("https://example.org/notes/reports/chips/2026-q3/", locs);
        Assert.Equal("User-agent: *\nDisallow:\n\nSitemap: https://example.org/notes/sitemap.xml\n", project.Read("site/robots.txt"));
        var draft = project.Read("site/reports/chips/2026-q3/index.html");
        Assert.Contains("<strong>Draft.</strong>", draft, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithSubPathBaseUrl_UsesItForAbsoluteUrlsAndThe404Page()
    {
        using var project = new FixtureProject("mini");

        await BuildPipeline.RunAsync(new BuildOptions(project.Root, BaseUrl: "https://host.example/a/b"), publish: true, CancellationToken.None);

        var edition = project.Read("site/reports/chips/2026-q2/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"https://host.example/a/b/reports/chips/2026-q2/\">", edition, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image\" content=\"https://host.example/a/b/charts/chips/2026-q2/performance.png\">", edition, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"../../../assets/style.css\">", edition, StringComparison.Ordinal);
        var notFound = project.Read("site/404.html");
        Assert.Contains("href=\"/a/b/assets/style.css\"", notFound, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"canonical\"", notFound, StringComparison.Ordinal);
        Assert.Empty(BuiltSite.BrokenLinks(project.Site, "/a/b/"));
    }

    [Fact]
    public async Task Build_WithRelativeBaseUrl_FailsWithRG5005()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root, BaseUrl: "notes/"), publish: true, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BadBaseUrl);
    }

    [Fact]
    public async Task Build_MiniProject_OutputHoldsNoMachinePaths()
    {
        using var project = new FixtureProject("mini");

        await BuildPipeline.RunAsync(new BuildOptions(project.Root, IncludeDrafts: true), publish: true, CancellationToken.None);

        Assert.Empty(BuiltSite.FilesContaining(project.Site, project.Root, RepoPaths.Root, "/tmp/"));
        Assert.Empty(BuiltSite.BrokenLinks(project.Site, "/notes/"));
    }

    [Fact]
    public async Task Build_TagAndFaqSlugsWithDotDot_StayInsideTheSite()
    {
        using var project = new FixtureProject("mini");
        var report = "templates/reports/chips.sbn-md";
        project.Write(report, project.Read(report).Replace("tags: [chips]", "tags: [chips, \"../../x\", \"..\\\\..\\\\y\"]", StringComparison.Ordinal));
        project.Write("templates/faq/evil.md", "---\nquestion: Can a slug escape?\nslug: ../../x\ntags: [\"../../../etc\"]\n---\nNo.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(project.Site, "tags", "x", "index.html")));
        Assert.True(File.Exists(Path.Combine(project.Site, "tags", "y", "index.html")));
        Assert.True(File.Exists(Path.Combine(project.Site, "tags", "etc", "index.html")));
        Assert.True(File.Exists(Path.Combine(project.Site, "faq", "x", "index.html")));
        // Besides the inputs, only site/ and its lock (.site.lock and the note of its holder, .site.lock.owner).
        Assert.Equal([".site.lock", ".site.lock.owner", "data", "reportgen.yml", "site", "templates"], Directory.EnumerateFileSystemEntries(project.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var parent = Path.GetDirectoryName(project.Root)!;
        Assert.All(new[] { "x", "y", "etc" }, name => Assert.False(Path.Exists(Path.Combine(parent, name)) || Path.Exists(Path.Combine(project.Site, "..", name)), $"{name} was written outside site/"));
    }
}
