using System.Globalization;

namespace ReportGen.Diagnostics;

/// <summary>
/// <c>--strict</c> (<c>check</c>, <c>build</c>): warnings fail the run, so CI can refuse stale or gappy data. The warnings
/// are shown as errors (<see cref="Promote"/>) and one <see cref="DiagnosticCodes.StrictWarnings"/> error says why the
/// run failed; a build stops before publishing, so nothing is written.
/// </summary>
public static class StrictMode
{
    /// <summary>When <paramref name="strict"/> and <paramref name="diagnostics"/> holds a warning, adds the
    /// <see cref="DiagnosticCodes.StrictWarnings"/> error that fails the run.</summary>
    /// <param name="strict">Whether <c>--strict</c> was given.</param>
    /// <param name="diagnostics">The run's diagnostics so far.</param>
    public static void Apply(bool strict, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (strict && Count(diagnostics.Sorted()) is > 0 and var warnings)
        {
            diagnostics.Error(DiagnosticCodes.StrictWarnings, Message(warnings));
        }
    }

    /// <summary>The run's diagnostics as <c>--strict</c> prints them: every warning as an error, and the
    /// <see cref="DiagnosticCodes.StrictWarnings"/> error added when there was a warning and none was added yet.</summary>
    /// <param name="diagnostics">The run's diagnostics.</param>
    /// <returns>The diagnostics, in their order, and whether any was a warning.</returns>
    public static (IReadOnlyList<Diagnostic> Diagnostics, bool HadWarnings) Promote(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var warnings = Count(diagnostics);
        if (warnings == 0)
        {
            return (diagnostics, false);
        }

        var promoted = diagnostics.Select(d => d.Severity == DiagnosticSeverity.Warning ? d with { Severity = DiagnosticSeverity.Error } : d).ToList();
        if (!promoted.Exists(d => d.Code == DiagnosticCodes.StrictWarnings))
        {
            promoted.Add(Diagnostic.Error(DiagnosticCodes.StrictWarnings, Message(warnings)));
        }

        return (promoted, true);
    }

    private static int Count(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    private static string Message(int warnings) =>
        string.Create(CultureInfo.InvariantCulture, $"--strict: {warnings} warning(s) count as errors; fix them, or run without --strict");
}
