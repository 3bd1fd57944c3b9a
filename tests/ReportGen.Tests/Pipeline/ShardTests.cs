using System.Text.Json;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.Sharding;
using ReportGen.TestKit;
using ReportGen.Tests.Cli;

namespace ReportGen.Tests.Pipeline;

/// <summary>
/// Sharded builds (issue 20): <c>build --shard i/n</c> renders a stable share of the editions, <c>reportgen merge</c>
/// assembles the shards into a site byte-identical to a single build, and shards that do not belong together are refused
/// with their code (RG5100-RG5108), exit 1, the previous site untouched.
/// </summary>
public sealed class ShardTests(ShardTests.MiniShards mini) : IClassFixture<ShardTests.MiniShards>
{
    [Fact]
    public async Task Cli_MergeOfTheMiniShards_EqualsItsBuild_AndLeavesTheLedgerAsTheBuildWroteIt()
    {
        var site = mini.Fresh("merged");
        var ledger = FixtureProject.Snapshot(mini.Project.PathOf("published"));

        var (code, output, error) = await CliRunner.RunAsync(["merge", mini.Shard(2), mini.Shard(0), mini.Shard(1), "--project", mini.Project.Root, "--out", site]);

        Assert.True(code == 0, error);
        Assert.Contains("edition(s), ", output, StringComparison.Ordinal);
        AssertSameFiles(mini.Project.Site, site);
        Assert.Equal(ledger, FixtureProject.Snapshot(mini.Project.PathOf("published")));
    }

    // The merge records newly published editions in the ledger (published/), as a build does; the shards do not depend on
    // the ledger, so merging the same shards again still works and gives the same site.
    [Fact]
    public async Task Cli_MergeThatRecordsTheLedger_CanMergeTheSameShardsAgain()
    {
        using var project = new FixtureProject("mini");
        string[] shards = [mini.Fresh("a"), mini.Fresh("b")];
        for (var i = 0; i < 2; i++)
        {
            var (built, _, buildError) = await CliRunner.RunAsync("build", "--project", project.Root, "--no-cache", "--shard", $"{i}/2", "--out", shards[i]);
            Assert.True(built == 0, buildError);
        }

        var (first, _, firstError) = await CliRunner.RunAsync(["merge", .. shards, "--project", project.Root, "--out", mini.Fresh("first")]);
        Assert.True(first == 0, firstError);
        Assert.True(File.Exists(project.PathOf("published/ledger.csv")), "the merge did not record the ledger");
        var ledger = FixtureProject.Snapshot(project.PathOf("published"));

        var (again, _, againError) = await CliRunner.RunAsync(["merge", .. shards, "--project", project.Root, "--out", project.Site]);

        Assert.True(again == 0, againError);
        Assert.Equal(ledger, FixtureProject.Snapshot(project.PathOf("published")));
    }

