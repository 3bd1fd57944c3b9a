using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Checking;

/// <summary>
/// <c>reportgen check</c>: builds the whole site in memory without writing anything (no output folder, no staging folder,
/// no cache), then checks what a build does not: numbers typed into report prose and editors' notes, claim words typed into
/// report prose outside a guard, and the internal links of the
/// would-be site. (Figures without a source are already build errors, RG2009, at the template call.)
/// </summary>
public static class ProjectCheck
{
    /// <summary>Checks the project of <paramref name="options"/>.</summary>
    /// <param name="options">What to check; its cache folder and output folder are ignored, and so is
    /// <see cref="BuildOptions.Strict"/> (the caller promotes warnings with <see cref="StrictMode.Promote"/>, so the whole
    /// site is still checked).</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>Every diagnostic, sorted, and the build result they came with.</returns>
    public static async Task<CheckResult> RunAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var build = await BuildPipeline.RunAsync(options with { CacheDirectory = null, Strict = false }, publish: false, cancellationToken).ConfigureAwait(false);
        var diagnostics = new DiagnosticBag();
        foreach (var d in build.Diagnostics)
        {
            diagnostics.Add(d);
        }

        // Typed numbers and claim words are found in the report files themselves, so they are reported even when the build failed.
        var reports = ReportLoader.Run(options.ProjectRoot, new DiagnosticBag()).Where(r => options.Report is null || r.Slug == options.Report);
        var names = SecurityNames(options.ProjectRoot);
        foreach (var report in reports)
        {
            TypedNumberScanner.Scan(report, diagnostics);
            ClaimWordScanner.Scan(report, names, diagnostics);
        }

        // Editors' notes obey the same rule: their figures come through template functions too.
        foreach (var note in NoteLoader.All(options.ProjectRoot, options.Report, new DiagnosticBag()))
        {
            TypedNumberScanner.Scan(note.Text, note.Front.BodyOffset, note.Path, diagnostics);
        }

        EventTextScanner.Scan(options.ProjectRoot, diagnostics);

        // Ticker links: a security printed in an edition without a page of its own (RG3100; none when there are no pages).
        MentionChecker.Check(build.Rendered, build.Pages, diagnostics);

        var links = 0;
        if (build.Files is { } site)
        {
            var baseUrl = options.BaseUrl ?? SiteConfigReader.Read(options.ProjectRoot, new DiagnosticBag()).BaseUrl;
            var basePath = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
            links = LinkChecker.Check(site, diagnostics, basePath.EndsWith('/') ? basePath : basePath + "/");
        }

        return new CheckResult(diagnostics.Sorted(), build.Editions.Count, build.Files?.Count ?? 0, links);
    }

    // The display names of data/securities.csv, whose words are not claims ("First Trust ..."); problems with the file are
    // the build's to report.
    internal static List<string> SecurityNames(string projectRoot)
    {
        var file = CsvFile.Read(new ProjectLayout(projectRoot).Full(ProjectLayout.SecuritiesFile), ProjectLayout.SecuritiesFile, new DiagnosticBag());
        var securities = new Dictionary<string, Security>(StringComparer.Ordinal);
        if (file is not null)
        {
            SecuritiesFileReader.Read(file, securities, new DiagnosticBag());
        }

        return [.. securities.Values.Select(s => s.Name)];
    }
}
