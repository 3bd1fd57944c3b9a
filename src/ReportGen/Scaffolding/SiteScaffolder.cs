using System.Text;
using ReportGen.Project;

namespace ReportGen.Scaffolding;

/// <summary>One file of the starter project that <c>reportgen new site</c> writes.</summary>
/// <param name="Path">Its path inside the new project, with '/' or '\' separators, e.g. <c>data/prices/adjusted/QQQ.csv</c>.</param>
/// <param name="Content">Its bytes, exactly as in the sample project it was taken from.</param>
public sealed record StarterFile(string Path, ReadOnlyMemory<byte> Content);

/// <summary>The outcome of <see cref="SiteScaffolder.CreateSite"/>.</summary>
/// <param name="Outcome">Created; a usage error (the folder is not empty, or is a file); or failed (the disk refused).</param>
/// <param name="Message">The absolute path of the new project, or what went wrong.</param>
/// <param name="Reports">The report slugs of the new project (empty unless created).</param>
/// <param name="Files">How many files were written (0 unless created).</param>
public sealed record SiteScaffoldResult(ScaffoldOutcome Outcome, string Message, IReadOnlyList<string> Reports, int Files);

/// <summary>
/// <c>reportgen new site &lt;dir&gt;</c>: writes a starter project (reportgen.yml, layouts, partials, assets, FAQ entries, one
/// report, and the part of the sample's data that report reads, with data/sources.yml) into a new or empty folder, so that
/// <c>reportgen check</c> and <c>reportgen build</c> succeed in it at once. The files come from the caller (the command line
/// embeds the repository's own sample at build time); every file is written byte for byte except
/// <c>data/universes.csv</c>, which keeps only the universes whose members all have adjusted closes among the files, and
/// <c>data/sources.yml</c>, which gets a comment at its top saying which part of the sample this is. The project is
/// written into a staging folder beside the target and moved into place at the end, so a failure leaves nothing behind.
/// </summary>
public static class SiteScaffolder
{
    /// <summary>The file written at the project's root that keeps build output out of version control.</summary>
    public const string GitIgnore = ".gitignore";

    /// <summary>Writes the starter project.</summary>
    /// <param name="directory">The new project's folder (absolute or relative to the working folder); it must not exist, or be empty.</param>
    /// <param name="files">The starter files; must include <c>reportgen.yml</c> and at least one report.</param>
    /// <returns>Created with the project's absolute path; a usage error when the folder is not empty or is a file (nothing written); failed when writing failed (nothing left behind).</returns>
    /// <exception cref="ArgumentException"><paramref name="files"/> lacks reportgen.yml or a report, or names a path outside the project.</exception>
    public static SiteScaffoldResult CreateSite(string directory, IReadOnlyList<StarterFile> files)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(files);
        var normalized = files.Select(f => f with { Path = Normalize(f.Path) }).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (!normalized.Any(f => f.Path == ProjectLayout.ConfigFile))
        {
            throw new ArgumentException("the starter files lack " + ProjectLayout.ConfigFile, nameof(files));
        }

        var reports = normalized.Where(f => f.Path.StartsWith(ProjectLayout.ReportsFolder + "/", StringComparison.Ordinal) && f.Path.EndsWith(ProjectLayout.ReportExtension, StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToList();
        if (reports.Count == 0)
        {
            throw new ArgumentException("the starter files hold no report under templates/reports/", nameof(files));
        }

        if (directory.Trim().Length == 0)
        {
            return Usage("the folder name is empty; e.g. 'reportgen new site my-notes'");
        }

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (File.Exists(target))
        {
            return Usage($"{directory} is a file; give a new or empty folder: nothing was written");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            var entries = Directory.EnumerateFileSystemEntries(target).Count();
            return Usage($"{directory} is not empty ({entries} entr{(entries == 1 ? "y" : "ies")}); give a new or empty folder, so that no file of yours is overwritten: nothing was written");
        }

        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("the root folder cannot be a project", nameof(directory));
        var staging = Path.Combine(parent, ".reportgen-new-" + Path.GetFileName(target));
        try
        {
            Directory.CreateDirectory(parent);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true); // left by an earlier run that was killed half-way
            }

            foreach (var file in Contents(normalized))
            {
                var full = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, file.Content.Span);
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target); // empty: checked above
            }

            Directory.Move(staging, target);
            return new SiteScaffoldResult(ScaffoldOutcome.Created, target, reports, normalized.Count + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            return new SiteScaffoldResult(ScaffoldOutcome.Failed, $"could not write {directory}: {e.Message}; nothing was left behind", [], 0);
        }
    }

    /// <summary>The files as written: universes filtered, sources.yml annotated, a .gitignore added.</summary>
    private static IEnumerable<StarterFile> Contents(List<StarterFile> files)
    {
        var adjusted = files.Where(f => f.Path.StartsWith("data/prices/adjusted/", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            yield return file.Path switch
            {
                ProjectLayout.UniversesFile => file with { Content = UniversesWithData(file.Content, adjusted) },
                ProjectLayout.SourcesFile => file with { Content = Encoding.UTF8.GetBytes(SourcesNote(files.Count) + Encoding.UTF8.GetString(file.Content.Span)) },
                _ => file,
            };
        }

        yield return new StarterFile(GitIgnore, Encoding.UTF8.GetBytes("# Written by ReportGen: the built site, its cache and build locks.\nsite/\n.reportgen-cache/\n.site.*\n"));
    }

    /// <summary>Keeps the header and the rows of every universe whose members all have adjusted closes in the starter.</summary>
    private static byte[] UniversesWithData(ReadOnlyMemory<byte> content, HashSet<string> adjusted)
    {
        var text = Encoding.UTF8.GetString(content.Span);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline);
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => (Line: l, Universe: l.Split(',')[0], Ticker: l.Split(',').ElementAtOrDefault(1) ?? string.Empty)).ToList();
        var complete = rows.GroupBy(r => r.Universe, StringComparer.Ordinal).Where(g => g.All(r => adjusted.Contains(r.Ticker))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var kept = new[] { lines[0] }.Concat(rows.Where(r => complete.Contains(r.Universe)).Select(r => r.Line));
        return Encoding.UTF8.GetBytes(string.Join(newline, kept) + newline);
    }

    private static string SourcesNote(int files) =>
        $"""
        # This project was made by `reportgen new site`: a starter holding {files} files of ReportGen's sample project, its
        # one report's data among them. Each file below data/ is a byte-for-byte copy of the sample's, except universes.csv,
        # which keeps only the universes whose members have prices here. The entries below are the sample's provenance:
        # an entry whose files are not here matches none and is harmless. Replace the data with your own and record its
        # origin here (README of ReportGen, "Data validation").

        """.ReplaceLineEndings("\n");

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.Length == 0 || normalized.StartsWith('/') || normalized.Split('/').Any(s => s is "" or "." or ".."))
        {
            throw new ArgumentException($"'{path}' is not a relative path inside the project", nameof(path));
        }

        return normalized;
    }

    private static SiteScaffoldResult Usage(string message) => new(ScaffoldOutcome.UsageError, message, [], 0);

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the message already says the write failed.
        }
    }
}
