using ReportGen.Project;
using ReportGen.Site;

namespace ReportGen.Incremental;

/// <summary>Tells whether an output folder already holds exactly a site's files, so that publishing can be skipped.</summary>
public static class OutputComparer
{
    /// <summary>True when <paramref name="outputDirectory"/> has exactly the paths of <paramref name="files"/> (no more, no fewer) with the same bytes.</summary>
    /// <param name="files">The site built in memory.</param>
    /// <param name="outputDirectory">The output folder; a missing folder never matches.</param>
    /// <param name="generatedFolder">A top-level folder that publishing generates from the pages (the search index), or null:
    /// it must exist in the output, and its contents are not compared.</param>
    /// <exception cref="IOException">A file in the folder cannot be read.</exception>
    public static bool Matches(SiteFileSet files, string outputDirectory, string? generatedFolder = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!Directory.Exists(outputDirectory) || (generatedFolder is not null && !Directory.Exists(Path.Combine(outputDirectory, generatedFolder))))
        {
            return false;
        }

        var wanted = files.Files;
        var present = SourceFiles.Enumerate(outputDirectory, "*")
            .Where(f => generatedFolder is null || !SourceFiles.Relative(outputDirectory, f).StartsWith(generatedFolder + "/", StringComparison.Ordinal))
            .ToList();
        if (present.Count != wanted.Count)
        {
            return false;
        }

        foreach (var full in present)
        {
            var path = SourceFiles.Relative(outputDirectory, full);
            if (!wanted.TryGetValue(path, out var content) || new FileInfo(full).Length != content.Length || !File.ReadAllBytes(full).AsSpan().SequenceEqual(content))
            {
                return false;
            }
        }

        return true;
    }
}
