using System.Diagnostics;
using ReportGen.TestKit;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>
/// Kills the real CLI (<c>dotnet reportgen.dll build</c>) at several moments of a build and checks that site/ is always a
/// whole site, the old one or the new one, never a mix or missing, and that the next build clears the leftovers.
/// </summary>
public sealed class SitePublisherKillTests
{
    // Kill points as fractions of a measured cold build of the same inputs, so they land inside the build however fast
    // or loaded the machine is.
    private static readonly double[] KillAtFractions = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95];

    [Fact]
    public async Task Build_KilledAtAnyMoment_LeavesTheOldOrTheNewSiteWhole_AndTheNextBuildRecovers()
    {
        using var project = new FixtureProject("mini");
        using var expected = new FixtureProject("mini");
        Assert.Equal(0, (await CliProcess.BuildAsync(project.Root, null)).ExitCode);
        var old = FixtureProject.Snapshot(project.Site);

        // The next build changes every page, so a half-published site could not pass for either whole one.
        foreach (var p in new[] { project, expected })
        {
            p.Write("reportgen.yml", p.Read("reportgen.yml").Replace("title: Fixture Notes", "title: Renamed Notes", StringComparison.Ordinal));
        }

        var clock = Stopwatch.StartNew();
        Assert.Equal(0, (await CliProcess.BuildAsync(expected.Root, null)).ExitCode);
        var coldBuild = clock.Elapsed;
        var next = FixtureProject.Snapshot(expected.Site);
        Assert.NotEqual(old["index.html"], next["index.html"]);

        // The machine's load can change during the test (CI runs other tests beside it): a build that finishes before its
        // kill point was quicker than the measured one, so later kill points are taken from the quickest build seen, and
        // kill points are added (up to 6 more) until at least 3 builds were killed mid-way.
        var killed = 0;
        var estimate = coldBuild;
        var fractions = new Queue<double>(KillAtFractions);
        var extra = 0;
        while (fractions.TryDequeue(out var fraction))
        {
            // Each killed build starts cold, like the measured one (a kill may or may not have left cache entries behind).
            var cache = Path.Combine(project.Root, ".reportgen-cache");
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }

            var delay = estimate * fraction;
            var took = Stopwatch.StartNew();
            var run = await CliProcess.BuildAsync(project.Root, delay);
            killed += run.Killed ? 1 : 0;
            if (!run.Killed && took.Elapsed < estimate)
            {
                estimate = took.Elapsed;
            }

            var now = FixtureProject.Snapshot(project.Site);
            Assert.True(SameTree(now, old) || SameTree(now, next), $"after a kill at {delay.TotalMilliseconds:F0} ms site/ is neither the old nor the new site ({now.Count} files)");
            if (fractions.Count == 0 && killed < 3 && extra < 6)
            {
                fractions.Enqueue(0.1 + (0.1 * extra++));
            }
        }

        Assert.True(killed >= 3, $"only {killed} of {KillAtFractions.Length + extra} builds were killed before they finished (cold build {coldBuild.TotalMilliseconds:F0} ms, quickest {estimate.TotalMilliseconds:F0} ms); the kill points miss the build");
        var final = await CliProcess.BuildAsync(project.Root, null);
        Assert.Equal(0, final.ExitCode);
        Assert.True(SameTree(FixtureProject.Snapshot(project.Site), next), "the build after the kills did not publish the new site");
        var leftovers = Directory.EnumerateDirectories(project.Root, ".site.*").Select(Path.GetFileName).ToList();
        Assert.True(leftovers.Count == 0, $"left behind: {string.Join(", ", leftovers)}");
    }

    private static bool SameTree(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b) =>
        a.Keys.SequenceEqual(b.Keys, StringComparer.Ordinal) && a.All(p => p.Value.AsSpan().SequenceEqual(b[p.Key]));
}
