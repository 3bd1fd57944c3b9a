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
/// its path and bytes, or its absence, so a note edit re-renders only its edition), the edition's period, as-of date and draft flag, and the
/// <see cref="DataFingerprint"/> of <c>data/</c>; files count by the SHA-256 of their bytes. Layouts are not part of it: they are applied
/// after the cache, to every page, on every build.
/// </remarks>
public static class EditionKeys
{
    /// <summary>Computes the key of every edition.</summary>
    /// <param name="options">The build options (project folder and base URL override).</param>
    /// <param name="editions">The planned editions.</param>
    /// <returns>One 64-character hex key per edition, in the same order.</returns>
    /// <exception cref="IOException">An input file cannot be read.</exception>
    public static IReadOnlyList<string> Compute(BuildOptions options, IReadOnlyList<Edition> editions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(editions);
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
        foreach (var partial in SourceFiles.Enumerate(new ProjectLayout(root).Partials, "*"))
        {
            shared.Append(SourceFiles.Relative(root, partial)).Append('\0').Append(Bytes(partial)).Append('\0');
        }

        var data = DataFingerprint.Compute(root, editions.Select(e => e.AsOf));
        var keys = new string[editions.Count];
        for (var i = 0; i < editions.Count; i++)
        {
            var e = editions[i];
            var report = Path.Combine(root, e.Report.Path);
            var note = NoteLoader.Find(root, e);
            var text = string.Create(CultureInfo.InvariantCulture, $"{shared}{e.Report.Path}\0{(File.Exists(report) ? Bytes(report) : e.Report.Text)}\0{e.Period}\0{e.AsOf:yyyy-MM-dd}\0{e.IsDraft}\0{data.KeyFor(e.AsOf)}\0note\0{(note is null ? "none" : SourceFiles.Relative(root, note) + "\0" + Bytes(note))}");
            keys[i] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }

        return keys;
    }

    // Every byte of a file, as the SHA-256 of its bytes (never decoded text, which could map two files to one string).
    private static string Bytes(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
