using System.CommandLine;
using System.Globalization;
using ReportGen.Checking;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen check</c>: validates settings, data, templates, typed numbers, figure sources and links without writing anything.</summary>
public static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="console">Where to write.</param>
    public static Command Create(CommonOptions common, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(console);
        var command = new Command("check", "Validate reportgen.yml, data, templates (including numbers typed into prose and figures without a source) and the links of the would-be site, without writing site/.");
        common.AddTo(command, writesSite: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await ProjectCheck.RunAsync(common.Read(parse), cancellationToken).ConfigureAwait(false);
            DiagnosticPrinter.Print(result.Diagnostics, console.Error);
            if (!result.Succeeded)
            {
                await console.Error.WriteLineAsync("check failed").ConfigureAwait(false);
                return ExitCodes.InputErrors;
            }

            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"ok: {result.Editions} edition(s), {result.Files} files, {result.Links} internal links checked; nothing written")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
