using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.Site;
using ReportGen.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>
/// A publishing build lays its pages out straight into a staging folder beside the output (<see cref="SiteFileSet.Staged"/>)
/// instead of holding the whole site in memory: the staged set keeps the path checks of a set in memory, and a build
/// that does not publish leaves neither a staging folder nor a changed output.
/// </summary>
public sealed class StagedSiteTests
{
    [Fact]
    public void Staged_WritesEachFileAsItIsAdded_AndRefusesAPathTwice()
    {
        using var project = new FixtureProject("mini");
        var folder = Path.Combine(project.Root, ".site.staging-test");
        var files = SiteFileSet.Staged(folder);

        files.AddText("reports/x/index.html", "<p>x</p>");
        files.Add("charts/x/a.svg", [1, 2, 3]);

        Assert.Equal("<p>x</p>", File.ReadAllText(Path.Combine(folder, "reports/x/index.html")));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(folder, "charts/x/a.svg")));
        Assert.Equal(2, files.Count);
        Assert.True(files.Contains("charts/x/a.svg"));
        Assert.Throws<SitePathException>(() => files.AddText("reports/x/index.html", "<p>y</p>"));
        Assert.Throws<SitePathException>(() => files.AddText("../escape.html", "no"));
        Assert.Equal("<p>x</p>", File.ReadAllText(Path.Combine(folder, "reports/x/index.html")));
        Assert.True(files.SameAs("charts/x/a.svg", Path.Combine(folder, "charts/x/a.svg")));
        File.WriteAllBytes(Path.Combine(folder, "charts/x/a.svg"), [1, 2, 4]);
        Assert.False(files.SameAs("charts/x/a.svg", Path.Combine(folder, "charts/x/a.svg")));
        Assert.Equal(["charts/x/a.svg", "reports/x/index.html"], files.Files.Keys);

        Assert.True(files.Discard());
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Build_Published_LeavesNoStagingFolder_AndItsFilesAreTheSite()
    {
        using var project = new FixtureProject("mini");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(Directory.EnumerateDirectories(project.Root, ".site.*"));
        var onDisk = FixtureProject.Snapshot(project.Site);
        var site = result.Files!.Files;
        Assert.Equal(onDisk.Keys.Where(k => !k.StartsWith("pagefind/", StringComparison.Ordinal)), site.Keys);
        Assert.All(site, f => Assert.Equal(onDisk[f.Key], f.Value));
    }

    [Fact]
    public async Task Build_FailingAfterPagesWereStaged_LeavesTheOldSiteAndNoStagingFolder()
    {
        using var project = new FixtureProject("mini");
        Assert.True((await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None)).Succeeded);
        var before = FixtureProject.Snapshot(project.Site);
        project.Write("reportgen.yml", project.Read("reportgen.yml").Replace("title: Fixture Notes", "title: Renamed Notes", StringComparison.Ordinal));
        project.Write("templates/assets/my notes.css", "body {}\n"); // refused when the assets are added, after every page

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PathCollision);
        Assert.Empty(Directory.EnumerateDirectories(project.Root, ".site.*"));
        var after = FixtureProject.Snapshot(project.Site);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
    }
}
