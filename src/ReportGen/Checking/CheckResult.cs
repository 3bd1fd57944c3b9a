using ReportGen.Diagnostics;

namespace ReportGen.Checking;

/// <summary>What <see cref="ProjectCheck"/> found.</summary>
/// <param name="Diagnostics">Every diagnostic of the in-memory build and of the checks, sorted.</param>
/// <param name="Editions">Editions the build would write.</param>
/// <param name="Files">Files the site would hold (0 when the build failed).</param>
/// <param name="Links">Internal links and images checked.</param>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, int Editions, int Files, int Links)
{
    /// <summary>True when there is no error (warnings allowed).</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
