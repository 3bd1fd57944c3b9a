namespace ReportGen.Diagnostics;

/// <summary>Columnar input (RG2110-RG2119): daily prices in a Parquet file under data/prices/ (read through DuckDB; layout in
/// docs/scaling.md). A location's line is the 1-based row of the file (its order in the file, header excluded) and its
/// column the 1-based position of the column in the file's schema.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A Parquet file cannot be read: not Parquet, truncated, or the embedded engine (DuckDB) cannot be loaded.</summary>
    public const string UnreadableParquet = "RG2110";

    /// <summary>A Parquet file lacks <c>ticker</c>, <c>date</c> or both of <c>adj_close</c> and <c>close</c>, or has a column the layout does not know.</summary>
    public const string BadParquetSchema = "RG2111";

    /// <summary>A Parquet column has the wrong type: <c>ticker</c> must be a string, <c>date</c> a DATE, prices numbers, <c>volume</c> an integer.</summary>
    public const string BadParquetType = "RG2112";

    /// <summary>A Parquet cell is null (or a ticker is empty or padded with spaces).</summary>
    public const string NullParquetValue = "RG2113";

    /// <summary>Within one ticker of a Parquet file, a date is not later than the row before it (duplicate or out of order).</summary>
    public const string UnsortedParquetDate = "RG2114";

    /// <summary>A Parquet price is not finite, zero or negative, or outside the plausible range of any other price file; or a volume is negative.</summary>
    public const string BadParquetValue = "RG2115";

    /// <summary>A one-day move in a Parquet price series looks like an unadjusted split (the rule of <see cref="SuspectedSplit"/>).</summary>
    public const string ParquetSuspectedSplit = "RG2116";

    /// <summary>A Parquet row's high is below its low, or its open or close lies outside them.</summary>
    public const string ParquetHighBelowLow = "RG2117";
}
