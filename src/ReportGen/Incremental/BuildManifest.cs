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

    /// <summary>A hash of everything a build reads: the code, the options, reportgen.yml and every file under data/, templates/ and notes/.</summary>
    /// <param name="options">The build options.</param>
    /// <returns>64 hex characters.</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public static string InputsKey(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\0"));
        Text("reportgen-build v1");
        Text(typeof(BuildManifest).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        Text(typeof(ReportGen.Metrics.InsufficientDataException).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        Text(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFullPath(options.Output)}|{options.AsOf:yyyy-MM-dd}|{options.IncludeDrafts}|{options.BaseUrl}|{options.Report}|{options.AcceptRevisions}|{options.Clock is null}|{options.RecordPublication}"));
        Text(SearchIndexer.Locate(options.ProjectRoot) is { } search ? "search " + search.Script : "no search");
        Text(options.Pdf is { } paper ? $"pdf {paper} {PdfPrinter.Locate(options.Chromium)}" : "no pdf");
        var root = options.ProjectRoot;
        var layout = new ProjectLayout(root);
        var inputs = new[] { layout.Config }.Where(File.Exists)
            .Concat(SourceFiles.Enumerate(layout.Data, "*"))
            .Concat(SourceFiles.Enumerate(layout.Templates, "*"))
            .Concat(SourceFiles.Enumerate(layout.Notes, "*"))
            .Concat(SourceFiles.Enumerate(layout.Published, "*")); // the ledger dates pages and holds corrections
        foreach (var file in inputs)
        {
            Text(SourceFiles.Relative(root, file));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Records a successful build under <paramref name="cacheDirectory"/>.</summary>
    /// <param name="cacheDirectory">The cache folder.</param>
    /// <param name="inputsKey">The <see cref="InputsKey"/> computed before the build read anything.</param>
    /// <param name="editions">The editions built.</param>
    /// <param name="diagnostics">The build's warnings, replayed when the next build is skipped.</param>
    /// <param name="outputDirectory">The output folder as published (including files publishing generates, such as the search index).</param>
    /// <exception cref="IOException">The cache folder cannot be written, or the output folder cannot be read.</exception>
    public static void Save(string cacheDirectory, string inputsKey, IReadOnlyList<Edition> editions, IReadOnlyList<Diagnostic> diagnostics, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var stored = new Stored(
            inputsKey,
            [.. editions.Select(e => new StoredEdition(e.Report.Slug, e.Period.ToString(), e.AsOf, e.IsDraft, e.Item))],
            diagnostics,
            SourceFiles.Enumerate(outputDirectory, "*").ToDictionary(f => SourceFiles.Relative(outputDirectory, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal));
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
    public static (IReadOnlyList<Edition> Editions, IReadOnlyList<Diagnostic> Diagnostics, SiteFileSet Files)? TryUpToDate(string cacheDirectory, string inputsKey, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.Combine(cacheDirectory, FileName);
        Stored? stored;
        try
        {
            stored = File.Exists(path) ? JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }

        if (stored is null || stored.Files is null || stored.Editions is null || stored.Diagnostics is null || stored.InputsKey != inputsKey || !Directory.Exists(options.Output))
        {
            return null;
        }

        var present = SourceFiles.Enumerate(options.Output, "*");
        if (present.Count != stored.Files.Count)
        {
            return null;
        }

        var files = new SiteFileSet();
        foreach (var full in present)
        {
            var relative = SourceFiles.Relative(options.Output, full);
            var bytes = File.ReadAllBytes(full);
            if (!stored.Files.TryGetValue(relative, out var expected) || expected != Convert.ToHexStringLower(SHA256.HashData(bytes)))
            {
                return null;
            }

            try
            {
                files.Add(relative, bytes);
            }
            catch (ArgumentException)
            {
                return null; // a file the site set would not accept (not written by a build): build again
            }
        }

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

        return (editions, stored.Diagnostics, files);
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
                ? stored.Files.Keys.ToHashSet(StringComparer.Ordinal)
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record Stored(string InputsKey, IReadOnlyList<StoredEdition> Editions, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Files);

    private sealed record StoredEdition(string Report, string Period, DateOnly AsOf, bool IsDraft, string? Item = null);
}
