namespace ReportGen.Diagnostics;

/// <summary>Data-stage codes (RG1xxx): problems in CSV files and sources.yml.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A data file or folder cannot be read.</summary>
    public const string UnreadableFile = "RG1001";

    /// <summary>The header lacks a required column, or has a column the format does not know.</summary>
    public const string BadHeader = "RG1002";

    /// <summary>A field that must be a number is not one.</summary>
    public const string BadNumber = "RG1003";

    /// <summary>A field that must be an ISO date (yyyy-MM-dd) is not one.</summary>
    public const string BadDate = "RG1004";

    /// <summary>A required field is empty.</summary>
    public const string EmptyField = "RG1005";

    /// <summary>A date appears twice in one series.</summary>
    public const string DuplicateDate = "RG1006";

    /// <summary>A date is earlier than the one before it.</summary>
    public const string UnsortedDate = "RG1007";

    /// <summary>A price is zero or negative.</summary>
    public const string NonPositivePrice = "RG1008";

    /// <summary>A universe names a ticker that has no price data, or a security master row is missing.</summary>
    public const string UnknownTicker = "RG1009";

    /// <summary>A data file is not covered by any data set in data/sources.yml.</summary>
    public const string MissingSource = "RG1010";

    /// <summary>data/sources.yml is malformed or lacks a required key.</summary>
    public const string BadSources = "RG1011";

    /// <summary>A row has more or fewer fields than the header.</summary>
    public const string BadFieldCount = "RG1012";

    /// <summary>Two files give the same price field for one ticker.</summary>
    public const string ConflictingSeries = "RG1013";

    /// <summary>A key (a ticker in the security master) appears twice.</summary>
    public const string DuplicateKey = "RG1014";

    /// <summary>A field holds a value outside the allowed set (e.g. a security kind other than stock, etf, index).</summary>
    public const string BadValue = "RG1015";
}
