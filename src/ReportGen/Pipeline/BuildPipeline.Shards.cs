using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Incremental;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Sharding;

namespace ReportGen.Pipeline;

/// <summary>The two ends of a sharded build (<c>build --shard i/n</c>, <c>reportgen merge</c>), on the build's own stages.</summary>
public static partial class BuildPipeline
{
    // build --shard i/n: the editions of the whole plan that hash to this shard, rendered as a build renders them (each
    // edition's history comes from the whole plan and the data, never from another shard's output; the cache is used
    // when given), then published to --out as a shard folder. The ledger is the merge's: nothing here reads or writes it.
    private static async Task<BuildResult> ShardAsync(BuildOptions options, ShardSpec shard, List<Edition> plan, SecurityPages pages, MarketData data, SiteConfig config, BuildCache? cache, bool publish, DiagnosticBag diagnostics, StageTimer timer, CancellationToken cancellationToken)
    {
        var fingerprint = ShardManifest.InputsFingerprint(options.ProjectRoot);
        var mine = plan.Where(e => shard.Owns(e.Key)).ToList();
        timer.Start(BuildStage.RenderEditions, mine.Count);
        var (renderings, fromCache, found) = Render(mine, pages, data, config, cache, publish, diagnostics, timer, cancellationToken, plan);
        StrictMode.Apply(options.Strict, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timer);
        }

        timer.Start(BuildStage.AssembleSite);
        IReadOnlyList<RenderedEdition> rendered = [.. renderings.Select(r => r!)];
        var keys = EditionKeys.Compute(options, mine, pages);
        var manifest = ShardManifest.For(options, shard, fingerprint, [.. plan.Select(e => e.Key)], [.. mine.Select((e, i) => new ShardEntry(e.Key, keys[i]))]);
        var files = ShardSet.Files(manifest, rendered, found);
        var written = false;
        if (publish)
        {
            timer.Start(BuildStage.Publish);
            if (await PublishAsync(files, options.Output, search: null, diagnostics, cancellationToken).ConfigureAwait(false) is not { } wrote)
            {
                return Failed(diagnostics, timer);
            }

            written = wrote;
        }

        var names = mine.Select(e => e.Key).ToList();
        return new BuildResult(diagnostics.Sorted(), files, mine)
        {
            Timings = timer.Stop(),
            Rendered = rendered,
            Incremental = new IncrementalReport([.. names.Where((_, i) => !fromCache[i])], [.. names.Where((_, i) => fromCache[i])], written)
            {
                ChartsDrawn = rendered.Where((_, i) => !fromCache[i]).Sum(r => r.Charts.Count(c => !c.Reused)),
                ChartsFromCache = rendered.Where((_, i) => !fromCache[i]).Sum(r => r.Charts.Count(c => c.Reused)),
            },
        };
    }

    // reportgen merge: every planned edition's rendering from the shard that owns it (all count as reused); on any problem
    // the errors are in `diagnostics` and the build stops before assembling.
    private static (RenderedEdition?[] Rendered, bool[] FromCache, IReadOnlyList<Diagnostic>[] Found) FromShards(ShardSet shards, BuildOptions options, List<Edition> editions, SecurityPages pages, DiagnosticBag diagnostics)
    {
        var rendered = shards.Renderings(options, editions, pages, diagnostics);
        return (rendered is null ? new RenderedEdition?[editions.Count] : [.. rendered], [.. editions.Select(_ => true)], []);
    }
}
