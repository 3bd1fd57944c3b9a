namespace ReportGen.Diagnostics;

/// <summary>One problem found in the input, printed as <c>path:line:col: error RGnnnn: message</c>.</summary>
/// <remarks>
/// However large the input, a diagnostic stays small: a quoted value (<c>'...'</c>) in the message keeps at most
/// <see cref="MaxQuoted"/> characters, the message at most <see cref="MaxMessage"/>, and the source line is kept and
/// shown as a window of at most <see cref="MaxQuoted"/> characters around the column.
/// </remarks>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">The stable code, <c>RG1xxx</c> data, <c>RG2xxx</c> text, <c>RG3xxx</c> metrics, <c>RG4xxx</c> charts, <c>RG5xxx</c> site, <c>RG9xxx</c> internal.</param>
/// <param name="Message">What was found and what was expected, including the offending value.</param>
/// <param name="Location">Where, or null when the problem has no place in a file.</param>
/// <param name="SourceLine">The text of the offending line, shown under the message with a caret; null if unknown.</param>
public sealed partial record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation? Location = null, string? SourceLine = null)
{
    /// <summary>Most characters of input a diagnostic quotes (200): in one quoted value, and of the source line.</summary>
    public const int MaxQuoted = 200;

    /// <summary>Most characters of a message (1,000).</summary>
    public const int MaxMessage = 1000;

    /// <summary>What was found and what was expected; quoted values cut to <see cref="MaxQuoted"/> characters.</summary>
    public string Message { get; init; } = Clamp(Message);

    /// <summary>The offending line, or the part of it around the column (at most <see cref="MaxQuoted"/> characters, with … where cut).</summary>
    public string? SourceLine { get; init; } = Window(SourceLine, Location?.Column ?? 0).Text;

    /// <summary>Where the caret goes under <see cref="SourceLine"/> (1-based): the location's column, moved when the line was cut.</summary>
    public int CaretColumn { get; init; } = Window(SourceLine, Location?.Column ?? 0).Column;

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
        var caret = Location.Column > 0 ? new string(' ', CaretColumn - 1) + "^" : string.Empty;
        return $"{this}\n  {gutter} | {SourceLine}\n  {pad} | {caret}";
    }

    private static string Clamp(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var clamped = LongQuote().Replace(message, m => "'" + m.Groups[1].Value[..MaxQuoted] + "…'");
        return clamped.Length > MaxMessage ? clamped[..MaxMessage] + "…" : clamped;
    }

    // A window of at most MaxQuoted characters of `line` around `column`, and the caret's column within it.
    private static (string? Text, int Column) Window(string? line, int column)
    {
        if (line is null || line.Length <= MaxQuoted)
        {
            return (line, column);
        }

        const int width = MaxQuoted - 2; // room for an ellipsis at each end
        var start = Math.Clamp(column - 1 - (width / 2), 0, line.Length - width);
        var prefix = start > 0 ? "…" : string.Empty;
        var suffix = start + width < line.Length ? "…" : string.Empty;
        return (string.Concat(prefix, line.AsSpan(start, width), suffix), column - start + prefix.Length);
    }

    [System.Text.RegularExpressions.GeneratedRegex("'([^'\\n]{201,})'", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LongQuote();
}
