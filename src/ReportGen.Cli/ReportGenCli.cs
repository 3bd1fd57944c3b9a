using System.CommandLine;
using System.CommandLine.Help;
using ReportGen.Cli.Commands;
using ReportGen.Diagnostics;
using ReportGen.Site;

namespace ReportGen.Cli;

/// <summary>The <c>reportgen</c> command tree and its entry point: parse errors give exit code 2, unexpected exceptions 3.</summary>
public static class ReportGenCli
{
    /// <summary>Builds the root command with every subcommand.</summary>
    /// <param name="console">Where the commands write.</param>
    /// <param name="helpWidth">Column at which help text wraps; null for the terminal's width.</param>
    public static Command CreateRoot(CliConsole console, int? helpWidth = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new Command("reportgen", "Builds a static site of market commentary from CSV data and Scriban/Markdown templates.");
        var help = new HelpOption();
        if (helpWidth is { } width && help.Action is HelpAction action)
        {
            action.MaxWidth = width;
        }

        root.Options.Add(help);
        root.Options.Add(new VersionOption());
        var common = new CommonOptions();
        root.Subcommands.Add(BuildCommand.Create(common, console));
        root.Subcommands.Add(MergeCommand.Create(common, console));
        root.Subcommands.Add(ServeCommand.Create(common, console));
        root.Subcommands.Add(CheckCommand.Create(common, console));
        root.Subcommands.Add(NewCommand.Create(console));
        root.Subcommands.Add(ListCommand.Create(common, console));
        root.Subcommands.Add(MetricsCommand.Create(common, console));
        root.Subcommands.Add(LedgerCommand.Create(common, console));
        root.SetAction(_ =>
        {
            console.Error.WriteLine("error: no command given; expected one of: build, merge, serve, check, new, list, metrics");
            console.Error.WriteLine(UsageErrors.HelpHint(null));
            return ExitCodes.Usage;
        });
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="helpWidth">Help wrap column; null for the terminal's width.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, int? helpWidth = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parse = CreateRoot(console, helpWidth).Parse(args);
        // System.CommandLine's own handler would print a stack trace and return 1; every exception comes here instead.
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var line in UsageErrors.Describe(parse, args))
            {
                await console.Error.WriteLineAsync($"error: {line}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync(UsageErrors.HelpHint(parse.CommandResult)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync(e.Code is null ? $"error: {e.Message}" : $"error {e.Code}: {e.Message}").ConfigureAwait(false);
            await console.Error.WriteLineAsync(UsageErrors.HelpHint(parse.CommandResult)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OutputRefusedException e)
        {
            await console.Error.WriteLineAsync($"error {DiagnosticCodes.OutputRefused}: {e.Message}; nothing was written or deleted").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.InputErrors;
        }
#pragma warning disable CA1031 // The one place that turns any bug into exit code 3 with a message.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await console.Error.WriteLineAsync($"error {DiagnosticCodes.InternalError}: internal error: {CrashLog.OneLine(e)} ({CrashLog.Write(e, args)})").ConfigureAwait(false);
            return ExitCodes.Internal;
        }
    }
}
