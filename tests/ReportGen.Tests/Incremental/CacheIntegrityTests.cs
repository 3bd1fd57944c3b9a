using System.Security.Cryptography;
using System.Text;
using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Incremental;

/// <summary>
/// Issue 17, item 5: a cache entry proves itself (its key and the hash of its content) or is not used; a chart PNG from
/// the chart cache too; and <c>--verify-cache</c> catches an entry that proves itself but lies.
/// </summary>
public sealed class CacheIntegrityTests
{
    [Fact]
    public async Task Build_WithTwoEntriesSwapped_RendersBothAgain_AndPublishesWhatAColdBuildDoes()
    {
        using var project = await BuiltAsync();
        var entries = Entries(project);
        var a = File.ReadAllBytes(entries[0]);
        File.WriteAllBytes(entries[0], File.ReadAllBytes(entries[1]));
        File.WriteAllBytes(entries[1], a);
        Directory.Delete(project.Site, recursive: true);

        var result = await BuildAsync(project);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Incremental.Rendered.Count);
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("garbage")]
    [InlineData("")]
    public async Task Build_WithAGarbageOrEmptyEntry_RendersItAgain(string content)
    {
        using var project = await BuiltAsync();
        File.WriteAllText(Entries(project)[0], content);
        Directory.Delete(project.Site, recursive: true);

        var result = await BuildAsync(project);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Incremental.Rendered);
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    [Fact]
    public async Task Build_WithAPoisonedChartInTheChartCache_DrawsItAgain()
    {
        using var project = await BuiltAsync();
        foreach (var chart in Directory.EnumerateFiles(project.PathOf(".reportgen-cache/charts")))
        {
            File.WriteAllBytes(chart, [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3]);
        }

        // A template edit that leaves the charts alone: the edition is rendered again and its charts come from the chart cache.
        project.Write("templates/reports/chips.sbn-md", project.Read("templates/reports/chips.sbn-md") + "\nOne more sentence.\n");

        var result = await BuildAsync(project);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(0, result.Incremental.ChartsFromCache);
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    [Fact]
    public async Task VerifyCache_AnEntryThatProvesItselfButLies_FailsTheBuild_AndPublishesNothing()
    {
        using var project = await BuiltAsync();
        ForgeLyingEntry(Entries(project)[0]);
        Directory.Delete(project.Site, recursive: true);
        var before = Directory.Exists(project.Site);

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root) { CacheDirectory = Cache(project), VerifyCacheSample = 100 }, publish: true, CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.CacheMismatch, error.Code);
        Assert.Equal(before, Directory.Exists(project.Site));
    }

    [Fact]
    public async Task VerifyCache_OverAnUpToDateSite_StillRendersAndCatchesALyingEntry()
    {
        using var project = await BuiltAsync();
        ForgeLyingEntry(Entries(project)[0]);
        var site = FixtureProject.Snapshot(project.Site);

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root) { CacheDirectory = Cache(project), VerifyCacheSample = 100 }, publish: true, CancellationToken.None);

        Assert.False(result.Incremental.UpToDate, "--verify-cache took the nothing-changed shortcut and verified nothing");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.CacheMismatch);
        ReportGen.Tests.Site.OutputSafetyTests.AssertSameTree(site, FixtureProject.Snapshot(project.Site));
    }

    [Fact]
    public async Task VerifyCache_AnHonestCache_Passes()
    {
        using var project = await BuiltAsync();
        Directory.Delete(project.Site, recursive: true);

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root) { CacheDirectory = Cache(project), VerifyCacheSample = 100 }, publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Incremental.Reused.Count);
    }

    private static string Cache(FixtureProject project) => project.PathOf(".reportgen-cache");

    // Rewrites a cached edition to say "Crisps" for "Chips", with a proof line that matches the new content: an entry
    // that proves itself but lies, which only rendering afresh (--verify-cache) can catch.
    private static void ForgeLyingEntry(string entry)
    {
        var lines = File.ReadAllText(entry).Split('\n', 2);
        var json = lines[1].Replace("Chips", "Crisps", StringComparison.Ordinal);
        var proof = lines[0].Split(' ');
        File.WriteAllText(entry, $"{proof[0]} {proof[1]} {proof[2]} {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))}\n{json}");
    }

    private static List<string> Entries(FixtureProject project) =>
        [.. Directory.EnumerateFiles(Path.Combine(Cache(project), "editions"), "*.json").Order(StringComparer.Ordinal)];

    private static async Task<FixtureProject> BuiltAsync()
    {
        var project = new FixtureProject("mini");
        await BuildAsync(project);
        Assert.Equal(2, Entries(project).Count);
        return project;
    }

    private static async Task<BuildResult> BuildAsync(FixtureProject project) =>
        await BuildPipeline.RunAsync(new BuildOptions(project.Root) { CacheDirectory = Cache(project) }, publish: true, CancellationToken.None);
}
