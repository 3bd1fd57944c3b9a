using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Site;
using ReportGen.Text;

namespace ReportGen.Incremental;

/// <summary>
/// The record of the last successful build (<c>&lt;cache&gt;/last-build.json</c>): a hash of every input, the editions,
/// the warnings and the SHA-256 of every file in the output folder after publishing (search index included). When the inputs hash the same and the output folder still
/// holds exactly those files, the next build has nothing to do and skips even loading the data.
/// </summary>
public static class BuildManifest
{
    private const string FileName = "last-build.json";

    /// <summary>
    /// How long before a record's hashing began a file's modification time must lie for its recorded stamp to be trusted
    /// (2 s: the coarsest timestamps of common file systems, FAT's, and well above ext4's and tmpfs's). A file modified
    /// later than that may have changed again within the same timestamp tick after it was hashed (git's "racily clean"
    /// entries), so it is hashed again.
    /// </summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <summary>A hash of everything a build reads: the code, the options, reportgen.yml and every file under data/, templates/ and notes/.</summary>
    /// <param name="options">The build options.</param>
    /// <returns>64 hex characters.</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public static string InputsKey(BuildOptions options) => InputsKey(options, (LastBuild?)null).Key;

    /// <summary>
    /// <see cref="InputsKey(BuildOptions)"/>, reading only the files whose stamp (length and modification time) differs
    /// from the one recorded by the last build in <paramref name="cacheDirectory"/>, or whose recorded stamp is racy (see
    /// <see cref="RacyWindow"/>): for the others the recorded SHA-256 is used, as git's index, make and ninja trust a
    /// file's stat. The key is the same either way.
    /// </summary>
    /// <param name="options">The build options.</param>
    /// <param name="cacheDirectory">The cache folder holding the last build's record, or null to hash every file.</param>
    /// <returns>The key, and the stamps of the inputs now (for <see cref="Save"/>).</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public static (string Key, FileStamps Stamps) InputsKey(BuildOptions options, string? cacheDirectory) =>
        InputsKey(options, cacheDirectory is null ? null : ReadLast(cacheDirectory));

    /// <summary>The last build's record in <paramref name="cacheDirectory"/>, read once for <see cref="InputsKey(BuildOptions, LastBuild)"/> and <see cref="TryUpToDate(string, string, BuildOptions, LastBuild)"/> (at the scale bench it is tens of MB of JSON).</summary>
    /// <param name="cacheDirectory">The cache folder.</param>
    /// <returns>The record, or null when there is none or it cannot be read.</returns>
    public static LastBuild? ReadLast(string cacheDirectory) => Read(cacheDirectory) is { } stored ? new LastBuild(stored) : null;

    /// <summary><see cref="InputsKey(BuildOptions, string)"/> with the record already read.</summary>
    /// <param name="options">The build options.</param>
    /// <param name="last">The last build's record (<see cref="ReadLast"/>), or null to hash every file.</param>
    /// <returns>The key, and the stamps of the inputs now.</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public static (string Key, FileStamps Stamps) InputsKey(BuildOptions options, LastBuild? last) => InputsKey(options, last?.Stored.Inputs, out _);

    /// <summary><see cref="InputsKey(BuildOptions, LastBuild)"/>, also telling how many files had to be read (their
    /// recorded stamps were missing, changed or racy).</summary>
    /// <param name="options">The build options.</param>
    /// <param name="last">The last build's record, or null to hash every file.</param>
    /// <param name="hashed">How many input files were read and hashed.</param>
    /// <returns>The key, and the stamps of the inputs now.</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public static (string Key, FileStamps Stamps) InputsKey(BuildOptions options, LastBuild? last, out int hashed) => InputsKey(options, last?.Stored.Inputs, out hashed);

    // The key with `previous` the stamps to trust; `hashed` counts the files read.
    private static (string Key, FileStamps Stamps) InputsKey(BuildOptions options, FileStamps? previous, out int hashed) =>
        InputsKey(options, ListInputs(options), previous, out hashed);

