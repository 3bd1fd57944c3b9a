using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Site;
using ReportGen.Text;

namespace ReportGen.Pipeline;

/// <summary>The build, in one direction: load data → plan editions → render text and charts → assemble → publish.</summary>
public static class BuildPipeline
{
    /// <summary>Builds the site in memory and, when <paramref name="publish"/> is true and there are no errors, swaps it into the output folder.</summary>
    /// <param name="options">What to build and where.</param>
    /// <param name="publish">False for <c>check</c>: validate everything, write nothing.</param>
    /// <param name="cancellationToken">Stops the build; the output folder is then untouched.</param>
    /// <returns>Diagnostics, and the site when the build succeeded.</returns>
    /// <exception cref="IOException">Publishing failed (the previous output is intact).</exception>
    public static async Task<BuildResult> RunAsync(BuildOptions options, bool publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = options.ProjectRoot;
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(root, diagnostics);
        if (options.BaseUrl is { } baseUrl)
        {
            config = config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };
        }

        // 1. Read every CSV and its sources.yml entry; collect all bad rows, then stop: metrics on bad data are worse than none.
        var data = LoadData.Run(root, diagnostics);
        var reports = ReportLoader.Run(root, diagnostics).Where(r => options.Report is null || r.Slug == options.Report).ToList();
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        // 2-3. Plan the editions of every series, each as of its own last trading day (no look-ahead).
        var editions = reports.SelectMany(r => EditionPlanner.Plan(r, data, options.IncludeDrafts, options.AsOf, diagnostics)).ToList();

        // 4. Text and charts per edition, in parallel; results keep plan order, so output does not depend on scheduling.
        var rendered = new RenderedEdition?[editions.Count];
        Parallel.For(0, editions.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            rendered[i] = RenderEdition.Run(editions[i], data, config, diagnostics));
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        // 5. Lay out pages in memory, then (only now) touch disk: stage and swap, so the output is never half-written.
        var search = publish ? SearchIndexer.Locate(root) : null;
        if (publish && search is null)
        {
            diagnostics.Warning(DiagnosticCodes.SearchUnavailable, "Pagefind not found (it needs node on PATH and the npm package pagefind: run 'npm ci' at the repository root); the site is built without search");
        }

        var files = AssembleSite.Run(root, config, data, [.. rendered.Select(r => r!)], diagnostics, search is not null);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        if (publish)
        {
            // Search indexes the complete staged tree, before the swap, so the published site and its index always match.
            await SitePublisher.PublishAsync(files, options.Output, search is null ? null : (staging, ct) => search.RunAsync(staging, diagnostics, ct), cancellationToken).ConfigureAwait(false);
        }

        return new BuildResult(diagnostics.Sorted(), files, editions);
    }

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.Sorted(), null, []);
}
