namespace ReportGen.Diagnostics;

/// <summary>Chart-stage codes (RG4xxx).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A declared chart cannot be built for an edition: an unknown ticker or universe, a declaration that lacks what its kind needs, or data that does not cover its window. (An unknown kind or window is <see cref="BadFrontMatter"/>, found when the report is loaded.)</summary>
    public const string ChartUnavailable = "RG4001";
}
