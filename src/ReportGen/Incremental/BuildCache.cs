using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Site;

namespace ReportGen.Incremental;

/// <summary>
/// Everything a build keeps between runs, behind one object: the up-to-date shortcut (<see cref="BuildManifest"/>), the
/// rendered editions (<see cref="EditionCache"/>, keyed by <see cref="EditionKeys"/>) and the chart PNGs (keyed by
/// <see cref="ChartRenderer.ContentHash"/>). Its folder holds <c>editions/</c>, <c>charts/</c>, <c>last-build.json</c> and
/// the lock <c>.build.lock</c>; it is safe to delete at any time (the next build renders everything again).
/// </summary>
/// <remarks>
/// Use: <see cref="Open"/> (null without a cache), <see cref="TryUpToDate"/>, then <see cref="Plan"/> with the planned
/// editions, <see cref="TryGet"/>/<see cref="Put"/> per edition (thread-safe for distinct indexes), and after publishing
/// <see cref="Record"/>. A build that does not publish (<c>check</c>) reads the cache and writes nothing to it.
/// </remarks>
public sealed class BuildCache
{
    private const string ChartsFolder = "charts";
    private const string LockName = "build";

    private readonly BuildOptions _options;
    private readonly bool _writable;
    private readonly EditionCache _editions;
    private string? _inputsKey;
    private FileStamps? _inputStamps;
    private IReadOnlyList<string> _keys = [];

    private BuildCache(BuildOptions options, string directory, bool writable)
    {
        _options = options;
        _writable = writable;
        Directory = directory;
        _editions = new EditionCache(directory);
    }

    /// <summary>The cache folder.</summary>
    public string Directory { get; }

    /// <summary>The folder whose <see cref="OutputLock"/> serialises builds that share the cache in <paramref name="directory"/>.</summary>
    /// <param name="directory">The cache folder.</param>
    public static string LockFolderOf(string directory) => Path.Combine(directory, LockName);

    /// <summary>Where the chart stage reads and stores PNGs by content hash; null when this build must not write to the cache.</summary>
    public string? ChartFolder => _writable ? Path.Combine(Directory, ChartsFolder) : null;

