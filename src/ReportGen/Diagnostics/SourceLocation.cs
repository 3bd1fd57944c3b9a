using System.Globalization;

namespace ReportGen.Diagnostics;

/// <summary>A place in an input file: path relative to the project root (forward slashes), 1-based line and column.</summary>
/// <param name="Path">Project-relative path with '/' separators, e.g. <c>data/prices/NVDA.csv</c>.</param>
/// <param name="Line">1-based line number; 0 when the whole file is meant.</param>
/// <param name="Column">1-based character column; 0 when the whole line is meant.</param>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The location of a whole file.</summary>
    public static SourceLocation File(string path) => new(path, 0, 0);

    /// <summary><c>path:line:col</c> (omitting zero parts), as compilers print it.</summary>
    public override string ToString() => Line <= 0
        ? Path
        : Column <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}")
            : string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}");
}
