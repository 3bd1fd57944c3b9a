using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Tests.Cli;
using ReportGen.Text;

namespace ReportGen.Tests.Site;

/// <summary>
/// Issue 17, item 1: <c>--out</c> may never name the project's inputs, a folder above them, a file, or a folder of
/// someone else's; such a build is a usage error (exit 2, RG5010) that deletes and writes nothing.
/// </summary>
public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData(".")]
    [InlineData("data")]
    [InlineData("data/prices")]
    [InlineData("templates")]
    [InlineData("templates/reports")]
    [InlineData("reportgen.yml")]
    [InlineData("..")]
    [InlineData("data-link")]
    public async Task Build_OutOnOrAboveTheInputs_IsAUsageError_AndDeletesNothing(string relative)
    {
        using var project = new FixtureProject("mini", nested: true);
        File.WriteAllText(Path.Combine(project.Container!, "sibling.txt"), "a file beside the project\n");
        File.CreateSymbolicLink(project.PathOf("data-link"), project.PathOf("data"));
        var before = FixtureProject.Snapshot(project.Container!);

        var (code, _, error) = await CliRunner.RunAsync("build", "--project", project.Root, "--out", Path.Combine(project.Root, relative), "--no-cache");

        Assert.True(code == 2, $"exit {code}, expected 2 (usage error):\n{error}");
        Assert.Contains("error RG5010:", error, StringComparison.Ordinal);
        AssertSameTree(before, FixtureProject.Snapshot(project.Container!));
    }

    [Fact]
    public async Task Build_OutIsAFolderReportGenDidNotCreate_IsRefused_AndItsFilesStay()
    {
        using var project = new FixtureProject("mini", nested: true);
        var foreign = Path.Combine(project.Container!, "thesis");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "chapter-1.md"), "Two years of work.\n");

        var (code, _, error) = await CliRunner.RunAsync("build", "--project", project.Root, "--out", foreign, "--no-cache");

        Assert.True(code == 2, $"exit {code}, expected 2:\n{error}");
        Assert.Contains("error RG5010:", error, StringComparison.Ordinal);
        Assert.Contains("not created by ReportGen", error, StringComparison.Ordinal);
        Assert.Equal("Two years of work.\n", File.ReadAllText(Path.Combine(foreign, "chapter-1.md")));
        Assert.Single(Directory.EnumerateFileSystemEntries(foreign));
    }

    [Fact]
    public async Task Build_OutIsAFile_IsAUsageError_NotACrash()
    {
        using var project = new FixtureProject("mini", nested: true);
        var file = Path.Combine(project.Container!, "notes.txt");
        File.WriteAllText(file, "keep me\n");

        var (code, _, error) = await CliRunner.RunAsync("build", "--project", project.Root, "--out", file, "--no-cache");

        Assert.True(code == 2, $"exit {code}, expected 2:\n{error}");
        Assert.Contains("error RG5010:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("keep me\n", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("--out", "")]
    [InlineData("--out", "  ")]
    [InlineData("--project", "")]
    public async Task Build_EmptyFolderOption_IsAUsageError_NotACrash(string option, string value)
    {
        using var project = new FixtureProject("mini");
        string[] args = option == "--project" ? ["build", "--project", value] : ["build", "--project", project.Root, "--out", value];

        var (code, _, error) = await CliRunner.RunAsync(args);

        Assert.True(code == 2, $"exit {code}, expected 2:\n{error}");
        Assert.DoesNotContain("(Parameter", error, StringComparison.Ordinal);
        Assert.DoesNotContain("RG9001", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_OutIsAnEmptyFolder_OrOneAPreviousBuildWrote_IsAccepted()
    {
        using var project = new FixtureProject("mini", nested: true);
        var output = Path.Combine(project.Container!, "public");
        Directory.CreateDirectory(output);

        var first = await CliRunner.RunAsync("build", "--project", project.Root, "--out", output, "--no-cache");
        project.Write("reportgen.yml", project.Read("reportgen.yml").Replace("title: Fixture Notes", "title: Renamed Notes", StringComparison.Ordinal));
        var second = await CliRunner.RunAsync("build", "--project", project.Root, "--out", output, "--no-cache");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("Renamed Notes", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, ReportGen.Site.OutputGuard.MarkerFile)), "the published site has no marker file");
    }

    [Fact]
    public async Task Build_OverASiteFromBeforeTheMarker_ThatLastBuildJsonRecords_IsAccepted()
    {
        using var project = new FixtureProject("mini");
        var first = await CliRunner.RunAsync("build", "--project", project.Root);
        Assert.True(first.ExitCode == 0, first.Error);
        // As an earlier ReportGen left it: no marker in site/, none in the record of what it published.
        File.Delete(Path.Combine(project.Site, ReportGen.Site.OutputGuard.MarkerFile));
        var record = project.PathOf(".reportgen-cache/last-build.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(record))!;
        // That record listed the files it published with their hashes (Files), without stamps (Output).
        var files = new System.Text.Json.Nodes.JsonObject();
        foreach (var (path, stamp) in json["Output"]!["Files"]!.AsObject().Where(f => f.Key != ReportGen.Site.OutputGuard.MarkerFile))
        {
            files[path] = stamp!["Sha256"]!.GetValue<string>();
        }

        json["Files"] = files;
        json.AsObject().Remove("Output");
        File.WriteAllText(record, json.ToJsonString());
        File.WriteAllText(Path.Combine(project.Site, "stray.txt"), "x");
        var stray = await CliRunner.RunAsync("build", "--project", project.Root);
        File.Delete(Path.Combine(project.Site, "stray.txt"));
        // A new ReportGen version changes every input key, as an edit does here: the build publishes.
        project.Write("reportgen.yml", project.Read("reportgen.yml").Replace("title: Fixture Notes", "title: Renamed Notes", StringComparison.Ordinal));

        var again = await CliRunner.RunAsync("build", "--project", project.Root);

        Assert.True(stray.ExitCode == 2, $"a folder with a file the record does not list was accepted:\n{stray.Error}");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.True(File.Exists(Path.Combine(project.Site, ReportGen.Site.OutputGuard.MarkerFile)));
    }

    [Theory]
    [InlineData("/", "file system root")]
    [InlineData("~", "home folder")]
    public void Guard_RootAndHomeFolders_AreRefused_ForThatReason(string output, string reason)
    {
        using var project = new FixtureProject("mini");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var path = output.StartsWith('~') ? Path.GetFullPath(home + output[1..]) : output;

        var refusal = ReportGen.Site.OutputGuard.Check(project.Root, path, cacheDirectory: null);

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_OutIntoTheData_IsAUsageError_NotAServedFolder()
    {
        using var project = new FixtureProject("mini");
        var before = FixtureProject.Snapshot(project.PathOf("data"));

        var serve = CliRunner.RunAsync("serve", "--project", project.Root, "--out", project.PathOf("data"), "--port", "0");
        var finished = await Task.WhenAny(serve, Task.Delay(TimeSpan.FromSeconds(60))) == serve;

        Assert.True(finished, "serve is running over data/");
        var (code, _, error) = await serve;
        Assert.True(code == 2, $"exit {code}, expected 2:\n{error}");
        Assert.Contains("error RG5010:", error, StringComparison.Ordinal);
        AssertSameTree(before, FixtureProject.Snapshot(project.PathOf("data")));
    }

    [Fact]
    public void Guard_TheCacheFolder_IsRefused()
    {
        using var project = new FixtureProject("mini");
        var options = new BuildOptions(project.Root);

        Assert.NotNull(ReportGen.Site.OutputGuard.Check(project.Root, options.DefaultCacheDirectory, options.DefaultCacheDirectory));
        Assert.Null(ReportGen.Site.OutputGuard.Check(project.Root, options.Output, options.DefaultCacheDirectory));
    }

    internal static void AssertSameTree(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} changed");
        }
    }
}
