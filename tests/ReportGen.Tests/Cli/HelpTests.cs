using Snapshooter;
using Snapshooter.Xunit;

namespace ReportGen.Tests.Cli;

/// <summary>The --help text of every command, as a user reads it (snapshots).</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("root")]
    [InlineData("build")]
    [InlineData("merge")]
    [InlineData("serve")]
    [InlineData("check")]
    [InlineData("new")]
    [InlineData("new report")]
    [InlineData("new site")]
    [InlineData("list")]
    [InlineData("metrics")]
    public async Task Help_EveryCommand_MatchesSnapshot(string command)
    {
        var name = Snapshot.FullName(new SnapshotNameExtension(command.Replace(' ', '-')));
        string[] args = command == "root" ? ["--help"] : [.. command.Split(' '), "--help"];

        var (code, output, _) = await CliRunner.RunAsync(args);

        Assert.Equal(0, code);
        Snapshot.Match(output, name);
    }

    [Fact]
    public async Task UnknownOption_IsAUsageError()
    {
        var (code, _, error) = await CliRunner.RunAsync("build", "--nope");

        Assert.Equal(2, code);
        Assert.Contains("--nope", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCommand_IsAUsageError()
    {
        var (code, _, error) = await CliRunner.RunAsync();

        Assert.Equal(2, code);
        Assert.Contains("no command given", error, StringComparison.Ordinal);
    }
}
