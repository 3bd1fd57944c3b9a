using Microsoft.CodeAnalysis;

namespace ReportGen.Tests.Design;

/// <summary>
/// The file system, the clock, the process environment and randomness reach src/ReportGen only through the files listed
/// here: the stages that compute (Facts) and render (Text, except loading partials) stay pure functions of their inputs,
/// which is what makes output deterministic and editions reproducible. Each list is exact: a listed file that stops using
/// the API must be removed from it.
/// </summary>
public sealed class ForbiddenApiTests
{
    private static readonly string[] FileSystemTypes = ["System.IO.File", "System.IO.Directory", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileStream", "System.IO.FileSystemInfo", "System.IO.FileSystemWatcher", "System.IO.DriveInfo"];

    private static readonly string[] FileSystemMembers = ["System.IO.Path.GetFullPath", "System.IO.Path.GetTempPath", "System.IO.Path.GetTempFileName", "System.IO.Path.Exists"];

    /// <summary>Each rule: what it matches, and the only files allowed to use it (paths under src/ReportGen).</summary>
    private static readonly (string Name, Func<ISymbol, INamedTypeSymbol, bool> Matches, string[] Allowed)[] Rules =
    [
        ("file system", (s, t) => FileSystemTypes.Contains(t.ToDisplayString()) || FileSystemMembers.Contains(t.ToDisplayString() + "." + s.Name),
        [
            "Project/SourceFiles.cs", // the one gateway for reading inputs (links, sizes, file kinds checked)
            "Config/SiteConfigReader.cs", "Data/LoadData.cs", "Data/PriceFileFastReader.cs", "Planning/ReportLoader.cs", "Planning/NoteLoader.cs", "Text/PartialLoader.cs", "Text/MarkupPartials.cs",
            "Site/LayoutRenderer.cs", "Site/FaqLoader.cs", "Site/AssembleSite.cs", // inputs: settings, sources.yml, templates, assets
            "Charts/ChartTheme.cs", "Charts/ChartRenderer.cs", // bundled fonts; the chart PNG cache
            "Site/SitePublisher.cs", "Site/OutputGuard.cs", "Site/OutputLock.cs", "Site/SearchIndexer.cs", // the output
            "Site/SiteFileSet.cs", // a publishing build's site, written into the output's staging folder as it is laid out
            "Site/PdfPrinter.cs", // finds Chromium; the PDF cache in .reportgen-cache/pdf/
            "Incremental/BuildCache.cs", "Incremental/BuildManifest.cs", "Incremental/DataFingerprint.cs", "Incremental/EditionCache.cs", "Incremental/EditionKeys.cs", "Incremental/OutputComparer.cs", "Incremental/FileStamps.cs",
            "Sharding/ShardManifest.cs", "Sharding/ShardSet.cs", // shard folders: the manifest and the renderings of build --shard
            "Scaffolding/ReportScaffolder.cs", "Scaffolding/SiteScaffolder.cs", // write a new report template, a new project
            "Publishing/LedgerStore.cs", "Publishing/Publication.cs", "Publishing/RevisionExplainer.cs", // the ledger in published/; data file hashes and rows
        ]),
        ("clock", (s, t) => t.ToDisplayString() is "System.Diagnostics.Stopwatch" or "System.TimeProvider"
                            || (t.ToDisplayString() is "System.DateTime" or "System.DateTimeOffset" && s.Name is "Now" or "UtcNow" or "Today")
                            || (t.ToDisplayString() == "System.Environment" && s.Name is "TickCount" or "TickCount64"),
        [
            "Pipeline/StageTimer.cs", // stage timings for the console, never written into the site
            "Text/TemplateRenderer.cs", "Text/ReportTemplateContext.cs", // the render time limit (RG2031); stops a render, never written into the site
            "Incremental/BuildManifest.cs", // when the up-to-date record's files were hashed (racily clean stamps); never written into the site
        ]),
        ("process environment", (s, t) => t.ToDisplayString() is "System.Environment" or "System.Diagnostics.Process" or "System.Diagnostics.ProcessStartInfo",
        [
            "Site/OutputLock.cs", "Site/SitePublisher.cs", "Site/OutputGuard.cs", // lock owner PID, staging names, home folders
            "Site/SearchIndexer.cs", // runs Pagefind with node from PATH
            "Site/PdfPrinter.cs", // finds Chromium on PATH or in REPORTGEN_CHROMIUM; process id in the cache's temporary file names
            "Charts/ChartRenderer.cs", "Incremental/EditionCache.cs", "Incremental/BuildManifest.cs", // temporary file names for atomic writes
            "Pipeline/StageTimer.cs", // the peak resident set after each stage, for the console's timings line; never written into the site
        ]),
        ("randomness", (s, t) => t.ToDisplayString() is "System.Random" or "System.Security.Cryptography.RandomNumberGenerator" || (t.ToDisplayString() == "System.Guid" && s.Name == "NewGuid"),
        [
            "Site/SitePublisher.cs", // unique staging folder names
            "Pipeline/BuildPipeline.cs", // which cached editions --verify-cache re-renders (the site does not depend on it)
            "Text/MarkdownRenderer.cs", // the per-process secret that signs the engine's own HTML fragments (never in the output)
        ]),
    ];

    public static TheoryData<string> RuleNames => [.. Rules.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Api_IsUsedOnlyWhereAllowed(string rule)
    {
        // Arrange
        var (_, _, allowed) = Rules.Single(r => r.Name == rule);

        // Act
        var offences = Uses(rule).Where(u => !allowed.Contains(u.File, StringComparer.Ordinal)).Select(u => $"{u.File}:{u.Line}: {u.Api}").Distinct(StringComparer.Ordinal).ToList();

        // Assert
        Assert.True(offences.Count == 0, $"{rule} used outside the allowed files:\n" + string.Join("\n", offences));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void AllowList_NamesOnlyFilesThatUseTheApi(string rule)
    {
        // Arrange: this also proves each rule detects what it is meant to (an allowed file's use is found).
        var (_, _, allowed) = Rules.Single(r => r.Name == rule);
        var users = Uses(rule).Select(u => u.File).ToHashSet(StringComparer.Ordinal);

        // Act
        var stale = allowed.Where(f => !users.Contains(f)).ToList();

        // Assert
        Assert.True(stale.Count == 0, $"allowed for {rule} but no longer using it (remove from the list): " + string.Join(", ", stale));
    }

    [Fact]
    public void Facts_UseNoneOfTheRestrictedApis()
    {
        // Act: computing metrics is pure (DESIGN §1: no I/O, no clock).
        var impure = Rules.SelectMany(r => Uses(r.Name)).Where(u => u.File.StartsWith("Facts/", StringComparison.Ordinal)).ToList();

        // Assert
        Assert.Empty(impure);
    }

    // Every symbol use in src/ReportGen with its outermost type, resolved once for all rules and tests.
    private static readonly Lazy<List<(string File, int Line, ISymbol Symbol, INamedTypeSymbol Type)>> AllUses = new(() =>
        [.. SourceModel.Core.Files.SelectMany(f => f.UsedSymbols()
            .Select(u => (f.Path, u.Line, u.Symbol, Type: SourceFile.TypeOf(u.Symbol)))
            .Where(u => u.Type is not null)
            .Select(u => (u.Path, u.Line, u.Symbol, u.Type!)))]);

    private static IEnumerable<(string File, int Line, string Api)> Uses(string rule)
    {
        var (_, matches, _) = Rules.Single(r => r.Name == rule);
        return AllUses.Value.Where(u => matches(u.Symbol, u.Type))
            .Select(u => (u.File, u.Line, u.Type.ToDisplayString() + (u.Symbol is INamedTypeSymbol ? string.Empty : "." + u.Symbol.Name)));
    }
}
