namespace ReportGen.Pipeline;

/// <summary>
/// The one place that lists directories. Results are sorted ordinally so that every build sees files in the same order
/// on every machine (determinism).
/// </summary>
public static class SourceFiles
{
    /// <summary>Files under <paramref name="directory"/> matching <paramref name="pattern"/>, recursively, sorted ordinally by
    /// their path relative to <paramref name="directory"/>; empty when the directory does not exist.</summary>
    /// <param name="directory">Absolute or working-directory-relative folder.</param>
    /// <param name="pattern">A file-name pattern such as <c>*.csv</c>.</param>
    /// <param name="recursive">Whether to descend into sub-folders.</param>
    /// <returns>Full paths.</returns>
    public static IReadOnlyList<string> Enumerate(string directory, string pattern, bool recursive = true)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        return [.. Directory.EnumerateFiles(directory, pattern, option)
            .OrderBy(p => ToForwardSlashes(Path.GetRelativePath(directory, p)), StringComparer.Ordinal)];
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to <paramref name="root"/>, with '/' separators.</summary>
    public static string Relative(string root, string fullPath) => ToForwardSlashes(Path.GetRelativePath(root, fullPath));

    private static string ToForwardSlashes(string path) => path.Replace('\\', '/');
}
