using ReportGen.Diagnostics;

namespace ReportGen.Cli;

/// <summary>Prints diagnostics in the compiler form, with the offending line and a caret, to standard error.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic and a one-line count.</summary>
    /// <param name="diagnostics">The diagnostics, in order.</param>
    /// <param name="writer">Where to print (standard error).</param>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var d in diagnostics)
        {
            writer.WriteLine(d.ToDisplayString());
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
        {
            writer.WriteLine($"{errors} error(s), {warnings} warning(s)");
        }
    }
}
