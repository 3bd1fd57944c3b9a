using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.Sharding;
using ReportGen.TestKit;
using ReportGen.Tests.Site;

namespace ReportGen.Tests.Pipeline;

/// <summary>
/// Issue 20's acceptance test of sharding: the sample (drafts, a sub-path base URL, search when Pagefind is installed)
/// built as 3 shards plus a merge is byte-identical, file by file, to the single build the other sample tests read
/// (<see cref="SampleSiteGroup"/>, built with the same options). Built through the pipeline without a publication clock,
/// as the other sample tests build it, so the repository's ledger is read and never written.
/// </summary>
[Collection(SampleSiteGroup.Name)]
public sealed class ShardSampleTests(SampleSiteFixture sample)
{
    [Fact]
    public async Task Sample_ThreeShardsAndMerge_AreByteIdenticalToASingleBuild()
    {
        Assert.True(sample.Result.Succeeded, string.Join("\n", sample.Result.Diagnostics));
        var folder = Directory.CreateTempSubdirectory("reportgen-shards-").FullName;
        try
        {
            var options = new BuildOptions(RepoPaths.Root, IncludeDrafts: true, BaseUrl: SampleSiteFixture.BaseUrl);
            var shards = new List<string>();
            var rendered = 0;
            for (var i = 0; i < 3; i++)
            {
                var shardFolder = Path.Combine(folder, $"shard-{i}");
                var shard = await BuildPipeline.RunAsync(options with { OutputDirectory = shardFolder, Shard = new ShardSpec(i, 3) }, publish: true, CancellationToken.None);
                Assert.True(shard.Succeeded, string.Join("\n", shard.Diagnostics));
                Assert.All(shard.Editions, e => Assert.Equal(i, ShardSpec.ShareOf(e.Key, 3)));
                Assert.False(Directory.Exists(Path.Combine(shardFolder, "reports")), "a shard holds renderings, not pages");
                rendered += shard.Incremental.Rendered.Count;
                shards.Add(shardFolder);
            }

            var diagnostics = new DiagnosticBag();
            var set = ShardSet.Read(shards, diagnostics);
            Assert.NotNull(set);
            var merged = await BuildPipeline.RunAsync(set.First.ApplyTo(new BuildOptions(RepoPaths.Root, Path.Combine(folder, "merged")) { MergeShards = shards }), publish: true, CancellationToken.None);
            Assert.True(merged.Succeeded, string.Join("\n", merged.Diagnostics));

            // Every edition rendered exactly once, by one shard; the merge rendered none.
            Assert.Equal(sample.Result.Editions.Count, rendered);
            Assert.Empty(merged.Incremental.Rendered);
            Assert.Equal(sample.Result.Diagnostics.Select(d => d.ToString()), merged.Diagnostics.Select(d => d.ToString()));
            ShardTests.AssertSameFiles(sample.Output, Path.Combine(folder, "merged"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
