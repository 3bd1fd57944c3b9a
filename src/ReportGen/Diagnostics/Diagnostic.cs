namespace ReportGen.Diagnostics;

/// <summary>One problem found in the input, printed as <c>path:line:col: error RGnnnn: message</c>.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">The stable code, <c>RG1xxx</c> data, <c>RG2xxx</c> text, <c>RG3xxx</c> metrics, <c>RG4xxx</c> charts, <c>RG5xxx</c> site, <c>RG9xxx</c> internal.</param>
/// <param name="Message">What was found and what was expected, including the offending value.</param>
/// <param name="Location">Where, or null when the problem has no place in a file.</param>
/// <param name="SourceLine">The text of the offending line, shown under the message with a caret; null if unknown.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation? Location = null, string? SourceLine = null)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, string message, SourceLocation? location = null, string? sourceLine = null) =>
        new(DiagnosticSeverity.Error, code, message, location, sourceLine);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, string message, SourceLocation? location = null, string? sourceLine = null) =>
        new(DiagnosticSeverity.Warning, code, message, location, sourceLine);

    /// <summary>The one-line form: <c>path:line:col: error RG1003: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return Location is null ? $"{severity} {Code}: {Message}" : $"{Location}: {severity} {Code}: {Message}";
    }

    /// <summary>The one-line form followed, when the line is known, by the line and a caret under the column.</summary>
    public string ToDisplayString()
    {
        if (SourceLine is null || Location is null || Location.Line <= 0)
        {
            return ToString();
        }

        var gutter = Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pad = new string(' ', gutter.Length);
        var caret = Location.Column > 0 ? new string(' ', Location.Column - 1) + "^" : string.Empty;
        return $"{this}\n  {gutter} | {SourceLine}\n  {pad} | {caret}";
    }
}
