using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Planning;
using ReportGen.Project;

namespace ReportGen.Pipeline;

/// <summary>
/// A project loaded and planned as a build does it, for the commands that read editions without building a site
/// (<c>list</c>, <c>list --angles</c>, <c>check --scenarios</c>): its settings, its data and the editions of its reports
/// on the house benchmark's trading calendar.
/// </summary>
/// <param name="Config">The settings of reportgen.yml.</param>
/// <param name="Data">All loaded data.</param>
/// <param name="Editions">The planned editions, report by report (ordinal file order), oldest first.</param>
public sealed record PlannedProject(SiteConfig Config, MarketData Data, IReadOnlyList<Edition> Editions)
{
    /// <summary>Loads settings, data and reports (only <see cref="BuildOptions.Report"/> when set) and plans their editions.</summary>
    /// <param name="options">The project, as-of limit, drafts and report filter.</param>
    /// <param name="diagnostics">Where settings, data and front-matter problems go.</param>
    /// <returns>The planned project, or null when loading reported an error or the house benchmark has no prices.</returns>
    public static PlannedProject? Load(BuildOptions options, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var config = SiteConfigReader.Read(options.ProjectRoot, diagnostics);
        var data = LoadData.Run(options.ProjectRoot, diagnostics, config.Benchmark);
        var reports = EditionPlanner.Select(ReportLoader.Run(options.ProjectRoot, diagnostics), options.ProjectRoot, options.Report, diagnostics);
        if (diagnostics.HasErrors || EditionPlanner.Calendar(data, config.Benchmark, diagnostics) is not { } calendar)
        {
            return null;
        }

        var editions = EditionPlanner.PlanAll(reports, calendar, data, options.IncludeDrafts, options.AsOf, diagnostics);
        return diagnostics.HasErrors ? null : new PlannedProject(config, data, editions);
    }
}