    /// <summary>
    /// The files a build reads, in the order <see cref="InputsKey(BuildOptions)"/> hashes them: reportgen.yml, every file
    /// under data/, templates/ and notes/ (each listed with the checks of <see cref="SourceFiles.Enumerate"/>), then the
    /// ledger (published/, listed flat with its stamps). Nothing is read; the listing does not depend on the last build's
    /// record, so <see cref="BuildCache"/> lists while the record is read.
    /// </summary>
    /// <param name="options">The build options.</param>
    /// <returns>Each file's full and project-relative path, and its listed stamp where the listing gave one.</returns>
    /// <exception cref="IOException">A folder cannot be read.</exception>
    internal static List<(string Full, string Relative, OwnFile? Listed)> ListInputs(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = options.ProjectRoot;
        var layout = new ProjectLayout(root);
        return [.. new[] { layout.Config }.Where(File.Exists)
            .Concat(SourceFiles.Enumerate(layout.Data, "*"))
            .Concat(SourceFiles.Enumerate(layout.Templates, "*"))
            .Concat(SourceFiles.Enumerate(layout.Notes, "*"))
            .Select(f => (Full: f, Relative: SourceFiles.Relative(root, f), Listed: (OwnFile?)null))
            .Concat(Ledger(layout.Published, root))]; // the ledger dates pages and holds corrections
    }

    /// <summary><see cref="InputsKey(BuildOptions, LastBuild, out int)"/> over a listing already made (<see cref="ListInputs"/>).</summary>
    /// <param name="options">The build options.</param>
    /// <param name="inputs">The listing.</param>
    /// <param name="last">The last build's record, or null to hash every file.</param>
    /// <param name="hashed">How many input files were read and hashed.</param>
    /// <returns>The key, and the stamps of the inputs now.</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    internal static (string Key, FileStamps Stamps) InputsKey(BuildOptions options, IReadOnlyList<(string Full, string Relative, OwnFile? Listed)> inputs, LastBuild? last, out int hashed) =>
        InputsKey(options, inputs, last?.Stored.Inputs, out hashed);

    private static (string Key, FileStamps Stamps) InputsKey(BuildOptions options, IReadOnlyList<(string Full, string Relative, OwnFile? Listed)> inputs, FileStamps? previous, out int hashed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var read = 0;
        var stamps = new FileStamps(DateTime.UtcNow.Ticks, new Dictionary<string, FileStamp>(inputs.Count, StringComparer.Ordinal));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\0"));
        Text("reportgen-build v1");
        Text(typeof(BuildManifest).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        Text(typeof(ReportGen.Metrics.InsufficientDataException).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        Text(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFullPath(options.Output)}|{options.AsOf:yyyy-MM-dd}|{options.IncludeDrafts}|{options.BaseUrl}|{options.Report}|{options.AcceptRevisions}|{options.RevisionNote}|{options.Clock is null}|{options.RecordPublication}"));
        Text(SearchIndexer.Locate(options.ProjectRoot) is { } search ? "search " + search.Script : "no search");
        Text(options.Pdf is { } paper ? $"pdf {paper} {PdfPrinter.Locate(options.Chromium)}" : "no pdf");
        foreach (var (file, relative, listed) in inputs)
        {
            Text(relative);
            var stamp = listed is { } l ? FileStamps.Stamp(file, l.Length, l.Modified, previous, relative, out var h) : FileStamps.Stamp(file, previous, relative, out h);
            read += h ? 1 : 0;
            stamps.Files[relative] = stamp;
            hash.AppendData(Convert.FromHexString(stamp.Sha256));
        }

        hashed = read;
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), stamps);
    }

    // The ledger's files (published/: two per edition, 80,000 at the scale bench's 5,000 securities), written by ReportGen
    // itself: listed flat with their stamps (SourceFiles.WalkOwn), or, when the folder holds a link or a file that is not
    // regular, by the checking listing that follows links only inside the folder and leaves out special files.
    private static IEnumerable<(string Full, string Relative, OwnFile? Listed)> Ledger(string folder, string root)
    {
        List<OwnFile> listed;
        try
        {
            listed = SourceFiles.WalkOwn(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            listed = [new OwnFile(string.Empty, 0, 0, IsLink: true)];
        }

        var prefix = SourceFiles.Relative(root, folder) + "/";
        return listed.Any(f => f.IsLink)
            ? SourceFiles.Enumerate(folder, "*").Select(f => (f, SourceFiles.Relative(root, f), (OwnFile?)null))
            : listed.Select(f => (Path.Combine(folder, f.Path), prefix + f.Path, (OwnFile?)f));
    }

    /// <summary>
    /// The inputs' key and stamps after a build wrote the ledger (<c>published/</c>, an input that the build itself writes
    /// after publishing): <paramref name="before"/>, the stamps taken when the build began, with the ledger files it wrote
    /// taken as they are now, so that the next build is up to date instead of going through the edition cache once.
    /// Null (record the key from before) when any other input changed since <paramref name="before"/>: the next build
    /// must see that change.
    /// </summary>
    /// <param name="options">The build options.</param>
    /// <param name="before">The inputs' stamps taken before the build read anything.</param>
    /// <param name="written">Project-relative paths ('/' separators) of the ledger files the build wrote.</param>
    /// <returns>The key and stamps now, or null.</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public static (string Key, FileStamps Stamps)? AfterLedgerWrite(BuildOptions options, FileStamps before, IReadOnlySet<string> written)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(written);
        var (key, now) = InputsKey(options, before, out _);
        var changed = now.Files.Where(f => !before.Files.TryGetValue(f.Key, out var b) || b.Sha256 != f.Value.Sha256).Select(f => f.Key)
            .Concat(before.Files.Keys.Where(k => !now.Files.ContainsKey(k)));
        return changed.All(written.Contains) ? (key, now) : null;
    }

