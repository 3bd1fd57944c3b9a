using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportGen.Text.Functions;

/// <summary>A template function refused its arguments, or its markup partial failed; carries the diagnostic code (e.g. RG2003 unit mismatch) and the span (the call, or the place in the partial).</summary>
public sealed class TemplateFunctionException : ScriptRuntimeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="span">The template call site.</param>
    /// <param name="code">The diagnostic code.</param>
    /// <param name="message">What was wrong and what was expected.</param>
    public TemplateFunctionException(SourceSpan span, string code, string message)
        : base(span, message)
    {
        Code = code;
    }

    /// <summary>The diagnostic code, e.g. <c>RG2003</c>.</summary>
    public string Code { get; }

    /// <summary>
    /// The text of the file the span lies in when that is not the template being rendered (an error inside the figure,
    /// citation or chart partial), so the diagnostic can quote the line; null when the span lies in the rendered template.
    /// </summary>
    public string? SourceText { get; init; }
}
