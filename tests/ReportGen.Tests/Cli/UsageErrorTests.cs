namespace ReportGen.Tests.Cli;

/// <summary>Usage errors (exit 2): one error per mistake, naming the command it was made in, the closest valid name, and
/// that command's help.</summary>
public sealed class UsageErrorTests
{
    [Fact]
    public async Task UnknownOptionWithValue_IsOneErrorWithSuggestionAndTheCommandsHelp()
    {
        var (code, output, error) = await CliRunner.RunAsync("serve", "--prot", "8081");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: unknown option '--prot' for 'reportgen serve'; did you mean '--port'?\nRun 'reportgen serve --help' for usage.\n", error);
    }

    [Fact]
    public async Task UnknownCommand_SuggestsTheClosest()
    {
        var (code, _, error) = await CliRunner.RunAsync("buld");

        Assert.Equal(2, code);
        Assert.Equal("error: unknown command 'buld' for 'reportgen'; did you mean 'build'?\nRun 'reportgen --help' for usage.\n", error);
    }

    [Fact]
    public async Task UnknownSubcommand_PointsToItsParentsHelp()
    {
        var (code, _, error) = await CliRunner.RunAsync("new", "reprot", "x");

        Assert.Equal(2, code);
        Assert.StartsWith("error: unknown command 'reprot' for 'reportgen new'; did you mean 'report'?\n", error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'reportgen new --help' for usage.\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidatorError_PointsToTheCommandsHelp()
    {
        var (code, _, error) = await CliRunner.RunAsync("check", "--as-of", "2026-13-45");

        Assert.Equal(2, code);
        Assert.Equal("error: --as-of '2026-13-45' is not a date; expected yyyy-MM-dd such as 2026-06-30\nRun 'reportgen check --help' for usage.\n", error);
    }

    [Fact]
    public async Task TwoMistakes_AreTwoErrors()
    {
        var (code, _, error) = await CliRunner.RunAsync("build", "--drafs", "--no-cach");

        Assert.Equal(2, code);
        Assert.Equal("error: unknown option '--drafs' for 'reportgen build'; did you mean '--drafts'?\nerror: unknown option '--no-cach' for 'reportgen build'; did you mean '--no-cache'?\nRun 'reportgen build --help' for usage.\n", error);
    }
}
