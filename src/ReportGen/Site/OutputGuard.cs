using System.Globalization;
using ReportGen.Project;

namespace ReportGen.Site;

/// <summary>
/// Decides whether a folder may be used as a build's output, before anything is written: publishing replaces the whole
/// folder, so it must never be one of the project's inputs, a folder above them, the file system root or a home folder,
/// a file, or a non-empty folder that ReportGen did not write.
/// </summary>
/// <remarks>
/// Paths are compared after resolving symbolic links in every existing component (<see cref="SourceFiles.RealPath"/>), so a link to <c>data/</c> is
/// <c>data/</c>. A folder counts as ReportGen's when it holds <see cref="MarkerFile"/>, which every published site
/// contains; a missing or empty folder is created.
/// </remarks>
public static class OutputGuard
{
    /// <summary>The marker file at the root of every published site (<c>.reportgen-site</c>): proof that ReportGen wrote the folder and may replace it.</summary>
    public const string MarkerFile = ".reportgen-site";

    /// <summary>The marker's content (UTF-8, LF).</summary>
    public const string MarkerText = "This folder is written by ReportGen (reportgen build): each build replaces everything in it.\n";

    /// <summary>The project entries a build reads or keeps, relative to the project folder; the output may not be, contain or lie inside any of them.</summary>
    public static IReadOnlyList<string> ProtectedEntries => ProjectLayout.Inputs;

    /// <summary>True when <paramref name="output"/> holds <see cref="MarkerFile"/> (a site ReportGen published); then
    /// <see cref="Check"/> needs no record of the last build's files.</summary>
    /// <param name="output">The output folder.</param>
    /// <returns>Whether the marker is there.</returns>
    public static bool IsMarked(string output) => File.Exists(Path.Combine(output, MarkerFile));

    /// <summary>Why <paramref name="output"/> may not be a build's output, or null when it may.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="output">The output folder as given (relative to the working folder or absolute).</param>
    /// <param name="cacheDirectory">The build's cache folder, also protected; null for none.</param>
    /// <param name="lastPublished">The site-relative paths that the last build recorded publishing (from the cache's
    /// <c>last-build.json</c>), or null: a folder without the marker that holds exactly these files was written by a
    /// ReportGen from before the marker, and is accepted.</param>
    /// <returns>A one-line reason naming the folder, or null.</returns>
    /// <exception cref="IOException">A path cannot be inspected.</exception>
    public static string? Check(string projectRoot, string output, string? cacheDirectory, IReadOnlySet<string>? lastPublished = null)
    {
        ArgumentNullException.ThrowIfNull(projectRoot);
        ArgumentNullException.ThrowIfNull(output);
        var target = SourceFiles.RealPath(output);
        var shown = Path.GetFullPath(output);
        if (Path.GetPathRoot(target) == target || target.Length == 0)
        {
            return $"--out '{shown}' is the file system root; choose a folder for the site, such as <project>/site";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home) && SourceFiles.Contains(target, SourceFiles.RealPath(home)))
        {
            return $"--out '{shown}' is a home folder or above one; choose a folder for the site, such as <project>/site";
        }

        var root = SourceFiles.RealPath(projectRoot);
        var protectedPaths = ProtectedEntries.Select(e => Path.Combine(root, e)).Prepend(root);
        if (cacheDirectory is not null)
        {
            protectedPaths = protectedPaths.Append(SourceFiles.RealPath(cacheDirectory));
        }

        foreach (var input in protectedPaths)
        {
            var real = SourceFiles.RealPath(input);
            if (SourceFiles.Contains(target, real) || (input != root && SourceFiles.Contains(real, target)))
            {
                var what = input == root ? "the project folder" : $"'{Path.GetFileName(input)}' of the project";
                var relation = target == real ? "is" : SourceFiles.Contains(target, real) ? "contains" : "lies inside";
                return $"--out '{shown}' {relation} {what} ({real}); a build replaces its output folder whole, so it must lie outside the project's inputs (for example <project>/site)";
            }
        }

        if (File.Exists(target))
        {
            return $"--out '{shown}' is a file; expected a folder (it is created when missing)";
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, MarkerFile)) && !IsLastPublished(target, lastPublished))
        {
            var entries = Directory.EnumerateFileSystemEntries(target).Count();
            return string.Create(CultureInfo.InvariantCulture, $"--out '{shown}' holds {entries} entr{(entries == 1 ? "y" : "ies")} and was not created by ReportGen (it has no {MarkerFile}); a build replaces its output folder whole, so give an empty or new folder, or empty this one first");
        }

        return null;
    }

    private static bool IsLastPublished(string folder, IReadOnlySet<string>? lastPublished)
    {
        if (lastPublished is null || lastPublished.Count == 0)
        {
            return false;
        }

        var present = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        return present.SetEquals(lastPublished);
    }
}
