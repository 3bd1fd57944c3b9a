namespace ReportGen.Diagnostics;

/// <summary>Narrative codes: claims a template makes about its figures.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A template asserted a claim (<c>{{ claim "beat" a b }}</c>) that its own figures contradict in this edition.</summary>
    public const string ClaimContradicted = "RG2011";
}
