using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Incremental;
using ReportGen.Planning;
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

    /// <summary>Duration of each stage that ran, in pipeline order.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>Every rendered edition (texts, figures, charts), in plan order; empty on failure.</summary>
    public IReadOnlyList<RenderedEdition> Rendered { get; init; } = [];

    /// <summary>Which editions were rendered and which reused, and whether the output folder was written.</summary>
    public IncrementalReport Incremental { get; init; } = IncrementalReport.Empty;

    /// <summary>The covered securities the build linked to (of the whole plan, also under <c>--report</c>); none when the build stopped before rendering.</summary>
    public SecurityPages Pages { get; init; } = SecurityPages.None;
}
