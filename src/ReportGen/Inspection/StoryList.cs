using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
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
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var config = SiteConfigReader.Read(options.ProjectRoot, diagnostics);
        var data = LoadData.Run(options.ProjectRoot, diagnostics, config.Benchmark);
        var reports = ReportLoader.Run(options.ProjectRoot, diagnostics).Where(r => options.Report is null || r.Slug == options.Report).ToList();
        if (diagnostics.HasErrors || EditionPlanner.Calendar(data, config.Benchmark, diagnostics) is not { } calendar)
        {
            return [];
        }

        var result = new List<(Edition, StoryChoice?)>();
        foreach (var report in reports)
        {
            var plan = EditionPlanner.Plan(report, calendar, options.IncludeDrafts, options.AsOf);
            foreach (var edition in plan)
            {
                var scope = EditionScope.For(data, edition.Period, edition.AsOf, report.Benchmarks, config);
                var text = RenderText.Run(edition, scope, RenderEdition.History(edition, plan, data, config), config, diagnostics);
                result.Add((edition, text?.Story));
            }
        }

        return result;
    }
}
