using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Cli;
using ReportGen.TestKit;

namespace ReportGen.Tests.Cli;

/// <summary>Issue 17, item 3: an unexpected exception is RG9001 with exit code 3, one line and a crash log; never a stack trace.</summary>
public sealed partial class CrashTests
{
    [Fact]
    public async Task UnexpectedException_IsRG9001_Exit3_OneLine_AndTheStackTraceGoesToACrashLog()
    {
        using var project = new FixtureProject("mini");
        using var stderr = new StringWriter();

        // A console whose standard output fails: an exception no command expects.
        var code = await ReportGenCli.RunAsync(["list", "--project", project.Root], new CliConsole(new FailingWriter(), stderr, IsTerminal: false), CliRunner.HelpWidth);

        Assert.Equal(ExitCodes.Internal, code);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error RG9001: internal error: InvalidOperationException: standard output is gone", line, StringComparison.Ordinal);
        var log = CrashLogPath().Match(line);
        Assert.True(log.Success, $"no crash log named in: {line}");
        var text = File.ReadAllText(log.Groups[1].Value);
        Assert.Contains("FailingWriter", text, StringComparison.Ordinal); // the stack trace is in the log
        File.Delete(log.Groups[1].Value);
    }

    [GeneratedRegex(@"crash log: (/\S+|[A-Z]:\\\S+)\)$")]
    private static partial Regex CrashLogPath();

    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("standard output is gone");

        public override void Write(string? value) => throw new InvalidOperationException("standard output is gone");

        public override void WriteLine(string? value) => throw new InvalidOperationException("standard output is gone");
    }
}