    [Fact]
    public async Task Merge_MissingShard_IsRG5103()
    {
        var (error, _) = await MergeFailsAsync(mini.Shard(0), mini.Shard(2));

        Assert.Contains("error RG5103: shard 1/3 is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_DuplicateShard_IsRG5102()
    {
        var copy = mini.Copy(1, "again");

        var (error, _) = await MergeFailsAsync(mini.Shard(0), mini.Shard(1), copy, mini.Shard(2));

        Assert.Contains("error RG5102: shard 1/3 is given twice", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ShardsOfDifferentInputs_IsRG5104()
    {
        var (error, _) = await MergeFailsAsync(mini.Shard(0), mini.OtherInputsShard1, mini.Shard(2));

        Assert.Contains("error RG5104: this shard was built from other inputs", error, StringComparison.Ordinal);
        Assert.Contains(mini.OtherInputsShard1, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ShardsOfAnotherProject_IsRG5106()
    {
        var (error, _) = await MergeFailsAsync([mini.Shard(0), mini.Shard(1), mini.Shard(2)], mini.OtherProject.Root);

        Assert.Contains("error RG5106: the shards were built from other inputs than", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_DifferentShardCounts_IsRG5101()
    {
        var (error, _) = await MergeFailsAsync(mini.Shard(0), mini.Shard(1), mini.Shard(2), mini.OneOfTwo);

        Assert.Contains("error RG5101: this folder is shard 0/2, but", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ShardsBuiltWithDifferentOptions_IsRG5105()
    {
        var (error, _) = await MergeFailsAsync(mini.Shard(0), mini.DraftsShard1, mini.Shard(2));

        Assert.Contains("error RG5105: this shard was built with --as-of none, --drafts on", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_AFolderThatIsNoShard_IsRG5100()
    {
        var garbage = mini.Copy(1, "garbage");
        File.WriteAllText(Path.Combine(garbage, ShardManifest.FileName), "{\"format\": \"reportgen-shard v0\"}");

        var (noManifest, _) = await MergeFailsAsync(mini.Shard(0), mini.Project.Site, mini.Shard(2));
        var (badManifest, _) = await MergeFailsAsync(mini.Shard(0), garbage, mini.Shard(2));

        Assert.Contains("error RG5100: ", noManifest, StringComparison.Ordinal);
        Assert.Contains("is not a shard folder", noManifest, StringComparison.Ordinal);
        Assert.Contains("error RG5100: reportgen-shard.json is not a manifest of the form reportgen-shard v1", badManifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_AnEditionLeftOutOfItsShardsManifest_IsRG5107()
    {
        var (index, copy) = mini.CopyOfAShardWithEditions("edited");
        var manifest = Path.Combine(copy, ShardManifest.FileName);
        var text = File.ReadAllText(manifest);
        var start = text.IndexOf("\"editions\": [", StringComparison.Ordinal);
        File.WriteAllText(manifest, text[..start] + "\"editions\": []\n}\n");

        var (error, _) = await MergeFailsAsync([.. Enumerable.Range(0, 3).Select(i => i == index ? copy : mini.Shard(i))]);

        Assert.Contains("error RG5107: ", error, StringComparison.Ordinal);
        Assert.Contains("is planned but in no shard", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ADamagedRendering_IsRG5108()
    {
        var (index, copy) = mini.CopyOfAShardWithEditions("damaged");
        var entry = Directory.EnumerateFiles(Path.Combine(copy, "editions")).First();
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);

        var (error, _) = await MergeFailsAsync([.. Enumerable.Range(0, 3).Select(i => i == index ? copy : mini.Shard(i))]);

        Assert.Contains("error RG5108: the rendering of ", error, StringComparison.Ordinal);
        Assert.Contains("is missing or damaged", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3/3", "--shard '3/3': shards are numbered from 0 to 2")]
    [InlineData("0/0", "--shard '0/0': the number of shards must be at least 1")]
    [InlineData("one/3", "--shard 'one/3' is not i/n")]
    [InlineData("1", "--shard '1' is not i/n")]
    [InlineData("-1/3", "--shard '-1/3' is not i/n")]
    public async Task Build_MalformedShard_IsAUsageError(string shard, string message)
    {
        var (code, _, error) = await CliRunner.RunAsync("build", "--project", mini.Project.Root, "--shard", shard, "--out", mini.Fresh("never"));

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {message}", error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'reportgen build --help' for usage.\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_ShardWithPdf_IsAUsageError()
    {
        var (code, _, error) = await CliRunner.RunAsync("build", "--project", mini.Project.Root, "--shard", "0/3", "--pdf", "--out", mini.Fresh("never"));

        Assert.Equal(2, code);
        Assert.Contains("--shard cannot be combined with --pdf", error, StringComparison.Ordinal);
    }

    // The split is SHA-256 of the edition key, first 8 bytes big-endian, modulo n: the same on every machine and process
    // (these values were computed with Python's hashlib, independently of .NET).
    [Theory]
    [InlineData("ai-equities/2026-Q2", 3, 2)]
    [InlineData("ai-equities/2026-Q2", 7, 6)]
    [InlineData("tear-sheet/nvda/2026-Q2", 3, 1)]
    public void ShareOf_IsSha256OfTheKeyModuloN(string key, int count, int expected) =>
        Assert.Equal(expected, ShardSpec.ShareOf(key, count));

    [Fact]
    public void Shards_SplitEveryEditionExactlyOnce()
    {
        var shards = Enumerable.Range(0, 3).Select(i => (Spec: new ShardSpec(i, 3), Manifest: Read(mini.Shard(i)))).ToList();

        var all = shards.SelectMany(s => s.Manifest.Editions.Select(e => e.Edition)).ToList();
        Assert.Equal(shards[0].Manifest.Plan.Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
        Assert.NotEmpty(all);
    }

    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static ShardManifest Read(string folder) =>
        JsonSerializer.Deserialize<ShardManifest>(File.ReadAllBytes(Path.Combine(folder, ShardManifest.FileName)), CamelCase)!;

    private Task<(string Error, int Code)> MergeFailsAsync(params string[] shards) => MergeFailsAsync(shards, mini.Project.Root);

    // Merges into the mini project's built site: the merge must fail with exit 1 and leave that site byte-identical.
    private async Task<(string Error, int Code)> MergeFailsAsync(string[] shards, string project)
    {
        var before = FixtureProject.Snapshot(mini.Project.Site);

        var (code, _, error) = await CliRunner.RunAsync(["merge", .. shards, "--project", project, "--out", mini.Project.Site]);

        Assert.True(code == 1, error);
        Assert.Contains($"merge failed; {mini.Project.Site} was not changed", error, StringComparison.Ordinal);
        Assert.Equal(before, FixtureProject.Snapshot(mini.Project.Site));
        return (error, code);
    }

    /// <summary>Asserts two folders hold the same files with the same bytes.</summary>
    internal static void AssertSameFiles(string expected, string actual)
    {
        var a = FixtureProject.Snapshot(expected);
        var b = FixtureProject.Snapshot(actual);
        Assert.Equal(a.Keys, b.Keys);
        var differing = a.Keys.Where(k => !a[k].AsSpan().SequenceEqual(b[k])).ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} of {a.Count} files differ, e.g. {string.Join(", ", differing.Take(5))}");
        Assert.True(a.Count > 10, $"only {a.Count} files compared");
    }

    /// <summary>
    /// The mini project built once with the command line (which records its ledger), then as 3 shards; beside them the
    /// shards that do not belong: shard 1 of a copy with an edited template, shard 0/2, and shard 1 built with --drafts.
    /// </summary>
    public sealed class MiniShards : IAsyncLifetime
    {
        public FixtureProject Project { get; } = new("mini");

        public FixtureProject OtherProject { get; } = new("mini");

        private string Folder { get; } = Directory.CreateTempSubdirectory("reportgen-mini-shards-").FullName;

        public string OtherInputsShard1 => Path.Combine(Folder, "other-1-of-3");

        public string OneOfTwo => Path.Combine(Folder, "0-of-2");

        public string DraftsShard1 => Path.Combine(Folder, "drafts-1-of-3");

        public string Shard(int i) => Path.Combine(Folder, $"{i}-of-3");

        /// <summary>A new folder path under the fixture's folder (not created).</summary>
        public string Fresh(string name) => Path.Combine(Folder, $"{name}-{Guid.NewGuid():N}");

        /// <summary>A copy of shard <paramref name="i"/> to damage.</summary>
        public string Copy(int i, string name)
        {
            var to = Fresh(name);
            foreach (var file in Directory.EnumerateFiles(Shard(i), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(Shard(i), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            return to;
        }

        /// <summary>A copy of the first shard that rendered at least one edition, and its number.</summary>
        public (int Index, string Folder) CopyOfAShardWithEditions(string name)
        {
            var index = Enumerable.Range(0, 3).First(i => Directory.Exists(Path.Combine(Shard(i), "editions")));
            return (index, Copy(index, name));
        }

        public async Task InitializeAsync()
        {
            await RunAsync("build", "--project", Project.Root, "--no-cache");
            for (var i = 0; i < 3; i++)
            {
                await RunAsync("build", "--project", Project.Root, "--no-cache", "--shard", $"{i}/3", "--out", Shard(i));
            }

            await RunAsync("build", "--project", Project.Root, "--no-cache", "--shard", "0/2", "--out", OneOfTwo);
            await RunAsync("build", "--project", Project.Root, "--no-cache", "--drafts", "--shard", "1/3", "--out", DraftsShard1);
            var report = Directory.EnumerateFiles(OtherProject.PathOf("templates/reports")).First();
            File.AppendAllText(report, "\nOne more line.\n");
            await RunAsync("build", "--project", OtherProject.Root, "--no-cache", "--shard", "1/3", "--out", OtherInputsShard1);
        }

        public Task DisposeAsync()
        {
            Project.Dispose();
            OtherProject.Dispose();
            Directory.Delete(Folder, recursive: true);
            return Task.CompletedTask;
        }

        private static async Task RunAsync(params string[] args)
        {
            var (code, _, error) = await CliRunner.RunAsync(args);
            if (code != 0)
            {
                throw new InvalidOperationException($"reportgen {string.Join(' ', args)} failed ({code}):\n{error}");
            }
        }
    }
}
