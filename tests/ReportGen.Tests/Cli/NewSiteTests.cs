using ReportGen.Cli.Commands;
using ReportGen.TestKit;

namespace ReportGen.Tests.Cli;

/// <summary>
/// reportgen new site: the embedded starter project (from the repository's own files) checks and builds at once in an
/// empty folder with nothing beside it, and a non-empty folder is refused with exit code 2 and nothing written.
/// </summary>
public sealed class NewSiteTests : IDisposable
{
    private readonly string _container = Path.Combine(Path.GetTempPath(), "reportgen-tests", $"new-site-{Guid.NewGuid():N}");

    public NewSiteTests() => Directory.CreateDirectory(_container);

    public void Dispose() => Directory.Delete(_container, recursive: true);

    [Fact]
    public async Task NewSite_CreatesAProject_ThatChecksWithNoErrorAndBuilds()
    {
        var project = Path.Combine(_container, "my notes");

        var (code, output, error) = await CliRunner.RunAsync("new", "site", project);

        Assert.True(code == 0, error);
        Assert.Contains($"created {project}: ", output, StringComparison.Ordinal);
        Assert.Contains($"  cd \"{project}\"\n  reportgen serve", output, StringComparison.Ordinal);
        Assert.Equal(["my notes"], Directory.EnumerateFileSystemEntries(_container).Select(Path.GetFileName)); // no staging folder left

        var check = await CliRunner.RunAsync("check", "--project", project);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.DoesNotContain("error", check.Error, StringComparison.Ordinal);
        Assert.StartsWith("ok: 43 edition(s)", check.Out, StringComparison.Ordinal);

        var build = await CliRunner.RunAsync("build", "--project", project, "--no-cache");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(File.Exists(Path.Combine(project, "site", "index.html")));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(project, "site", "reports", "ai-etf-monitor"), "index.html", SearchOption.AllDirectories).Skip(1));
    }

    [Fact]
    public async Task NewSite_InAnExistingEmptyFolder_IsCreated()
    {
        var project = Directory.CreateDirectory(Path.Combine(_container, "empty")).FullName;

        var (code, _, error) = await CliRunner.RunAsync("new", "site", project);

        Assert.True(code == 0, error);
        Assert.True(File.Exists(Path.Combine(project, "reportgen.yml")));
    }

    [Fact]
    public async Task NewSite_NonEmptyFolder_IsAUsageError_AndWritesNothing()
    {
        var project = Directory.CreateDirectory(Path.Combine(_container, "taken")).FullName;
        File.WriteAllText(Path.Combine(project, "notes.txt"), "mine");

        var (code, output, error) = await CliRunner.RunAsync("new", "site", project);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: {project} is not empty (1 entry); give a new or empty folder, so that no file of yours is overwritten: nothing was written\n", error);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(project).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(project, "notes.txt")));
        Assert.Equal(["taken"], Directory.EnumerateFileSystemEntries(_container).Select(Path.GetFileName));
    }

    [Fact]
    public async Task NewSite_AFile_IsAUsageError()
    {
        var file = Path.Combine(_container, "file");
        File.WriteAllText(file, "x");

        var (code, _, error) = await CliRunner.RunAsync("new", "site", file);

        Assert.Equal(2, code);
        Assert.Contains("is a file", error, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));
    }

    // The starter is embedded from the repository at build time: every layout, partial, asset and FAQ entry of the
    // sample, byte for byte, and the data files are the sample's own bytes.
    [Fact]
    public void StarterFiles_AreTheSamplesOwnFiles()
    {
        var starter = NewCommand.StarterFiles().ToDictionary(f => f.Path.Replace('\\', '/'), f => f.Content.ToArray(), StringComparer.Ordinal);
        var templates = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "templates"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("templates/reports/", StringComparison.Ordinal));

        Assert.All(templates, p => Assert.True(starter.ContainsKey(p), $"{p} is not in the starter"));
        Assert.Contains("templates/reports/ai-etf-monitor.sbn-md", starter.Keys);
        Assert.Single(starter.Keys, p => p.StartsWith("templates/reports/", StringComparison.Ordinal));
        Assert.Contains("data/prices/adjusted/QQQ.csv", starter.Keys);
        Assert.DoesNotContain("data/prices/adjusted/NVDA.csv", starter.Keys); // a subset, not the whole sample
        Assert.All(starter, f => Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, f.Key)), f.Value));
    }
}
