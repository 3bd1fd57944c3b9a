using System.Globalization;
using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Incremental;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Publishing;
using ReportGen.Sharding;
using ReportGen.Site;
using ReportGen.Text;

namespace ReportGen.Pipeline;

/// <summary>The build, in one direction: load data → plan editions → render text and charts → assemble → publish.</summary>
public static partial class BuildPipeline
{
    /// <summary>Builds the site in memory and, when <paramref name="publish"/> is true and there are no errors, swaps it into the output folder.</summary>
    /// <param name="options">What to build and where; with a <see cref="BuildOptions.CacheDirectory"/>, unchanged editions are reused.</param>
    /// <param name="publish">False for <c>check</c>: validate everything, write nothing (the cache is read but not written).</param>
    /// <param name="cancellationToken">Stops the build; the output folder is then untouched.</param>
    /// <returns>Diagnostics, the site when the build succeeded, stage timings and what was rendered or reused. When another
    /// build holds the output's <see cref="OutputLock"/>, one error <see cref="DiagnosticCodes.OutputLocked"/> naming its
    /// process id; when publishing fails, <see cref="DiagnosticCodes.PublishFailed"/> (the previous output is intact).</returns>
    /// <exception cref="OutputRefusedException">Publishing into <see cref="BuildOptions.Output"/> is refused (see
    /// <see cref="OutputGuard.Check"/>); thrown before anything is read or written.</exception>
    public static async Task<BuildResult> RunAsync(BuildOptions options, bool publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!publish)
        {
            return await RunHoldingOutputAsync(options, publish, cancellationToken).ConfigureAwait(false);
        }

        // The output as the file system sees it (links resolved), so every spelling of one folder takes one lock.
        options = options with { OutputDirectory = Refuse(() => SourceFiles.RealPath(options.Output), options.Output) };
        CheckOutput(options);

        // One build per output at a time, from before the cache is read until the result is recorded. Builds of one
        // project into different outputs share its cache: they take turns too (its lock lives inside it, git-ignored).
        using var outputLock = Lock(options.Output, $"writing {options.Output}", "build into another --out", out var refusal);
        if (refusal is not null)
        {
            return refusal;
        }

        using var cacheLock = options.CacheDirectory is null ? null : Lock(BuildCache.LockFolderOf(options.CacheDirectory), $"using the cache {options.CacheDirectory}", "build with --no-cache", out refusal);
        if (refusal is not null)
        {
            return refusal;
        }

