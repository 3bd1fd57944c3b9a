namespace ReportGen.Diagnostics;

/// <summary>
/// Every diagnostic code, one constant each; stages keep their range in a partial file of their own
/// (RG1xxx data, RG2xxx text, RG3xxx metrics, RG4xxx charts, RG5xxx site, RG9xxx internal).
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>An unexpected exception: a bug in ReportGen, not in the input.</summary>
    public const string InternalError = "RG9001";
}
