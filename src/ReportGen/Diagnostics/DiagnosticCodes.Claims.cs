namespace ReportGen.Diagnostics;

/// <summary>Codes of the claim-word check of <c>reportgen check</c> (issue 14): qualitative words must be decided by the figures.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>
    /// A claim word ("led", "again", "broad", "higher risk", "widest", ...; the list is <c>ClaimWordScanner.Words</c>)
    /// typed into template prose outside a block whose condition reads data, and not in a paragraph marked
    /// <c>{{# fixed: reason }}</c> (reported by <c>check</c>).
    /// </summary>
    public const string ClaimWord = "RG2010";

    /// <summary>A fixed-text marker <c>{{# fixed }}</c> without its reason; it marks nothing until it says why the paragraph is fixed text (reported by <c>check</c>).</summary>
    public const string FixedMarkerWithoutReason = "RG2019";
}
