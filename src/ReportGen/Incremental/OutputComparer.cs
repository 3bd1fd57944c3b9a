using ReportGen.Project;
using ReportGen.Site;

namespace ReportGen.Incremental;

/// <summary>Tells whether an output folder already holds exactly a site's files, so that publishing can be skipped.</summary>
public static class OutputComparer
{
    /// <summary>True when <paramref name="outputDirectory"/> has exactly the paths of <paramref name="files"/> (no more, no fewer) with the same bytes (<see cref="SiteFileSet.SameAs"/>).</summary>
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

        var present = SourceFiles.Enumerate(outputDirectory, "*")
            .Where(f => generatedFolder is null || !SourceFiles.Relative(outputDirectory, f).StartsWith(generatedFolder + "/", StringComparison.Ordinal))
            .ToList();
        if (present.Count != files.Count)
        {
            return false;
        }

        // A set in memory is compared byte for byte, a staged one (SiteFileSet.Staged) by length and SHA-256.
        return present.All(full => files.SameAs(SourceFiles.Relative(outputDirectory, full), full));
    }
}
