using Spectre.Console;

namespace ReportGen.Cli;

/// <summary>Where the commands write: results to <see cref="Out"/>, progress and diagnostics to <see cref="Error"/>. Tests pass string writers.</summary>
/// <param name="Out">Standard output: results (tables, JSON, the final summary line).</param>
/// <param name="Error">Standard error: progress, diagnostics, messages.</param>
/// <param name="IsTerminal">True when standard error is an interactive terminal: live progress bars instead of plain lines.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    /// <summary>The process's console; a terminal when neither output is redirected and <c>CI</c> is not set.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null);

    /// <summary>A Spectre console writing to <paramref name="writer"/>: colours and live widgets on a terminal, plain text (120 columns) otherwise.</summary>
    /// <param name="writer">Where it writes.</param>
    public IAnsiConsole Ansi(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!IsTerminal)
        {
            console.Profile.Width = 120;
        }

        return console;
    }
}