    /// <summary>The cache of the build described by <paramref name="options"/>, or null when it has none (<c>--no-cache</c>).</summary>
    /// <param name="options">The build options; <see cref="BuildOptions.CacheDirectory"/> locates the cache.</param>
    /// <param name="publish">True for a build that publishes (and so may write to the cache).</param>
    /// <exception cref="IOException">The cache folder cannot be created.</exception>
    public static BuildCache? Open(BuildOptions options, bool publish)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.CacheDirectory is { } directory ? new BuildCache(options, directory, publish) : null;
    }

    /// <summary>
    /// The last build's result when no input changed since it and the output still holds what it published, else null.
    /// Never for <c>--verify-cache</c>, which must load the cached editions.
    /// </summary>
    /// <returns>The editions, diagnostics and files of the last build, or null.</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public (IReadOnlyList<Edition> Editions, IReadOnlyList<Diagnostic> Diagnostics, SiteFileSet Files)? TryUpToDate()
    {
        if (!_writable)
        {
            return null;
        }

        // The reads that do not depend on each other run at once (a no-change rebuild of 5,000 securities spends its
        // time in them: a 54 MB record, 86,000 inputs and 219,000 output files listed; docs/scaling.md): the record;
        // the output's listing, then its comparison with the record; and on this thread the inputs' listing. Stamping
        // the inputs needs the record.
        var record = Task.Run(() => BuildManifest.ReadLast(Directory));
        var output = _options.VerifyCacheSample is > 0 ? Task.FromResult<BuildManifest.OutputCheck?>(null) : Task.Run(async () =>
        {
            var listed = BuildManifest.ListOutput(_options.Output);
            try
            {
                return BuildManifest.CompareOutput(await record.ConfigureAwait(false), _options.Output, listed);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null; // an output file that changed and cannot be read: the build writes the output again
            }
        });
        List<(string Full, string Relative, OwnFile? Listed)> inputs;
        try
        {
            inputs = BuildManifest.ListInputs(_options);
        }
        finally
        {
            Task.WaitAll(record, output); // never left running past this build's lock
        }

        var last = record.Result;
        (_inputsKey, _inputStamps) = BuildManifest.InputsKey(_options, inputs, last, out var hashed);
        return _options.VerifyCacheSample is > 0 ? null : BuildManifest.TryUpToDate(Directory, _inputsKey, _options, last, hashed > 0 ? _inputStamps : null, output.Result);
    }

    /// <summary>Computes the cache key of each planned edition; call once, before <see cref="TryGet"/> and <see cref="Put"/>.</summary>
    /// <param name="editions">The planned editions, in plan order.</param>
    /// <param name="pages">The covered securities the editions link to (in every key); when null, those of <paramref name="editions"/>.</param>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public void Plan(IReadOnlyList<Edition> editions, SecurityPages? pages = null) => _keys = EditionKeys.Compute(_options, editions, pages);

    /// <summary>The cached rendering of edition number <paramref name="index"/> of the plan, or null.</summary>
    /// <param name="index">Index into the editions given to <see cref="Plan"/>.</param>
    /// <param name="edition">That edition.</param>
    /// <param name="diagnostics">Receives the warnings the edition had when it was rendered.</param>
    public RenderedEdition? TryGet(int index, Edition edition, DiagnosticBag diagnostics) => _editions.TryGet(_keys[index], edition, diagnostics);

    /// <summary>Stores a fresh rendering of edition number <paramref name="index"/> (only in a publishing build).</summary>
    /// <param name="index">Index into the editions given to <see cref="Plan"/>.</param>
    /// <param name="rendered">The rendering.</param>
    /// <param name="diagnostics">The edition's warnings, replayed when it is taken from the cache.</param>
    /// <exception cref="IOException">The entry cannot be written.</exception>
    public void Put(int index, RenderedEdition rendered, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (_writable)
        {
            _editions.Put(_keys[index], rendered, diagnostics);
        }
    }

    /// <summary>
    /// After a publishing build: prunes what no edition of a full build uses (entries and chart PNGs, so the cache does
    /// not grow with every data update) and records the inputs and output for the up-to-date shortcut.
    /// </summary>
    /// <param name="editions">The editions built.</param>
    /// <param name="rendered">Their renderings, in the same order.</param>
    /// <param name="diagnostics">The build's diagnostics (replayed by an up-to-date build).</param>
    /// <param name="full">True when the build covered every report and the newest data (no <c>--report</c>, no <c>--as-of</c>).</param>
    /// <exception cref="IOException">The cache cannot be written.</exception>
    /// <param name="ledgerWritten">Project-relative paths of the ledger files this build wrote after publishing (see
    /// <see cref="BuildManifest.AfterLedgerWrite"/>): their new stamps are recorded, so the next build is up to date.</param>
    public void Record(IReadOnlyList<Edition> editions, IReadOnlyList<RenderedEdition> rendered, IReadOnlyList<Diagnostic> diagnostics, bool full, IReadOnlySet<string>? ledgerWritten = null)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        if (!_writable)
        {
            return;
        }

        if (ledgerWritten is { Count: > 0 } && _inputStamps is { } before && _inputsKey is not null && BuildManifest.AfterLedgerWrite(_options, before, ledgerWritten) is { } after)
        {
            (_inputsKey, _inputStamps) = after;
        }

        if (full)
        {
            _editions.Prune(_keys.ToHashSet(StringComparer.Ordinal));
            PruneCharts(rendered);
        }

        BuildManifest.Save(Directory, _inputsKey ?? BuildManifest.InputsKey(_options), editions, diagnostics, _options.Output, _inputsKey is null ? null : _inputStamps);
    }

    private void PruneCharts(IEnumerable<RenderedEdition> rendered)
    {
        var folder = Path.Combine(Directory, ChartsFolder);
        if (!System.IO.Directory.Exists(folder))
        {
            return;
        }

        var keep = rendered.SelectMany(r => r.Charts).SelectMany(c => c.Files.Select(f => f.ContentHash))
            .Select(ChartRenderer.CacheFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(folder))
        {
            if (!keep.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }
}
