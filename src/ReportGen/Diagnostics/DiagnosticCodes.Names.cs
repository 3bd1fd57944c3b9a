namespace ReportGen.Diagnostics;

/// <summary>Codes of issue 16's checks: template constructs that swallow text, unknown names, --report and --strict.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A code block (<c>{{</c>) that swallows the text after it: not closed before the next <c>{{</c>, never closed,
    /// its Markdown heading read as a comment, or (in a Markdown template) running past its line with code on it. At the
    /// opening <c>{{</c>; see <c>Text/TemplateSyntax</c>.</summary>
    public const string UnclosedCodeBlock = "RG2050";

    /// <summary>A string literal in a code block not closed on its line, swallowing text up to the next quote. At the block's <c>{{</c>.</summary>
    public const string UnclosedString = "RG2051";

    /// <summary>A raw block (<c>{%{ ... }%}</c>) never closed: the rest of the file is printed as it stands. At its <c>{%{</c>.</summary>
    public const string UnclosedRawBlock = "RG2052";

    /// <summary><c>--report</c> names no report series of the project (with the closest slugs); nothing is built or written.</summary>
    public const string UnknownReport = "RG5035";

    /// <summary><c>--strict</c>: the run had warnings, which fail it (the warnings are printed as errors).</summary>
    public const string StrictWarnings = "RG5036";
}
