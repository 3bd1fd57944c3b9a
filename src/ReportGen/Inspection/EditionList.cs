using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;

namespace ReportGen.Inspection;

/// <summary>The editions a build would write (<c>reportgen list</c>): data and reports are loaded and planned, nothing is rendered.</summary>
public static class EditionList
{
    /// <summary>Plans the editions of <paramref name="options"/>.</summary>
    /// <param name="options">The project, as-of limit, drafts and report filter.</param>
    /// <param name="diagnostics">Where data and front-matter problems go.</param>
    /// <returns>The editions, report by report (ordinal file order), oldest first; empty when loading failed.</returns>
    public static IReadOnlyList<Edition> Plan(BuildOptions options, DiagnosticBag diagnostics)
    {
        return PlannedProject.Load(options, diagnostics)?.Editions ?? [];
    }
}
