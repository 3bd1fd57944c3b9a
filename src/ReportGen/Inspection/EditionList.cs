using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

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
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var config = SiteConfigReader.Read(options.ProjectRoot, diagnostics);
        var data = LoadData.Run(options.ProjectRoot, diagnostics, config.Benchmark);
        var reports = ReportLoader.Run(options.ProjectRoot, diagnostics).Where(r => options.Report is null || r.Slug == options.Report).ToList();
        if (diagnostics.HasErrors || EditionPlanner.Calendar(data, config.Benchmark, diagnostics) is not { } calendar)
        {
            return [];
        }

        return [.. reports.SelectMany(r => EditionPlanner.Plan(r, calendar, options.IncludeDrafts, options.AsOf))];
    }
}
