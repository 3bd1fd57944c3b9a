using ReportGen.Site;

namespace ReportGen.TestKit;

/// <summary>
/// Pagefind, which a build of the sample site runs to index search. Without it the build still succeeds, with a warning
/// that search is unavailable and no <c>pagefind/</c> folder: only the tests of search need it, and they skip (with
/// this reason) when it is missing; every other test of the built site runs as usual.
/// </summary>
public static class Pagefind
{
    /// <summary>
    /// Why tests of search cannot run, or null when they can: found as the build finds it (node on PATH, and the npm
    /// package <c>pagefind</c> in a <c>node_modules</c> at or above the repository root).
    /// </summary>
    public static string? SkipReason { get; } = SearchIndexer.Locate(RepoPaths.Root) is null
        ? $"search test skipped: Pagefind not found (it needs node on PATH and {Path.Combine(RepoPaths.NodeModules, "pagefind")}: run `npm ci` at the repository root, as scripts/test.sh does), so the site is built without a search index"
        : null;
}

/// <summary>A fact about the site's search: skipped, with the reason, when <see cref="Pagefind.SkipReason"/> says so.</summary>
public sealed class SearchFactAttribute : FactAttribute
{
    /// <summary>Skips the test when Pagefind is missing.</summary>
    public SearchFactAttribute()
    {
        if (Pagefind.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
