using ReportGen.Cli;

namespace ReportGen.Tests.Cli;

/// <summary>Runs the reportgen command line in-process with captured output (plain text, as in CI).</summary>
internal static class CliRunner
{
    /// <summary>Help wraps at this column in tests, so snapshots do not depend on the terminal.</summary>
    public const int HelpWidth = 100;

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await ReportGenCli.RunAsync(args, new CliConsole(stdout, stderr, IsTerminal: false), HelpWidth);
        return (code, stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), stderr.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