    /// <summary>Records a successful build under <paramref name="cacheDirectory"/>.</summary>
    /// <param name="cacheDirectory">The cache folder.</param>
    /// <param name="inputsKey">The <see cref="InputsKey(BuildOptions, string)"/> computed before the build read anything.</param>
    /// <param name="editions">The editions built.</param>
    /// <param name="diagnostics">The build's warnings, replayed when the next build is skipped.</param>
    /// <param name="outputDirectory">The output folder as published (including files publishing generates, such as the search index).</param>
    /// <exception cref="IOException">The cache folder cannot be written, or the output folder cannot be read.</exception>
    /// <param name="inputs">The inputs' stamps from <see cref="InputsKey(BuildOptions, string)"/>, or null to record none (the next build hashes every input).</param>
    public static void Save(string cacheDirectory, string inputsKey, IReadOnlyList<Edition> editions, IReadOnlyList<Diagnostic> diagnostics, string outputDirectory, FileStamps? inputs = null)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var output = new FileStamps(DateTime.UtcNow.Ticks, new Dictionary<string, FileStamp>(StringComparer.Ordinal));
        foreach (var file in SourceFiles.WalkOwn(outputDirectory).Where(f => !f.IsLink))
        {
            output.Files[file.Path] = FileStamps.Stamp(Path.Combine(outputDirectory, file.Path), file.Length, file.Modified, null, string.Empty, out _);
        }

