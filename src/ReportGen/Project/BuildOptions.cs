namespace ReportGen.Project;

/// <summary>What to build and where.</summary>
/// <param name="ProjectRoot">The project folder holding reportgen.yml, data/ and templates/.</param>
/// <param name="OutputDirectory">Where the site goes; null for <c>&lt;project&gt;/site</c>.</param>
/// <param name="AsOf">Optional cut-off: nothing after this date is read.</param>
/// <param name="IncludeDrafts">Also build the current incomplete period of each report, marked as a draft.</param>
/// <param name="BaseUrl">Overrides reportgen.yml's base_url (absolute, with or without a sub-path).</param>
/// <param name="Report">Only this report series (slug), or null for all.</param>
public sealed record BuildOptions(string ProjectRoot, string? OutputDirectory = null, DateOnly? AsOf = null, bool IncludeDrafts = false, string? BaseUrl = null, string? Report = null)
{
    /// <summary>The resolved output folder.</summary>
    public string Output => OutputDirectory ?? new ProjectLayout(ProjectRoot).DefaultOutput;

    /// <summary>
    /// Folder of the incremental-build cache (rendered editions keyed by the hash of everything they read), or null to
    /// render every edition from scratch. The conventional place is <see cref="DefaultCacheDirectory"/>.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// With a cache: how many of the editions taken from it to render afresh and compare byte for byte (chosen at random
    /// each build); any difference is an error <c>RG5013</c> and nothing is published. Null or 0 for none.
    /// </summary>
    public int? VerifyCacheSample { get; init; }

    /// <summary>
    /// <c>--strict</c>: warnings fail the run. A build with a warning before publishing stops with
    /// <see cref="Diagnostics.DiagnosticCodes.StrictWarnings"/> and publishes nothing (see <see cref="Diagnostics.StrictMode"/>).
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>Receives a report as each stage starts and each edition is rendered; null for none. Called from worker threads.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>
    /// The publication clock (UTC). With it, a publishing build is a publication (docs/ledger.md): editions not yet in
    /// <c>published/ledger.csv</c> are recorded at this time, a changed published figure stops the build, and the ledger is
    /// written after the site is published. Null (library callers, tests that do not publish) reads the ledger but never
    /// writes it: revisions are warnings. <c>reportgen build</c> passes the system clock; tests pass a fixed time.
    /// </summary>
    public Func<DateTimeOffset>? Clock { get; init; }

    /// <summary>False (with a <see cref="Clock"/>) compares and dates like a publication but never writes the ledger, and
    /// revisions and stale data are warnings: what <c>serve</c> does.</summary>
    public bool RecordPublication { get; init; } = true;

    /// <summary><c>--accept-revisions</c>: publish changed figures of published editions as dated corrections instead of failing.</summary>
    public bool AcceptRevisions { get; init; }

    /// <summary>
    /// <c>--why "…"</c> with <c>--accept-revisions</c>: the editor's reason for the revision, put before the reason ReportGen
    /// finds for each corrected item ("{note}; {found}") in <c>published/corrections.csv</c> and on the notices. ReportGen
    /// can name a changed data row, but only the editor can say why a template or method changed. One line, at most
    /// <see cref="MaxRevisionNoteLength"/> characters (the CLI refuses others); null: the found reasons alone.
    /// </summary>
    public string? RevisionNote { get; init; }

    /// <summary>The longest <see cref="RevisionNote"/> accepted, in characters.</summary>
    public const int MaxRevisionNoteLength = 300;

    /// <summary>
    /// <c>--pdf</c>: also print every edition page to <c>&lt;edition folder&gt;/&lt;report&gt;-&lt;period&gt;.pdf</c> on this paper,
    /// with Chromium (<c>Site/PdfPrinter</c>), and link it from the page; null (the default) for no PDFs. Only a
    /// publishing build prints.
    /// </summary>
    public PdfPaper? Pdf { get; init; }

    /// <summary>The Chromium executable that prints PDFs; null to find one (<c>PdfPrinter.Locate</c>: REPORTGEN_CHROMIUM, /usr/bin/chromium, PATH).</summary>
    public string? Chromium { get; init; }

    /// <summary>
    /// <c>build --shard i/n</c>: render only this shard's share of the planned editions (<see cref="ShardSpec.Owns"/>)
    /// and publish them to <see cref="Output"/> as a shard folder for <c>reportgen merge</c>, instead of a site; null for a
    /// whole build. The ledger is neither read nor written (the merge does that, as a single build would).
    /// </summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>
    /// <c>reportgen merge</c>: the shard folders (written by <c>build --shard</c>) to take every edition's rendering from
    /// instead of rendering it, then build the site as usual; null for a build that renders. They must be all the shards
    /// of one build of this project's inputs (<c>Sharding/ShardSet</c> checks; errors RG5100-RG5108).
    /// </summary>
    public IReadOnlyList<string>? MergeShards { get; init; }

    /// <summary><c>&lt;project&gt;/.reportgen-cache</c>, the cache folder the command line uses (git-ignored).</summary>
    public string DefaultCacheDirectory => new ProjectLayout(ProjectRoot).DefaultCache;
}
