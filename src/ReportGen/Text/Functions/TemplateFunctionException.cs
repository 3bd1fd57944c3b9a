using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportGen.Text.Functions;

/// <summary>A template function refused its arguments; carries the diagnostic code (e.g. RG2003 unit mismatch) and the call's span.</summary>
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
}