        // Checked again under the lock: the folder may have changed while this build waited for nothing else to hold it.
        CheckOutput(options);
        return await RunHoldingOutputAsync(options, publish, cancellationToken).ConfigureAwait(false);
    }

    // Takes the lock of `folder`; when it cannot (another build holds it: RG5011 with its PID; it cannot be created:
    // RG5012), returns null and the failed result that says so.
    private static OutputLock? Lock(string folder, string activity, string advice, out BuildResult? refusal)
    {
        var diagnostics = new DiagnosticBag();
        refusal = null;
        try
        {
            if (OutputLock.TryAcquire(folder, out var holder) is { } held)
            {
                return held;
            }

            var who = holder is { } pid ? string.Create(CultureInfo.InvariantCulture, $"PID {pid}") : "PID unknown";
            diagnostics.Error(DiagnosticCodes.OutputLocked, $"another build ({who}) is {activity}; nothing was written. Wait for it to finish, or {advice} (lock: {OutputLock.Files(folder).Lock})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.PublishFailed, $"cannot lock {folder}: {e.Message}; nothing was written");
        }

        refusal = new BuildResult(diagnostics.Sorted(), null, []);
        return null;
    }

    private static void CheckOutput(BuildOptions options)
    {
        // The last build's list of files (read from its record: tens of MB at scale) matters only for a folder without
        // the marker that every published site has.
        if (Refuse(() => OutputGuard.Check(options.ProjectRoot, options.Output, options.CacheDirectory, OutputGuard.IsMarked(options.Output) ? null : BuildManifest.PublishedFiles(options.CacheDirectory)), options.Output) is { } refusal)
        {
            throw new OutputRefusedException(refusal);
        }
    }

    // An output folder that cannot even be inspected (a link loop, no permission) is refused like any other.
    private static T Refuse<T>(Func<T> inspect, string output)
    {
        try
        {
            return inspect();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputRefusedException($"--out '{output}' cannot be inspected ({e.Message}); choose a folder this user can read and write", e);
        }
    }

    // The table of contents: one line per stage of DESIGN §1, each stopping the build on errors.
    private static async Task<BuildResult> RunHoldingOutputAsync(BuildOptions options, bool publish, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var timer = new StageTimer(options.Progress);
        if (!Prepare(options, publish, diagnostics))
        {
            return Failed(diagnostics, timer);
        }

        var cache = BuildCache.Open(options, publish);
        if (publish && cache is not null && options.Shard is null)
        {
            timer.Start(BuildStage.HashInputs);
            if (cache.TryUpToDate() is { } last)
            {
                return UpToDate(last, timer);
            }
        }

        timer.Start(BuildStage.LoadData);
        var shards = options.MergeShards is { } folders ? ShardSet.Read(folders, diagnostics) : null;
        if (diagnostics.HasErrors || shards?.MatchesProject(options.ProjectRoot, diagnostics) is false || Load(options, diagnostics) is not var (config, data, reports, allReports))
        {
            return Failed(diagnostics, timer);
        }

        timer.Start(BuildStage.PlanEditions);
        if (EditionPlanner.Calendar(data, config.Benchmark, diagnostics) is not { } calendar)
        {
            return Failed(diagnostics, timer);
        }

        var editions = EditionPlanner.PlanAll(reports, calendar, data, options.IncludeDrafts, options.AsOf, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timer);
        }

        NoteLoader.CheckOrphans(options.ProjectRoot, reports, editions, allReports: options.Report is null, diagnostics);

        // Ticker links go to the security pages of the whole plan: under --report, the for_each series left out still count.
        var pages = options.Report is null ? SecurityPages.From(editions) : SecurityPages.From(EditionPlanner.PlanAll(allReports.Where(r => r.ForEach is not null), calendar, data, options.IncludeDrafts, options.AsOf, new DiagnosticBag()));

        if (options.Shard is { } shard)
        {
            return await ShardAsync(options, shard, editions, pages, data, config, cache, publish, diagnostics, timer, cancellationToken).ConfigureAwait(false);
        }

        // A publishing build lays the site out straight into its staging folder beside the output (SiteFileSet.Staged):
        // each edition's chart files as soon as it is rendered, the pages as they are laid out, so neither is ever all in
        // memory; the output is untouched until the swap. Whatever does not publish deletes it (below); a killed build
        // leaves it for the next build to remove (SitePublisher.RemoveLeftovers).
        var staged = publish ? SitePublisher.Stage(options.Output) : null;
        try
        {
            return await RenderAndPublishAsync(options, publish, config, data, editions, pages, shards, cache, staged, diagnostics, timer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (staged is not null && staged.Folder != options.Output)
            {
                staged.Discard();
            }
        }
    }

    // Stages 4 and 5 (or the shards' renderings, for a merge), then the site laid out, published and recorded.
    private static async Task<BuildResult> RenderAndPublishAsync(BuildOptions options, bool publish, SiteConfig config, MarketData data, List<Edition> editions, SecurityPages pages, ShardSet? shards, BuildCache? cache, SiteFileSet? staged, DiagnosticBag diagnostics, StageTimer timer, CancellationToken cancellationToken)
    {
        timer.Start(BuildStage.RenderEditions, editions.Count);
        // --verify-cache compares the cached renderings' chart bytes, so nothing is staged early then.
        var stageCharts = options.VerifyCacheSample is > 0 ? null : staged;
        var (renderings, fromCache, _) = shards is not null ? FromShards(shards, options, editions, pages, diagnostics) : Render(editions, pages, data, config, cache, publish, diagnostics, timer, cancellationToken, stageCharts: stageCharts);
        if (options.VerifyCacheSample is > 0 and var sample)
        {
            VerifyCache(editions, renderings, fromCache, sample, data, config, diagnostics, pages, cancellationToken);
        }

        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timer);
        }

        IReadOnlyList<RenderedEdition> rendered = [.. renderings.Select(r => r!)];

        timer.Start(BuildStage.AssembleSite);
        var search = publish ? SearchIndexer.Locate(options.ProjectRoot) : null;
        if (publish && search is null)
        {
            diagnostics.Warning(DiagnosticCodes.SearchUnavailable, SearchIndexer.MissingMessage());
        }

        // The published record (docs/ledger.md): dates, corrections, refused revisions; written only after publishing.
        var publication = Publication.Prepare(publish ? options : options with { Clock = null }, config, data, rendered, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timer);
        }

        // --pdf (docs/pdf.md): without Chromium, one warning and a site without PDFs or PDF links.
        var chromium = publish && options.Pdf is not null ? PdfPrinter.Locate(options.Chromium) : null;
        if (publish && options.Pdf is not null && chromium is null)
        {
            diagnostics.Warning(DiagnosticCodes.PdfUnavailable, PdfPrinter.MissingMessage(options.Chromium));
        }

        return await AssembleAndPublishAsync(options, publish, config, data, editions, rendered, fromCache, pages, publication, search, chromium, staged, cache, diagnostics, timer, cancellationToken).ConfigureAwait(false);
    }

    // Stage 6 and after: the site laid out (into `staged` when publishing), printed to PDF, published, recorded.
    private static async Task<BuildResult> AssembleAndPublishAsync(BuildOptions options, bool publish, SiteConfig config, MarketData data, List<Edition> editions, IReadOnlyList<RenderedEdition> rendered, bool[] fromCache, SecurityPages pages, Publication? publication, SearchIndexer? search, string? chromium, SiteFileSet? staged, BuildCache? cache, DiagnosticBag diagnostics, StageTimer timer, CancellationToken cancellationToken)
    {
        SiteFileSet files;
        try
        {
            files = AssembleSite.Run(options.ProjectRoot, config, data, rendered, diagnostics, search is not null, publication, pdf: chromium is not null, into: staged);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.PublishFailed, $"publishing failed: {e.Message}; the previous site is unchanged");
            return Failed(diagnostics, timer);
        }

        StrictMode.Apply(options.Strict, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timer);
        }

        // The PDFs join the site in memory before anything is written: a failed printing publishes nothing (RG5071).
        if (chromium is not null)
        {
            timer.Start(BuildStage.PrintPdfs);
            if (await PdfPrinter.PrintAllAsync(files, editions, chromium, options.Pdf!.Value, publish ? options.CacheDirectory : null, diagnostics, cancellationToken).ConfigureAwait(false) is null)
            {
                return Failed(diagnostics, timer);
            }
        }

        var written = false;
        if (publish)
        {
            timer.Start(BuildStage.Publish);
            if (await PublishAsync(files, options.Output, search, diagnostics, cancellationToken).ConfigureAwait(false) is not { } wrote)
            {
                return Failed(diagnostics, timer);
            }

            written = wrote;
            if (publication?.Commit(options.ProjectRoot, diagnostics) is false)
            {
                cache = null; // not recorded as up to date, so the next build writes the ledger again
            }

            cache?.Record(editions, rendered, diagnostics.Sorted(), full: options.Report is null && options.AsOf is null, publication?.Written);
        }

        var names = editions.Select(e => e.Key).ToList();
        return new BuildResult(diagnostics.Sorted(), files, editions)
        {
            Timings = timer.Stop(),
            Rendered = rendered,
            Pages = pages,
            Incremental = new IncrementalReport(
                [.. names.Where((_, i) => !fromCache[i])],
                [.. names.Where((_, i) => fromCache[i])],
                written)
            {
                ChartsDrawn = rendered.Where((_, i) => !fromCache[i]).Sum(r => r.Charts.Count(c => !c.Reused)),
                ChartsFromCache = rendered.Where((_, i) => !fromCache[i]).Sum(r => r.Charts.Count(c => c.Reused)),
            },
        };
    }

    // Before anything is read: under the lock, whatever a killed build left beside the output is cleared (whether or not
    // this build ends up publishing), and inputs no build may read (a FIFO, a link out of the project, a 10 GB file)
    // stop the build before anything is read or hashed.
    private static bool Prepare(BuildOptions options, bool publish, DiagnosticBag diagnostics)
    {
        if (publish)
        {
            SitePublisher.RemoveLeftovers(options.Output, w => diagnostics.Warning(DiagnosticCodes.PublishFailed, w));
        }

        SourceFiles.CheckInputs(options.ProjectRoot, diagnostics);
        return !diagnostics.HasErrors;
    }

    private static BuildResult UpToDate((IReadOnlyList<Edition> Editions, IReadOnlyList<Diagnostic> Diagnostics, SiteFileSet Files) last, StageTimer timer) =>
        new(last.Diagnostics, last.Files, last.Editions)
        {
            Timings = timer.Stop(),
            Incremental = new IncrementalReport([], [.. last.Editions.Select(e => e.Key)], false) { UpToDate = true },
        };

    // Stage 1 (and the inputs of stage 3): settings, every CSV with its sources.yml entry, the report templates; all
    // problems are collected, then the build stops: metrics on bad data are worse than none.
    // Stage 1 as build and serve's session both do it: settings (with --base-url), data (through the session's cache of
    // parsed files when given) and the selected reports; null when any of them reported an error.
    // Reports: those the run covers (--report); AllReports: every report that loaded, parsed once for both.
    internal static (SiteConfig Config, MarketData Data, List<ReportDefinition> Reports, IReadOnlyList<ReportDefinition> AllReports)? Load(BuildOptions options, DiagnosticBag diagnostics, DataFileCache? dataCache = null)
    {
        var root = options.ProjectRoot;
        var config = SiteConfigReader.Read(root, diagnostics);
        if (options.BaseUrl is { } baseUrl)
        {
            config = config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };
        }

        var data = LoadData.Run(root, diagnostics, config.Benchmark, dataCache);
        var all = ReportLoader.Run(root, diagnostics);
        var reports = EditionPlanner.Select(all, root, options.Report, diagnostics);
        return diagnostics.HasErrors ? null : (config, data, reports, all);
    }

    // Stages 2, 4 and 5 per edition (facts, text, charts), in parallel; results keep plan order, so output does not
    // depend on scheduling. An edition whose inputs hash to a cached key is taken from the cache instead.
    // `plan` (default: `editions`) is the whole build's plan, whose earlier editions are each edition's history: a shard
    // renders its share of it. `pages` are the security pages ticker links go to. Also returns each edition's own diagnostics.
    // With `stageCharts` (a publishing build's staged site), each edition's chart files are written there once it is
    // rendered (and cached), and its rendering keeps only their names and hashes (ChartFile.Staged).
    private static (RenderedEdition?[] Rendered, bool[] FromCache, IReadOnlyList<Diagnostic>[] Found) Render(List<Edition> editions, SecurityPages pages, MarketData data, SiteConfig config, BuildCache? cache, bool publish, DiagnosticBag diagnostics, StageTimer timer, CancellationToken cancellationToken, IReadOnlyList<Edition>? plan = null, SiteFileSet? stageCharts = null)
    {
        // Every edition links its mentions of the covered securities (Text/SecurityLinks), so they are in every key.
        cache?.Plan(editions, pages);
        var rendered = new RenderedEdition?[editions.Count];
        var fromCache = new bool[editions.Count];
        var warnings = new IReadOnlyList<Diagnostic>[editions.Count];
        Parallel.For(0, editions.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var own = new DiagnosticBag();
            rendered[i] = cache?.TryGet(i, editions[i], own);
            fromCache[i] = rendered[i] is not null;
            rendered[i] ??= RenderEdition.Run(editions[i], plan ?? editions, data, config, own, cache?.ChartFolder, pages);
            var found = warnings[i] = own.Sorted();
            if (rendered[i] is { } done && !fromCache[i] && !own.HasErrors && publish)
            {
                cache?.Put(i, done, found);
            }

            if (stageCharts is not null && rendered[i] is { } ready && !own.HasErrors)
            {
                rendered[i] = StageCharts(ready, stageCharts);
            }

            foreach (var d in found)
            {
                diagnostics.Add(d);
            }

            timer.Item(editions[i].Key, rendered[i]?.Charts.Count ?? 0);
        });
        return (rendered, fromCache, warnings);
    }

    // The rendering with its chart files written into the staged site and their bytes dropped. A file that cannot be
    // staged (its path already taken, a write error) keeps its bytes: the assembly adds it and reports the problem as
    // it does for any file.
    private static RenderedEdition StageCharts(RenderedEdition rendered, SiteFileSet staged)
    {
        if (rendered.Charts.Count == 0)
        {
            return rendered;
        }

        var charts = new List<RenderedChart>(rendered.Charts.Count);
        foreach (var chart in rendered.Charts)
        {
            var files = new List<ChartFile>(chart.Files.Count);
            foreach (var file in chart.Files)
            {
                try
                {
                    staged.Add(rendered.Edition.ChartFolder + file.Name, file.Bytes);
                    files.Add(file with { Bytes = [], Staged = true });
                }
                catch (Exception e) when (e is SitePathException or IOException or UnauthorizedAccessException)
                {
                    files.Add(file);
                }
            }

            charts.Add(chart with { Files = files });
        }

        return rendered with { Charts = charts };
    }

    // Stage 6: an unchanged site is not swapped (the output folder, and anything serving it, is left alone). Search
    // indexes the complete staged tree before the swap, so the published site and its index always match; its index is a
    // function of the pages, so it is not compared. Returns whether the site was written, or null on failure.
    private static async Task<bool?> PublishAsync(SiteFileSet files, string output, SearchIndexer? search, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var generated = search is null ? null : SearchIndexer.Folder;
        if (OutputComparer.Matches(files, output, generated))
        {
            // The output already holds these bytes: a staged copy is dropped, and the set reads from the output.
            if (files.Folder is not null)
            {
                files.Discard();
                files.MovedTo(output);
            }

            return false;
        }

        try
        {
            await SitePublisher.PublishAsync(files, output, search is null ? null : (staging, ct) => search.RunAsync(staging, diagnostics, ct, files.SearchPages()), w => diagnostics.Warning(DiagnosticCodes.PublishFailed, w), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.PublishFailed, $"publishing failed: {e.Message}; the previous site is unchanged");
            return null;
        }

        if (files.Folder is not null)
        {
            files.MovedTo(output); // the staging folder is the output now
        }

        // What is recorded as published must be what is on disk: verify before last-build.json says so.
        if (!OutputComparer.Matches(files, output, generated))
        {
            diagnostics.Error(DiagnosticCodes.PublishFailed, $"{output} was replaced but does not hold the site just built (something else changed it during publishing); it is not recorded as built: build again");
            return null;
        }

        return true;
    }

    // --verify-cache: renders a random sample of the editions taken from the cache afresh (charts drawn, not read from
    // the chart cache) and reports any whose cached rendering differs in any byte. Which editions are checked varies
    // from run to run so that repeated runs cover the cache; the published site does not depend on the choice.
    private static void VerifyCache(List<Edition> editions, RenderedEdition?[] rendered, bool[] fromCache, int sample, MarketData data, SiteConfig config, DiagnosticBag diagnostics, SecurityPages pages, CancellationToken cancellationToken)
    {
        var cached = Enumerable.Range(0, editions.Count).Where(i => fromCache[i]).ToArray();
        Random.Shared.Shuffle(cached);
        Parallel.ForEach(cached.Take(sample), new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var again = RenderEdition.Run(editions[i], editions, data, config, new DiagnosticBag(), chartCacheDirectory: null, pages);
            if (again is null || !EditionCache.Serialize(rendered[i]!, []).AsSpan().SequenceEqual(EditionCache.Serialize(again, [])))
            {
                diagnostics.Error(DiagnosticCodes.CacheMismatch, $"the cached rendering of {editions[i].Key} differs from a fresh rendering ({(again is null ? "it now fails to render" : Difference(rendered[i]!, again))}); the cache cannot be trusted: delete .reportgen-cache, or build with --no-cache");
            }
        });
    }

    private static readonly EqualityComparer<byte[]> ByteArrays = EqualityComparer<byte[]>.Create((a, b) => a.AsSpan().SequenceEqual(b), a => a.Length);

    private static string Difference(RenderedEdition cached, RenderedEdition fresh) =>
        cached.Title != fresh.Title ? "title" :
        cached.Summary != fresh.Summary ? "summary" :
        cached.BodyHtml != fresh.BodyHtml ? "body" :
        !cached.Charts.SelectMany(c => c.Files).Select(f => f.Bytes).SequenceEqual(fresh.Charts.SelectMany(c => c.Files).Select(f => f.Bytes), ByteArrays) ? "a chart" :
        "figures or sources";

    // A build that stopped: its diagnostics and stage timings, no site.
    internal static BuildResult Failed(DiagnosticBag diagnostics, StageTimer timer) => new(diagnostics.Sorted(), null, []) { Timings = timer.Stop() };
}
