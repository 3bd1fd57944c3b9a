using ReportGen.Diagnostics;
using ReportGen.Site;

namespace ReportGen.Pipeline;

/// <summary>The outcome of a build: every diagnostic, and the site when there were no errors.</summary>
/// <param name="Diagnostics">All diagnostics, sorted.</param>
/// <param name="Files">The built site, or null when the build failed.</param>
/// <param name="Editions">Editions built (empty on failure).</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, SiteFileSet? Files, IReadOnlyList<Edition> Editions)
{
    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => Files is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
