using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Inspection;

/// <summary>
/// The angle each edition leads with, and every angle's score (<c>reportgen list --angles</c>): the editions are planned
/// and their text rendered as a build does (facts, history, templates), nothing is drawn or written.
/// </summary>
public static class StoryList
{
    /// <summary>Renders the text of every edition of <paramref name="options"/> and reports its story.</summary>
    /// <param name="options">The project, as-of limit, drafts and report filter.</param>
    /// <param name="diagnostics">Where data, front-matter and template problems go.</param>
    /// <returns>Each edition with its choice (null for a report that never reads <c>story</c>, or whose text failed to
    /// render), report by report, oldest first; empty when loading failed.</returns>
    public static IReadOnlyList<(Edition Edition, StoryChoice? Story)> Run(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (PlannedProject.Load(options, diagnostics) is not { } project)
        {
            return [];
        }

        // Rendered as a build renders the text (facts, history, the edition's note), nothing drawn.
        return [.. project.Editions.Select(e => (e, RenderEdition.Text(e, project.Editions, project.Data, project.Config, diagnostics)?.Story))];
    }
}
