using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Site;

/// <summary>
/// Issue 17, item 2: builds of one output at the same time. One holds the output's lock and publishes; the others stop
/// with RG5011 naming its PID and write nothing. site/ is always a whole site, and last-build.json never records
/// anything else.
/// </summary>
public sealed class ConcurrentBuildTests
{
    private const int Trials = 10;
    private const int BuildsAtOnce = 3;

    // A stand-in for Pagefind that takes as long as the real one on a large site, so every build spends a while
    // between writing its staging folder and swapping it in: the window in which concurrent builds used to collide.
    // It writes where Pagefind would: --output-path when given (the build hands it a folder of the searchable pages),
    // else pagefind/ in the site.
    private const string SlowIndexer = """
        const fs = require('fs');
        const at = process.argv.indexOf('--output-path');
        const out = at >= 0 ? process.argv[at + 1] : 'pagefind';
        setTimeout(() => {
          fs.mkdirSync(out, { recursive: true });
          fs.writeFileSync(out + '/pagefind-ui.js', '// search index stand-in\n');
        }, 1200);
        """;

    [Fact]
    public async Task Build_ThreeAtOnce_TenTimes_PublishesOnlyTheWholeSite()
    {
        using var reference = WithSlowIndexer(new FixtureProject("mini", nested: true));
        var expectedResult = await BuildPipeline.RunAsync(new BuildOptions(reference.Root), publish: true, CancellationToken.None);
        Assert.True(expectedResult.Succeeded, string.Join("\n", expectedResult.Diagnostics));
        var expected = FixtureProject.Snapshot(reference.Site);
        Assert.Contains("pagefind/pagefind-ui.js", expected.Keys);

        using var project = WithSlowIndexer(new FixtureProject("mini", nested: true));
        var options = new BuildOptions(project.Root) { CacheDirectory = Path.Combine(project.Root, ".reportgen-cache") };
        var published = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            // Every trial starts cold, half of them over a previous site, so each build renders and publishes.
            if (Directory.Exists(options.CacheDirectory))
            {
                Directory.Delete(options.CacheDirectory, recursive: true);
            }

            if (trial % 2 == 0 && Directory.Exists(project.Site))
            {
                Directory.Delete(project.Site, recursive: true);
            }

            // Odd trials start all builds together; even ones start the others once the first is staging its site.
            var staggered = trial % 2 == 0;
            var builds = new List<Task<BuildResult>> { Task.Run(() => BuildPipeline.RunAsync(options, publish: true, CancellationToken.None)) };
            if (staggered)
            {
                await WaitForStagingAsync(project.Root, builds[0]);
            }

            builds.AddRange(Enumerable.Range(1, BuildsAtOnce - 1).Select(_ => Task.Run(() => BuildPipeline.RunAsync(options, publish: true, CancellationToken.None))));
            var results = await Task.WhenAll(builds);

            foreach (var result in results.Where(r => !r.Succeeded))
            {
                var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
                Assert.Equal(DiagnosticCodes.OutputLocked, error.Code);
                Assert.Matches(@"PID \d+", error.Message);
            }

            published += results.Count(r => r.Succeeded);
            Assert.True(results.Any(r => r.Succeeded), $"trial {trial}: no build succeeded");
            if (staggered)
            {
                Assert.True(results[0].Succeeded, $"trial {trial}: the first build failed: {string.Join("\n", results[0].Diagnostics)}");
            }

            OutputSafetyTests.AssertSameTree(expected, FixtureProject.Snapshot(project.Site));
            Assert.Empty(Directory.EnumerateDirectories(project.Root, ".site.*"));

            // What last-build.json recorded is the whole site: the next build finds nothing to do and leaves it whole.
            var next = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);
            Assert.True(next.Succeeded, string.Join("\n", next.Diagnostics));
            OutputSafetyTests.AssertSameTree(expected, FixtureProject.Snapshot(project.Site));
        }

        Assert.True(published >= Trials, $"{published} builds published in {Trials} trials");
    }

    // A build killed between the swap and deleting the previous copy leaves that copy in its staging folder. The next
    // build must clear it even when it has nothing to publish (the site is already up to date or unchanged).
    [Fact]
    public async Task Build_WithNothingToPublish_StillClearsWhatAKilledBuildLeftBehind()
    {
        using var project = new FixtureProject("mini");
        var options = new BuildOptions(project.Root) { CacheDirectory = Path.Combine(project.Root, ".reportgen-cache") };
        Assert.True((await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None)).Succeeded);
        var leftover = Path.Combine(project.Root, ".site.staging-999999-deadbeef");
        Directory.CreateDirectory(Path.Combine(leftover, "reports"));
        File.WriteAllText(Path.Combine(leftover, "reports", "index.html"), "the previous site, half deleted");

        var result = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Incremental.OutputWritten);
        Assert.False(Directory.Exists(leftover), "the killed build's staging folder is still there");
    }

    private static FixtureProject WithSlowIndexer(FixtureProject project)
    {
        var runner = Path.Combine(project.Container!, "node_modules", "pagefind", "lib", "runner");
        Directory.CreateDirectory(runner);
        File.WriteAllText(Path.Combine(runner, "bin.cjs"), SlowIndexer);
        return project;
    }

    private static async Task WaitForStagingAsync(string projectRoot, Task<BuildResult> build)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.EnumerateDirectories(projectRoot, ".site.staging*").Any())
        {
            Assert.False(build.IsCompleted, "the first build finished before it was seen staging its site");
            Assert.True(DateTime.UtcNow < deadline, "the first build never staged its site");
            await Task.Delay(5);
        }
    }
}
