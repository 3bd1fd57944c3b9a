namespace ReportGen.Diagnostics;

/// <summary>Codes for inputs a build refuses to read at all (RG1050-RG1059): special files, links out of the project, sizes over the documented limits.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>An entry under data/ or templates/ (or reportgen.yml) is a FIFO, device or socket, not a regular file.</summary>
    public const string NotARegularFile = "RG1050";

    /// <summary>A symbolic link under data/ or templates/ points outside its folder, loops, or points nowhere.</summary>
    public const string UnsafeLink = "RG1051";

    /// <summary>An input file is larger than <c>SourceFiles.MaxFileBytes</c>, or a folder holds more than <c>SourceFiles.MaxFiles</c> files.</summary>
    public const string InputTooLarge = "RG1052";

    /// <summary>A CSV field is longer than <c>CsvFile.MaxFieldLength</c> characters.</summary>
    public const string FieldTooLong = "RG1053";

    /// <summary>A CSV record has more than <c>CsvFile.MaxColumns</c> fields.</summary>
    public const string TooManyColumns = "RG1054";
}
