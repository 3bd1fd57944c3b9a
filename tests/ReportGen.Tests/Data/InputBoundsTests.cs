using ReportGen.TestKit;
using ReportGen.Tests.Cli;

namespace ReportGen.Tests.Data;

/// <summary>
/// Issue 17, items 3, 7 and 9: inputs a build must not read (special files, links out of the project, oversized files,
/// fields and headers) are errors at their path, exit 1, with small messages; the previous site stays as it was.
/// </summary>
public sealed class InputBoundsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Build_FifoInData_IsRG1050_AndDoesNotHang()
    {
        using var project = await BuiltAsync();
        var fifo = project.PathOf("data/prices/adjusted/QQQ.csv");
        Assert.Equal(0, Mkfifo(fifo));
        var old = FixtureProject.Snapshot(project.Site);

        var (code, error) = await BuildWithinAsync(project, fifo);

        Assert.Equal(1, code);
        Assert.Contains("data/prices/adjusted/QQQ.csv: error RG1050:", error, StringComparison.Ordinal);
        Site.OutputSafetyTests.AssertSameTree(old, FixtureProject.Snapshot(project.Site));
    }

    [Theory]
    [InlineData("data/prices/adjusted/QQQ.csv", "/dev/zero")]
    [InlineData("templates/assets/passwd.txt", "/etc/passwd")]
    public async Task Build_LinkLeavingTheProject_IsRG1051(string link, string target)
    {
        using var project = await BuiltAsync();
        File.CreateSymbolicLink(project.PathOf(link), target);

        var (code, error) = await BuildWithinAsync(project, null);

        Assert.Equal(1, code);
        Assert.Contains($"{link}: error RG1051:", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project.Site, "assets", "passwd.txt")));
    }

    [Fact]
    public async Task Build_FolderLinkLoopInData_IsNotACrash()
    {
        using var project = await BuiltAsync();
        Directory.CreateSymbolicLink(project.PathOf("data/prices/loop"), project.PathOf("data/prices"));

        var (code, error) = await BuildWithinAsync(project, null);

        Assert.True(code == 0, error); // the loop leads back inside data/: the folder is read once
        Assert.DoesNotContain("RG9001", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_FileOverTheSizeLimit_IsRG1052()
    {
        using var project = await BuiltAsync();
        using (var big = File.Create(project.PathOf("data/prices/adjusted/BIG.csv")))
        {
            big.SetLength(ReportGen.Project.SourceFiles.MaxFileBytes + 1); // sparse: nothing is written
        }

        var (code, error) = await BuildWithinAsync(project, null);

        Assert.Equal(1, code);
        Assert.Contains("data/prices/adjusted/BIG.csv: error RG1052:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_HeaderOfTenThousandColumns_IsOneSmallError()
    {
        using var project = await BuiltAsync();
        var header = "date," + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"c{i}"));
        project.Write("data/prices/adjusted/WIDE.csv", header + "\n2026-01-02," + string.Join(',', Enumerable.Repeat("1", 10_000)) + "\n");

        var (code, error) = await BuildWithinAsync(project, null);

        Assert.Equal(1, code);
        Assert.Contains("data/prices/adjusted/WIDE.csv:1:1: error RG1054:", error, StringComparison.Ordinal);
        Assert.True(error.Length < 4_000, $"stderr is {error.Length:N0} characters");
    }

    [Fact]
    public async Task Build_FiveMegabyteField_IsOneSmallError()
    {
        using var project = await BuiltAsync();
        var nvda = project.Read("data/prices/adjusted/NVDA.csv").Split('\n');
        nvda[3] = nvda[3].Split(',')[0] + "," + new string('9', 5_000_000);
        project.Write("data/prices/adjusted/NVDA.csv", string.Join('\n', nvda));

        var (code, error) = await BuildWithinAsync(project, null);

        Assert.Equal(1, code);
        Assert.Contains("data/prices/adjusted/NVDA.csv:4:1: error RG1053:", error, StringComparison.Ordinal);
        Assert.True(error.Length < 4_000, $"stderr is {error.Length:N0} characters");
    }

    [Fact]
    public void Diagnostic_QuotesAtMost200CharactersOfInput()
    {
        var value = new string('x', 100_000);
        var d = ReportGen.Diagnostics.Diagnostic.Error("RG1003", $"'{value}' is not a number", new ReportGen.Diagnostics.SourceLocation("data/a.csv", 2, 50_001), "2026-01-02," + value);

        var shown = d.ToDisplayString();

        Assert.True(shown.Length < 1_000, $"{shown.Length:N0} characters");
        var lines = shown.Split('\n');
        var caret = lines[2].IndexOf('^', StringComparison.Ordinal) - lines[2].IndexOf('|', StringComparison.Ordinal) - 2;
        var under = lines[1][(lines[1].IndexOf('|', StringComparison.Ordinal) + 2)..];
        Assert.Equal('x', under[caret]);
    }

    private static async Task<FixtureProject> BuiltAsync()
    {
        var project = new FixtureProject("mini");
        var (code, _, error) = await CliRunner.RunAsync("build", "--project", project.Root, "--no-cache");
        Assert.True(code == 0, error);
        return project;
    }

    // Builds; if the build blocks on `fifo`, a writer unblocks it after the assertion fails, so the test ends either way.
    private static async Task<(int Code, string Error)> BuildWithinAsync(FixtureProject project, string? fifo)
    {
        var build = CliRunner.RunAsync("build", "--project", project.Root, "--no-cache");
        var finished = await Task.WhenAny(build, Task.Delay(Patience)) == build;
        if (!finished && fifo is not null)
        {
            await File.WriteAllTextAsync(fifo, "date,close\n");
        }

        Assert.True(finished, $"the build did not finish within {Patience.TotalSeconds} s");
        var (code, _, error) = await build;
        return (code, error);
    }

    private static int Mkfifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        return process.ExitCode;
    }
}
