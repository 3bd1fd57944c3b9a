using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Planning;
using ReportGen.Project;

namespace ReportGen.Incremental;

/// <summary>
/// The cache key of each edition: a SHA-256 over everything its rendering reads. Equal keys mean the edition renders to
/// the same title, dek, body, figures and charts.
/// </summary>
/// <remarks>
/// The key covers: the code (the module version ids of ReportGen.Core and ReportGen.Metrics, which a deterministic
/// build changes whenever the code does), reportgen.yml and the <c>--base-url</c> override, every partial under
/// <c>templates/partials/</c>, the report file's whole text, the edition's own note (<c>notes/&lt;report&gt;/&lt;period&gt;.md</c>:
/// its path and bytes, or its absence, so a note edit re-renders only its edition), the edition's period, as-of date, draft flag and whether it draws the og:image PNG (<see cref="Edition.DrawsSocialImage"/>), the
/// <see cref="DataFingerprint"/> of <c>data/</c>, and the covered securities (<see cref="SecurityPages.Fingerprint"/>: a new
/// tear-sheet series changes which mentions are links, so it re-renders every edition); files count by the SHA-256 of their bytes. Layouts are not part of it: they are applied
/// after the cache, to every page, on every build.
/// </remarks>
public static class EditionKeys
{
    /// <summary>Computes the key of every edition.</summary>
    /// <param name="options">The build options (project folder and base URL override).</param>
    /// <param name="editions">The planned editions.</param>
    /// <param name="pages">The covered securities the editions link to; when null, those of <paramref name="editions"/>
    /// (<see cref="SecurityPages.From"/>).</param>
    /// <returns>One 64-character hex key per edition, in the same order.</returns>
    /// <exception cref="IOException">An input file cannot be read.</exception>
    public static IReadOnlyList<string> Compute(BuildOptions options, IReadOnlyList<Edition> editions, SecurityPages? pages = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(editions);
        return Compute(options, editions, DataFingerprint.Compute(options.ProjectRoot, editions.Select(e => e.AsOf)).KeyFor, pages: pages);
    }

    /// <summary>
    /// Computes the key of every edition with the data part given by the caller: a process that keeps the data in memory
    /// (<c>serve</c>) knows which as-of dates a data edit reached without hashing every data file again.
    /// </summary>
    /// <param name="options">The build options (project folder and base URL override).</param>
    /// <param name="editions">The planned editions.</param>
    /// <param name="dataKey">The key of the data an edition as of a date may read; equal keys must mean equal data cuts.</param>
    /// <param name="reportAsLoaded">True to key each report by the text its definition was loaded with (UTF-16 code units)
    /// instead of the file's bytes now: a process that renders while the editor saves must key what it rendered.</param>
    /// <param name="pages">The covered securities the editions link to; when null, those of <paramref name="editions"/>.</param>
    /// <returns>One 64-character hex key per edition, in the same order.</returns>
    /// <exception cref="IOException">A template, note or settings file cannot be read.</exception>
    public static IReadOnlyList<string> Compute(BuildOptions options, IReadOnlyList<Edition> editions, Func<DateOnly, string> dataKey, bool reportAsLoaded = false, SecurityPages? pages = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(dataKey);
        var root = options.ProjectRoot;
        var shared = new StringBuilder();
        shared.Append("reportgen-edition v1\n");
        foreach (var assembly in new[] { typeof(EditionKeys).Assembly, typeof(ReportGen.Metrics.InsufficientDataException).Assembly })
        {
            shared.Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        }

        var config = new ProjectLayout(root).Config;
        shared.Append(ProjectLayout.ConfigFile + "\0").Append(File.Exists(config) ? Bytes(config) : string.Empty).Append('\0');
        shared.Append("base-url\0").Append(options.BaseUrl ?? string.Empty).Append('\0');
        shared.Append((pages ?? SecurityPages.From(editions)).Fingerprint).Append('\0');
        foreach (var partial in SourceFiles.Enumerate(new ProjectLayout(root).Partials, "*"))
        {
            shared.Append(SourceFiles.Relative(root, partial)).Append('\0').Append(Bytes(partial)).Append('\0');
        }

        var keys = new string[editions.Count];
        var sharedText = shared.ToString();
        var reportBytes = new Dictionary<string, string>(StringComparer.Ordinal); // a report file is read once, not once per edition (40,000 tear sheets)
        for (var i = 0; i < editions.Count; i++)
        {
            var e = editions[i];
            var report = Path.Combine(root, e.Report.Path);
            var note = NoteLoader.Find(root, e);
            if (!reportBytes.TryGetValue(report, out var reportKey))
            {
                reportKey = reportBytes[report] = reportAsLoaded ? Text(e.Report.Text) : File.Exists(report) ? Bytes(report) : e.Report.Text;
            }

            var text = string.Create(CultureInfo.InvariantCulture, $"{sharedText}{e.Report.Path}\0{reportKey}\0{(e.Item is null ? string.Empty : "item\0" + e.Item + "\0")}{e.Period}\0{e.AsOf:yyyy-MM-dd}\0{e.IsDraft}\0{(e.DrawsSocialImage ? string.Empty : "no-og-png\0")}{dataKey(e.AsOf)}\0note\0{(note is null ? "none" : SourceFiles.Relative(root, note) + "\0" + Bytes(note))}");
            keys[i] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }

        return keys;
    }

    private static string Text(string text) => "text:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // Every byte of a file, as the SHA-256 of its bytes (never decoded text, which could map two files to one string).
    private static string Bytes(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