        Write(cacheDirectory, new Stored(
            inputsKey,
            [.. editions.Select(e => new StoredEdition(e.Report.Slug, e.Period.ToString(), e.AsOf, e.IsDraft, e.Item))],
            diagnostics,
            new Dictionary<string, string>()) // the output's hashes are in its stamps: not written twice (tens of MB at scale)
        {
            Inputs = inputs,
            Output = output,
        });
    }

    private static void Write(string cacheDirectory, Stored stored)
    {
        Directory.CreateDirectory(cacheDirectory);
        var path = Path.Combine(cacheDirectory, FileName);
        var temp = string.Create(CultureInfo.InvariantCulture, $"{path}.{Environment.ProcessId}.tmp");
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(stored));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// The last build's result when nothing changed since: same <paramref name="inputsKey"/>, and the output folder holds
    /// exactly the files it published, byte for byte. Otherwise null.
    /// </summary>
    /// <param name="cacheDirectory">The cache folder.</param>
    /// <param name="inputsKey">The inputs' key now.</param>
    /// <param name="options">The build options (project and output folder).</param>
    /// <returns>The editions, warnings and site as published, or null when a build is needed.</returns>
    public static (IReadOnlyList<Edition> Editions, IReadOnlyList<Diagnostic> Diagnostics, SiteFileSet Files)? TryUpToDate(string cacheDirectory, string inputsKey, BuildOptions options) =>
        TryUpToDate(cacheDirectory, inputsKey, options, ReadLast(cacheDirectory));

    /// <summary><see cref="TryUpToDate(string, string, BuildOptions)"/> with the record already read (<see cref="ReadLast"/>).</summary>
    /// <param name="cacheDirectory">The cache folder (its record is refreshed when racy stamps were checked).</param>
    /// <param name="inputsKey">The inputs' key now.</param>
    /// <param name="options">The build options.</param>
    /// <param name="last">The last build's record, or null.</param>
    /// <returns>The editions, warnings and site as published, or null when a build is needed.</returns>
    public static (IReadOnlyList<Edition> Editions, IReadOnlyList<Diagnostic> Diagnostics, SiteFileSet Files)? TryUpToDate(string cacheDirectory, string inputsKey, BuildOptions options, LastBuild? last) =>
        TryUpToDate(cacheDirectory, inputsKey, options, last, refreshedInputs: null);

    /// <summary><see cref="TryUpToDate(string, string, BuildOptions, LastBuild)"/>, recording <paramref name="refreshedInputs"/>
    /// (the inputs' stamps just taken, when some had to be read again) when the build is up to date.</summary>
    /// <param name="cacheDirectory">The cache folder (its record is refreshed when racy stamps were checked).</param>
    /// <param name="inputsKey">The inputs' key now.</param>
    /// <param name="options">The build options.</param>
    /// <param name="last">The last build's record, or null.</param>
    /// <param name="refreshedInputs">The inputs' stamps now, to record; null when none was read again.</param>
    /// <returns>The editions, warnings and site as published, or null when a build is needed.</returns>
    public static (IReadOnlyList<Edition> Editions, IReadOnlyList<Diagnostic> Diagnostics, SiteFileSet Files)? TryUpToDate(string cacheDirectory, string inputsKey, BuildOptions options, LastBuild? last, FileStamps? refreshedInputs)
    {
        ArgumentNullException.ThrowIfNull(options);
        return last?.Stored.InputsKey != inputsKey ? null : TryUpToDate(cacheDirectory, inputsKey, options, last, refreshedInputs, CompareOutput(last, options.Output, ListOutput(options.Output)));
    }

    /// <summary>The output folder listed as <see cref="CompareOutput"/> compares it: flat, one <c>lstat</c> per entry, no link followed (<see cref="SourceFiles.WalkOwn"/>). Made while the
    /// record is read (<see cref="BuildCache"/>).</summary>
    /// <param name="output">The output folder.</param>
    /// <returns>The entries, or null when the folder does not exist or cannot be listed (a build is needed).</returns>
    internal static List<OwnFile>? ListOutput(string output)
    {
        try
        {
            return Directory.Exists(output) ? SourceFiles.WalkOwn(output) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The output as the last build published it, compared file by file, whatever the inputs: each file by its stamp when
    /// the record holds one that can be trusted, else by its SHA-256 (the bytes are not kept). <see cref="BuildCache"/>
    /// runs it while the inputs are listed and stamped.
    /// </summary>
    /// <param name="last">The last build's record, or null.</param>
    /// <param name="output">The output folder.</param>
    /// <param name="present">Its entries now (<see cref="ListOutput"/>); null when it is missing or unreadable.</param>
    /// <returns>The files' paths and stamps, or null when the output is not what the record says (a build is needed).</returns>
    /// <exception cref="IOException">A file whose stamp changed cannot be read.</exception>
    internal static OutputCheck? CompareOutput(LastBuild? last, string output, List<OwnFile>? present)
    {
        var stored = last?.Stored;
        // What the last build published: each file's stamp (with its SHA-256), or in records of older builds only the hashes.
        var recorded = stored?.Output?.Files;
        var legacy = stored?.Files is { Count: > 0 } hashes ? hashes : null;
        // The output is ReportGen's own: listed flat, one lstat per entry, no link followed (a link, or anything the last
        // build did not write, means a build is needed).
        if (stored is null || (recorded is null && legacy is null) || present is null || present.Count != (legacy?.Count ?? recorded!.Count))
        {
            return null;
        }

        // One lookup per file; the site's bytes are read only when a caller asks for them (the CLI does not).
        var checkedAt = DateTime.UtcNow.Ticks;
        var stamps = new List<(string Path, FileStamp Stamp)>(present.Count);
        var rehashed = false;
        foreach (var entry in present)
        {
            var relative = entry.Path;
            FileStamp? old = null;
            bool known;
            if (legacy is null)
            {
                known = recorded!.TryGetValue(relative, out old);
            }
            else
            {
                known = legacy.ContainsKey(relative);
                old = recorded?.GetValueOrDefault(relative);
            }

            if (entry.IsLink || !known || !SiteFileSet.IsSafe(relative))
            {
                return null; // a link, a file the site set would not accept, or one the last build did not write: build again
            }

            var expected = legacy?[relative] ?? old!.Sha256;
            var full = Path.Combine(output, relative);
            var trusted = old is not null && old.Length == entry.Length && old.Modified == entry.Modified;
            if (!trusted && !SourceFiles.IsRegularFile(full))
            {
                return null; // a FIFO or device where a page was: never read it
            }

            var stamp = FileStamps.Stamp(full, entry.Length, entry.Modified, stored.Output, relative, out var hashed);
            if (stamp.Sha256 != expected)
            {
                return null;
            }

            rehashed |= hashed;
            stamps.Add((relative, stamp));
        }

        return new OutputCheck(checkedAt, stamps, rehashed);
    }

    /// <summary>
    /// <see cref="TryUpToDate(string, string, BuildOptions, LastBuild, FileStamps)"/> with the output already listed
    /// (<see cref="ListOutput"/>) and compared (<see cref="CompareOutput"/>).
    /// </summary>
    /// <param name="cacheDirectory">The cache folder (its record is refreshed when racy stamps were checked).</param>
    /// <param name="inputsKey">The inputs' key now.</param>
    /// <param name="options">The build options.</param>
    /// <param name="last">The last build's record, or null.</param>
    /// <param name="refreshedInputs">The inputs' stamps now, to record; null when none was read again.</param>
    /// <param name="output">The output's comparison with the record; null when it differs.</param>
    /// <returns>The editions, warnings and site as published, or null when a build is needed.</returns>
    internal static (IReadOnlyList<Edition> Editions, IReadOnlyList<Diagnostic> Diagnostics, SiteFileSet Files)? TryUpToDate(string cacheDirectory, string inputsKey, BuildOptions options, LastBuild? last, FileStamps? refreshedInputs, OutputCheck? output)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stored = last?.Stored;
        if (stored is null || output is null || stored.Editions is null || stored.Diagnostics is null || stored.InputsKey != inputsKey)
        {
            return null;
        }

        var paths = output.Stamps.ConvertAll(s => s.Path);
        var folder = options.Output;
        var files = SiteFileSet.Deferred(paths, path => File.ReadAllBytes(Path.Combine(folder, path)));

        var reports = ReportLoader.Run(options.ProjectRoot, new DiagnosticBag()).ToDictionary(r => r.Slug, StringComparer.Ordinal);
        var editions = new List<Edition>();
        foreach (var e in stored.Editions)
        {
            if (!reports.TryGetValue(e.Report, out var report) || !Period.TryParse(e.Period, out var period))
            {
                return null;
            }

            editions.Add(new Edition(report, period, e.AsOf, e.IsDraft) { Item = e.Item });
        }

        if (output.Rehashed || stored.Output is null || refreshedInputs is not null)
        {
            // Like git refreshing its index: record the stamps just checked, so the next build trusts them without reading.
            var stamps = new FileStamps(output.CheckedAt, output.Stamps.ToDictionary(s => s.Path, s => s.Stamp, StringComparer.Ordinal));
            Write(cacheDirectory, stored with { Output = stamps, Inputs = refreshedInputs ?? stored.Inputs });
        }

        return (editions, stored.Diagnostics, files);
    }

    /// <summary>The output compared with the last build's record (<see cref="CompareOutput"/>).</summary>
    /// <param name="CheckedAt">When the comparison began (UTC ticks): the stamps' <see cref="FileStamps.HashedAt"/>.</param>
    /// <param name="Stamps">Each file's site path and stamp, in path order.</param>
    /// <param name="Rehashed">True when some file had to be read (its recorded stamp was missing, changed or racy).</param>
    internal sealed record OutputCheck(long CheckedAt, List<(string Path, FileStamp Stamp)> Stamps, bool Rehashed);

    private static Stored? Read(string cacheDirectory)
    {
        var path = Path.Combine(cacheDirectory, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The site-relative paths of every file the last recorded build published, or null when there is no readable record.</summary>
    /// <param name="cacheDirectory">The cache folder.</param>
    /// <returns>The paths, ordinal.</returns>
    public static IReadOnlySet<string>? PublishedFiles(string? cacheDirectory)
    {
        if (cacheDirectory is null)
        {
            return null;
        }

        try
        {
            var path = Path.Combine(cacheDirectory, FileName);
            return File.Exists(path) && JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path)) is { Files: not null } stored
                ? stored.PublishedFiles()!.Keys.ToHashSet(StringComparer.Ordinal)
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The record of the last build as read from <c>last-build.json</c> (opaque).</summary>
    public sealed class LastBuild
    {
        internal LastBuild(Stored stored) => Stored = stored;

        internal Stored Stored { get; }
    }

    internal sealed record Stored(string InputsKey, IReadOnlyList<StoredEdition> Editions, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Files)
    {
        // The inputs' and the output's stamps (absent in records of older builds: then every file is hashed once).
        public FileStamps? Inputs { get; init; }

        public FileStamps? Output { get; init; }

        // The SHA-256 of every file published, by site path: from the output's stamps (records of older builds: Files).
        public IReadOnlyDictionary<string, string>? PublishedFiles() =>
            Files is { Count: > 0 } || Output?.Files is null ? Files : Output.Files.ToDictionary(f => f.Key, f => f.Value.Sha256, StringComparer.Ordinal);
    }

    internal sealed record StoredEdition(string Report, string Period, DateOnly AsOf, bool IsDraft, string? Item = null);
}
