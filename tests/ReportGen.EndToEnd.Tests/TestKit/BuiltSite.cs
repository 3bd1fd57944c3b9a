using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.EndToEnd.Tests.TestKit;

/// <summary>A project built with the real pipeline into a fresh temp folder; both are deleted on dispose.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly string? _ownedProject;

    private BuiltSite(string projectRoot, string output, string? ownedProject)
    {
        ProjectRoot = projectRoot;
        Output = output;
        _ownedProject = ownedProject;
    }

    public string ProjectRoot { get; }

    /// <summary>The built site's folder.</summary>
    public string Output { get; }

    /// <summary>Builds <paramref name="projectRoot"/> into a temp --out folder; throws with every diagnostic when the build fails.</summary>
    /// <param name="projectRoot">The project to build (the repository itself for the sample site).</param>
    /// <param name="ownsProject">Delete <paramref name="projectRoot"/> on dispose (a temp copy).</param>
    /// <param name="baseUrl">Overrides the project's base_url (as --base-url does), e.g. to match the path it is served under.</param>
    public static async Task<BuiltSite> BuildAsync(string projectRoot, bool ownsProject = false, string? baseUrl = null)
    {
        var output = Path.Combine(Path.GetTempPath(), "reportgen-e2e", $"site-{Guid.NewGuid():N}");
        var result = await BuildPipeline.RunAsync(new BuildOptions(projectRoot, output, BaseUrl: baseUrl), publish: true, CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"building {projectRoot} failed:\n{string.Join("\n", result.Diagnostics)}");
        }

        return new BuiltSite(projectRoot, output, ownsProject ? projectRoot : null);
    }

    /// <summary>Every HTML page of the site, as site-relative paths with '/' separators, sorted ordinally.</summary>
    public IReadOnlyList<string> Pages() => Files("*.html");

    /// <summary>Site-relative paths of files matching <paramref name="pattern"/>, sorted ordinally.</summary>
    public IReadOnlyList<string> Files(string pattern) =>
        [.. Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    /// <summary>
    /// One page of each kind, so checks that are too slow for every page still see every layout: pages are grouped by
    /// their path with every segment after the first replaced by '*' (<c>reports/*/*/index.html</c> is an edition,
    /// <c>faq/*/index.html</c> a FAQ page, <c>search/index.html</c> the search page), and the last of each group in
    /// ordinal order is taken (the newest edition, since periods sort by date).
    /// Report series count as kinds of their own (<c>reports/ai-equities/*/index.html</c>), since each has its own body.
    /// </summary>
    public IReadOnlyList<string> OnePagePerKind() =>
        [.. Pages().GroupBy(GroupOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Last())];

    private static string GroupOf(string page)
    {
        var kind = KindOf(page);
        return kind.StartsWith("reports/*/", StringComparison.Ordinal) ? "reports/" + page.Split('/')[1] + kind["reports/*".Length..] : kind;
    }

    /// <summary>The kind of a page: <c>reports/ai-equities/2026-q1/index.html</c> → <c>reports/*/*/index.html</c>.</summary>
    public static string KindOf(string page)
    {
        var parts = page.Split('/');
        for (var i = 1; i < parts.Length - 1; i++)
        {
            parts[i] = "*";
        }

        return string.Join('/', parts);
    }

    public void Dispose()
    {
        DeleteQuietly(Output);
        if (_ownedProject is not null)
        {
            DeleteQuietly(_ownedProject);
        }
    }

    private static void DeleteQuietly(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
