namespace ReportGen.Diagnostics;

/// <summary>Codes of the site's language (<c>language</c> and <c>labels</c> in reportgen.yml, docs/languages.md): RG1090-RG1094.</summary>
public static partial class DiagnosticCodes
{
    /// <summary><c>language</c> in reportgen.yml names a language ReportGen has no number and date formats for (it lists the ones it has).</summary>
    public const string UnknownLanguage = "RG1090";
}
