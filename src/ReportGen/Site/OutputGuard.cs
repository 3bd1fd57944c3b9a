using System.Globalization;

namespace ReportGen.Site;

/// <summary>
/// Decides whether a folder may be used as a build's output, before anything is written: publishing replaces the whole
/// folder, so it must never be one of the project's inputs, a folder above them, the file system root or a home folder,
/// a file, or a non-empty folder that ReportGen did not write.
/// </summary>
/// <remarks>
/// Paths are compared after resolving symbolic links in every existing component, so a link to <c>data/</c> is
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
    public static IReadOnlyList<string> ProtectedEntries { get; } = ["data", "templates", "reportgen.yml", "notes"];

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
        var target = RealPath(output);
        var shown = Path.GetFullPath(output);
        if (Path.GetPathRoot(target) == target || target.Length == 0)
        {
            return $"--out '{shown}' is the file system root; choose a folder for the site, such as <project>/site";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home) && Contains(target, RealPath(home)))
        {
            return $"--out '{shown}' is a home folder or above one; choose a folder for the site, such as <project>/site";
        }

        var root = RealPath(projectRoot);
        var protectedPaths = ProtectedEntries.Select(e => Path.Combine(root, e)).Append(root);
        if (cacheDirectory is not null)
        {
            protectedPaths = protectedPaths.Append(RealPath(cacheDirectory));
        }

        foreach (var input in protectedPaths)
        {
            var real = RealPath(input);
            if (Contains(target, real) || (input != root && Contains(real, target)))
            {
                var what = input == root ? "the project folder" : $"'{Path.GetFileName(input)}' of the project";
                var relation = target == real ? "is" : Contains(target, real) ? "contains" : "lies inside";
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

    /// <summary>
    /// <paramref name="path"/> made absolute with every symbolic link in its existing components resolved (like
    /// <c>realpath -m</c>); components that do not exist yet are kept as written.
    /// </summary>
    /// <param name="path">Any path.</param>
    /// <returns>An absolute path without a trailing separator (except the root itself).</returns>
    /// <exception cref="IOException">A link cycle (more than 40 links followed).</exception>
    public static string RealPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = new FileInfo(next);
            if (info.Exists || Directory.Exists(next))
            {
                info = Directory.Exists(next) ? new DirectoryInfo(next) : info;
                if (info.LinkTarget is { } target)
                {
                    if (++links > 40)
                    {
                        throw new IOException($"'{full}': too many levels of symbolic links");
                    }

                    next = Resolve(Path.GetFullPath(target, current), ref links);
                }
            }

            current = next;
        }

        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
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

    // True when `inner` is `outer` or lies inside it (both real, absolute paths).
    private static bool Contains(string outer, string inner)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(outer, inner, comparison))
        {
            return true;
        }

        var prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, comparison);
    }
}
