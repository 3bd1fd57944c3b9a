namespace ReportGen.Diagnostics;

/// <summary>Chart-stage codes (RG4xxx).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A declared chart cannot be built: unknown kind, ticker or universe, or data that does not cover its window.</summary>
    public const string ChartUnavailable = "RG4001";
}
