namespace ReportGen.Diagnostics;

/// <summary>Codes of the site's language (<c>language</c> and <c>labels</c> in reportgen.yml, docs/languages.md): RG1090-RG1094.</summary>
public static partial class DiagnosticCodes
{
    /// <summary><c>language</c> in reportgen.yml names a language ReportGen has no number and date formats for (it lists the ones it has).</summary>
    public const string UnknownLanguage = "RG1090";

    /// <summary>A label in <c>labels</c> of reportgen.yml drops a slot of its built-in text (e.g. <c>{as_of}</c> in
    /// <c>draft_banner</c>) or adds one the layout does not fill.</summary>
    public const string LabelSlots = "RG1091";
}
