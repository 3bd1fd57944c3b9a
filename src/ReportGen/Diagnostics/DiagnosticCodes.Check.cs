namespace ReportGen.Diagnostics;

/// <summary>Codes that only <c>reportgen check</c> reports: it renders the would-be site in memory and inspects it.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>An internal link or image (<c>href</c>, <c>src</c>, <c>srcset</c>) on a page points at a file the site does not contain.</summary>
    public const string BrokenLink = "RG5020";

    /// <summary>A link or image uses a <c>javascript:</c>, <c>vbscript:</c>, <c>data:</c> or <c>file:</c> URL (reported by <c>check</c>).</summary>
    public const string UnsafeUrl = "RG5021";
}
