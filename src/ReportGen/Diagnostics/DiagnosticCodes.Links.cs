namespace ReportGen.Diagnostics;

/// <summary>Codes of ticker links (issue 20): mentions of securities in editions' text and the pages they link to.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>
    /// <c>check</c>, warning: an edition's text prints a security (its name or ticker through the engine: <c>name</c>, a
    /// view's <c>name</c> or <c>ticker</c>, <c>ranked</c>, <c>best_of</c>, a chart caption) that no <c>for_each</c> series
    /// gives a page, so the mention is plain text while others link. Reported once per report and security, at its first
    /// mention, and only when the project has at least one security page (a project without tear sheets links nothing and
    /// is not warned).
    /// </summary>
    public const string MentionWithoutPage = "RG3100";
}
