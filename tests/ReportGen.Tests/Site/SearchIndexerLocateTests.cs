using System.Text.Json;
using ReportGen.Diagnostics;
using ReportGen.Site;
using ReportGen.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>
/// Where a build finds Pagefind (issue 16): a tool user has no node_modules beside the project, so Pagefind on PATH (npm
/// install -g, or the standalone binary) or named by REPORTGEN_PAGEFIND must be found, and the warning must say what to run.
/// </summary>
public sealed class SearchIndexerLocateTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reportgen-tests", $"pagefind-{Guid.NewGuid():N}");

    public SearchIndexerLocateTests() => Directory.CreateDirectory(Path.Combine(_folder, "project"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Project => Path.Combine(_folder, "project");

    [Fact]
    public void Locate_PagefindOnPath_IsFound_WithoutNodeModules()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        var pagefind = Path.Combine(bin, OperatingSystem.IsWindows() ? "pagefind.exe" : "pagefind");
        File.WriteAllText(pagefind, "#!/bin/sh\n");

        var found = SearchIndexer.Locate(Project, Environment(("PATH", bin)));

        Assert.Equal(new SearchIndexer(null, pagefind), found);
    }

    [Fact]
    public void Locate_NothingOnPath_IsNull_AndTheWarningSaysWhatToInstall()
    {
        var env = Environment(("PATH", Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName));

        Assert.Null(SearchIndexer.Locate(Project, env));
        Assert.Contains($"'npm install -g pagefind@{SearchIndexer.PagefindVersion}'", SearchIndexer.MissingMessage(env), StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_EnvironmentVariable_NamesTheExecutable_AndWinsOverPath()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "pagefind"), "#!/bin/sh\n");
        var standalone = Path.Combine(_folder, "pagefind-1.6.0");
        File.WriteAllText(standalone, "#!/bin/sh\n");

        Assert.Equal(new SearchIndexer(null, standalone), SearchIndexer.Locate(Project, Environment(("PATH", bin), (SearchIndexer.EnvironmentVariable, standalone))));
        var missing = Environment(("PATH", bin), (SearchIndexer.EnvironmentVariable, standalone + ".gone"));
        Assert.Null(SearchIndexer.Locate(Project, missing));
        Assert.Contains($"{SearchIndexer.EnvironmentVariable}={standalone}.gone is not a file", SearchIndexer.MissingMessage(missing), StringComparison.Ordinal);
    }

    // The executable found on PATH is run as Pagefind is: in the staged site, with --site . --output-subdir pagefind.
    [Fact]
    public async Task RunAsync_AnExecutableOnPath_IndexesTheSite()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // a shell script stands in for Pagefind
        }

        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        var pagefind = Path.Combine(bin, "pagefind");
        File.WriteAllText(pagefind, "#!/bin/sh\n[ \"$1 $2 $3 $4\" = \"--site . --output-subdir pagefind\" ] || exit 9\nmkdir -p pagefind && echo ui > pagefind/pagefind-ui.js\n");
        File.SetUnixFileMode(pagefind, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var site = Directory.CreateDirectory(Path.Combine(_folder, "site")).FullName;
        var diagnostics = new DiagnosticBag();

        var indexer = SearchIndexer.Locate(Project, Environment(("PATH", bin)))!;
        var ran = await indexer.RunAsync(site, diagnostics, CancellationToken.None);

        Assert.True(ran, string.Join("\n", diagnostics.Sorted()));
        Assert.True(File.Exists(Path.Combine(site, "pagefind", "pagefind-ui.js")));
    }

    // The version the warning names is the one the repository installs and tests with.
    [Fact]
    public void PagefindVersion_IsTheOneOfPackageJson()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "package.json")));

        Assert.Equal(SearchIndexer.PagefindVersion, package.RootElement.GetProperty("dependencies").GetProperty("pagefind").GetString());
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
