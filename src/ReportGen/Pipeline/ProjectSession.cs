using System.Globalization;
using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Incremental;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Publishing;
using ReportGen.Site;
using ReportGen.Text;

namespace ReportGen.Pipeline;

/// <summary>
/// One project kept in memory across rebuilds, for <c>reportgen serve</c>: the parsed data files
/// (<see cref="DataFileCache"/>), the rendered editions by <see cref="EditionKeys"/> key and the chart PNGs by
/// <see cref="ChartRenderer.ContentHash"/>. Each <see cref="Build(CancellationToken)"/> runs the stages of <see cref="BuildPipeline"/> up to
/// the assembled <see cref="SiteFileSet"/> and writes nothing: it re-reads only the data files whose length or last-write
/// time changed, and re-renders only the editions whose key changed.
/// </summary>
/// <remarks>
/// The data part of an edition's key counts the data changes that reached its as-of date: a change to a price file
/// from date D on (<see cref="DataFileCache.ChangedFrom"/>) re-renders the editions as of D or later, which are the only
/// ones whose cut (<see cref="MarketDataCut"/>) can differ; any other data change re-renders every edition. The site is
/// the same as a build's from the same inputs (each edition is a pure function of its key's inputs, and assembling runs
/// in full every time). A build may render first the editions the reader is looking at and leave the other changed ones
/// as they were for one more build (<see cref="Deferred"/>). Not thread-safe: the caller runs one build at a time.
/// </remarks>
public sealed class ProjectSession
{
    private readonly BuildOptions _options;
    private readonly bool _searchAvailable;
    private readonly DataFileCache _data = new();
    private readonly List<DateOnly> _dataChanges = [];
    private Dictionary<string, Kept> _editions = new(StringComparer.Ordinal);
    private Dictionary<string, byte[]> _charts = new(StringComparer.Ordinal);
    private Dictionary<string, RenderedEdition> _latest = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, byte[]>? _site;
    private bool _seeded;

    /// <summary>Creates a session; nothing is read until <see cref="Build(CancellationToken)"/>.</summary>
    /// <param name="options">The project, filters and base URL; with a <see cref="BuildOptions.CacheDirectory"/>, the first
    /// build takes editions from the build cache on disk (read only).</param>
    /// <param name="searchAvailable">True when the served site has a search index (the search page then loads its UI).</param>
    public ProjectSession(BuildOptions options, bool searchAvailable)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _searchAvailable = searchAvailable;
    }

    /// <summary>The project-relative paths of the data files the last build read and parsed (the others came from memory).</summary>
    public IReadOnlyList<string> DataFilesParsed => _data.Parsed;

    /// <summary>
    /// The editions (<c>&lt;report&gt;/&lt;period&gt;</c>) whose inputs changed but which the last build left as they were
    /// because they were not asked for first (see <see cref="Build(Func{Edition, bool}, CancellationToken)"/>); empty
    /// after a complete build. The next build renders them.
    /// </summary>
    public IReadOnlyList<string> Deferred { get; private set; } = [];

    /// <summary>
    /// True when the last build laid out only the pages asked for first (see
    /// <see cref="Build(Func{Edition, bool}, CancellationToken)"/>): the other pages (series, home, archive, feed) and the
    /// <see cref="Deferred"/> editions are as they were; the next build completes the site.
    /// </summary>
    public bool Partial { get; private set; }

    /// <summary>Builds the site in memory from the inputs as they are now.</summary>
    /// <param name="cancellationToken">Stops rendering.</param>
    /// <returns>Diagnostics, the site when there were no errors, stage timings, and which editions were rendered and reused
    /// (<see cref="BuildResult.Incremental"/>).</returns>
    /// <exception cref="IOException">An input cannot be read in a way the stages do not report as a diagnostic.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public BuildResult Build(CancellationToken cancellationToken) => Build(null, cancellationToken);

    /// <summary>
    /// Builds the site in memory, rendering first what the reader is looking at: when some editions whose inputs changed
    /// match <paramref name="first"/>, only those are rendered and only their pages laid out; the other changed editions
    /// keep their last rendering (listed in <see cref="Deferred"/>) and the other pages stay as they were
    /// (<see cref="Partial"/>). The caller serves that site at once and builds again for the rest.
    /// </summary>
    /// <param name="first">The editions to render first (e.g. those whose pages are open); null for a complete build.</param>
    /// <param name="cancellationToken">Stops rendering.</param>
    /// <returns>As <see cref="Build(CancellationToken)"/>; the deferred editions count as reused.</returns>
    /// <exception cref="IOException">An input cannot be read in a way the stages do not report as a diagnostic.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public BuildResult Build(Func<Edition, bool>? first, CancellationToken cancellationToken)
    {
        Deferred = [];
        Partial = false;
        var diagnostics = new DiagnosticBag();
        var timer = new StageTimer(_options.Progress);
        timer.Start(BuildStage.LoadData);
        SourceFiles.CheckInputs(_options.ProjectRoot, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timer);
        }

        var root = _options.ProjectRoot;
        var loaded = BuildPipeline.Load(_options, diagnostics, _data);
        if (_data.ChangedFrom is { } from)
        {
            _dataChanges.Add(from);
        }

        if (loaded is not var (config, data, reports, _))
        {
            return Failed(diagnostics, timer);
        }

        timer.Start(BuildStage.PlanEditions);
        if (EditionPlanner.Calendar(data, config.Benchmark, diagnostics) is not { } calendar)
        {
            return Failed(diagnostics, timer);
        }

        var editions = EditionPlanner.PlanAll(reports, calendar, data, _options.IncludeDrafts, _options.AsOf, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timer);
        }

        NoteLoader.CheckOrphans(root, reports, editions, allReports: _options.Report is null, diagnostics);

        timer.Start(BuildStage.RenderEditions, editions.Count);
        var changes = _dataChanges.ToArray();
        var keys = EditionKeys.Compute(_options, editions, asOf => string.Create(CultureInfo.InvariantCulture, $"serve {changes.Count(c => c <= asOf)}"), reportAsLoaded: true);
        var seed = Seed(editions);
        var names = editions.Select(e => e.Key).ToList();
        var changed = Enumerable.Range(0, editions.Count).Where(i => !_editions.ContainsKey(keys[i])).ToList();
        var defer = new bool[editions.Count];
        var firstOnly = seed is null && _site is not null && first is not null && changed.Any(i => first(editions[i]));
        if (firstOnly)
        {
            changed.Where(i => !first!(editions[i]) && _latest.ContainsKey(names[i])).ToList().ForEach(i => defer[i] = true);
        }

        var rendered = new RenderedEdition?[editions.Count];
        var reused = new bool[editions.Count];
        var warnings = new IReadOnlyList<Diagnostic>[editions.Count];
        var charts = new (int Drawn, int Reused)[editions.Count];
        var chartKeys = new IReadOnlyList<string>?[editions.Count];
        Parallel.For(0, editions.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var own = new DiagnosticBag();
            if (_editions.TryGetValue(keys[i], out var kept))
            {
                (rendered[i], reused[i], chartKeys[i]) = (kept.Rendered with { Edition = editions[i] }, true, kept.ChartKeys);
                Replay(kept.Warnings, own);
            }
            else if (seed?.Cache.TryGet(seed.Value.Keys[i], editions[i], own) is { } fromDisk)
            {
                (rendered[i], reused[i]) = (fromDisk, true);
            }
            else if (defer[i])
            {
                (rendered[i], reused[i]) = (_latest[names[i]] with { Edition = editions[i] }, true);
            }
            else
            {
                (rendered[i], charts[i]) = Render(editions[i], editions, data, config, own);
            }

            chartKeys[i] ??= rendered[i] is { } r && !defer[i] ? [.. r.Charts.SelectMany(c => c.Files.Select(f => f.ContentHash))] : null;
            warnings[i] = own.Sorted();
            Replay(warnings[i], diagnostics);
            timer.Item(editions[i].Key, rendered[i]?.Charts.Count ?? 0);
        });
        Keep(keys, names, rendered, warnings, chartKeys, defer, complete: !diagnostics.HasErrors && !firstOnly);
        Deferred = [.. names.Where((_, i) => defer[i])];
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timer);
        }

        IReadOnlyList<RenderedEdition> done = [.. rendered.Select(r => r!)];
        timer.Start(BuildStage.AssembleSite);
        // The published record dates the pages as a build does (docs/ledger.md); serve has no clock, so it never records and
        // a revision or stale data is a warning here.
        var publication = Publication.Prepare(_options with { Clock = null }, config, data, done, diagnostics);
        var files = !firstOnly ? AssembleSite.Run(root, config, data, done, diagnostics, _searchAvailable, publication) : AssembleFirst(changed.Where(i => first!(editions[i])).Select(i => editions[i]).ToList(), config, data, done, publication, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, timer);
        }

        if (!firstOnly)
        {
            _site = files.Files;
        }

        Partial = firstOnly; // only a good partial build calls for the rest; a failed one is reported once

        return new BuildResult(diagnostics.Sorted(), files, editions)
        {
            Timings = timer.Stop(),
            Rendered = done,
            Incremental = new IncrementalReport([.. names.Where((_, i) => !reused[i])], [.. names.Where((_, i) => reused[i])], false)
            {
                ChartsDrawn = charts.Sum(c => c.Drawn),
                ChartsFromCache = charts.Sum(c => c.Reused),
            },
        };
    }

    // The last complete site with the pages of `first` (and their figures and charts) laid out anew; the other pages
    // follow in the next, complete build.
    private SiteFileSet AssembleFirst(List<Edition> first, SiteConfig config, MarketData data, IReadOnlyList<RenderedEdition> done, Publication? publication, DiagnosticBag diagnostics)
    {
        var folders = first.SelectMany(e => new[] { e.UrlPath, e.ChartFolder }).ToList();
        // An edition's page reads only its own series (previous, next), the FAQ and the settings, so the other series
        // are left out of this pass.
        var series = first.Select(e => e.Report.Slug).ToHashSet(StringComparer.Ordinal);
        var fresh = AssembleSite.Run(_options.ProjectRoot, config, data, [.. done.Where(r => series.Contains(r.Edition.Report.Slug))], diagnostics, _searchAvailable, publication, folder => folders.Contains(folder)).Files;
        var merged = new SiteFileSet();
        foreach (var (path, bytes) in _site!)
        {
            var own = folders.Exists(f => path.StartsWith(f, StringComparison.Ordinal));
            if (!own || fresh.ContainsKey(path))
            {
                merged.Add(path, own ? fresh[path] : bytes);
            }
        }

        foreach (var (path, bytes) in fresh.Where(f => !_site!.ContainsKey(f.Key) && folders.Exists(p => f.Key.StartsWith(p, StringComparison.Ordinal))))
        {
            merged.Add(path, bytes);
        }

        return merged;
    }

    // The build cache on disk, read once: the first build of a session takes what the last `build` (or the start of
    // `serve`) rendered; later builds have everything in memory.
    private (EditionCache Cache, IReadOnlyList<string> Keys)? Seed(IReadOnlyList<Edition> editions)
    {
        if (_seeded || _options.CacheDirectory is not { } directory)
        {
            return null;
        }

        _seeded = true;
        return (new EditionCache(directory), EditionKeys.Compute(_options, editions));
    }

    // Facts and text, then the charts: a chart whose content hash is in memory is not drawn again.
    private (RenderedEdition? Rendered, (int Drawn, int Reused) Charts) Render(Edition edition, IReadOnlyList<Edition> plan, MarketData data, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (RenderEdition.Text(edition, plan, data, config, diagnostics) is not { } text)
        {
            return (null, default);
        }

        var known = new List<RenderedChart>();
        var hashes = ChartStage.ContentHashes(text.Charts, edition.DrawsSocialImage);
        for (var c = 0; c < text.Charts.Count; c++)
        {
            var spec = text.Charts[c];
            var variants = ChartStage.VariantsOf(c, edition.DrawsSocialImage);
            var files = hashes[c].Select((hash, v) => _charts.TryGetValue(hash, out var bytes) ? new ChartFile(variants[v].FileName(spec), hash, bytes) : null).ToList();
            if (files.All(f => f is not null))
            {
                known.Add(new RenderedChart(spec, files!) { Reused = true });
            }
        }

        if (known.Count == text.Charts.Count)
        {
            return (new RenderedEdition(text.Edition, text.Title, text.Summary, text.BodyHtml, text.Figures, known, text.SourceIds), (0, known.Count));
        }

        var drawn = ChartStage.Draw(text, cacheDirectory: null);
        return (drawn, (drawn.Charts.Count, 0));
    }

    // Remembers this build's renderings (and their charts) for the next build. After a complete build only what it used
    // is kept, so memory follows the site, not the history of edits; after a failed one, good renderings are added.
    private void Keep(IReadOnlyList<string> keys, List<string> names, RenderedEdition?[] rendered, IReadOnlyList<Diagnostic>[] warnings, IReadOnlyList<string>?[] chartKeys, bool[] deferred, bool complete)
    {
        var latest = complete ? new Dictionary<string, RenderedEdition>(StringComparer.Ordinal) : new(_latest, StringComparer.Ordinal);
        var editions = complete ? new Dictionary<string, Kept>(StringComparer.Ordinal) : new(_editions, StringComparer.Ordinal);
        var charts = complete ? new Dictionary<string, byte[]>(StringComparer.Ordinal) : new(_charts, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (rendered[i] is not { } done || deferred[i] || warnings[i].Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                continue;
            }

            latest[names[i]] = done;
            var own = chartKeys[i]!;
            editions[keys[i]] = new Kept(done, warnings[i], own);
            foreach (var file in done.Charts.SelectMany(c => c.Files))
            {
                charts[file.ContentHash] = file.Bytes;
            }
        }

        _editions = editions;
        _charts = charts;
        _latest = latest;
    }

    private static void Replay(IEnumerable<Diagnostic> found, DiagnosticBag into)
    {
        foreach (var d in found)
        {
            into.Add(d);
        }
    }

    // A rendering kept for the next build: its warnings are replayed on reuse; its charts' content hashes (one per chart file).
    private sealed record Kept(RenderedEdition Rendered, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<string> ChartKeys);

    private static BuildResult Failed(DiagnosticBag diagnostics, StageTimer timer) => BuildPipeline.Failed(diagnostics, timer);
}
