using System.CommandLine;
using ReportGen.Cli.Serve;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen serve</c>: build, serve on 127.0.0.1, rebuild on change and reload the browser.</summary>
public static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="console">Where to write.</param>
    public static Command Create(CommonOptions common, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(console);
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1; 0 picks a free port and prints it", DefaultValueFactory = _ => 8080 };
        port.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<int>();
            if (value is < 0 or > 65535)
            {
                r.AddError($"--port {value} is not a port; expected 0-65535 (0 picks a free one)");
            }
        });
        var command = new Command("serve", "Build once (site/ and search), then serve the site from memory on http://127.0.0.1:<port>/, re-render only what an edit to templates/, data/, notes/ or reportgen.yml changes, and reload open pages; errors show in the page and the console while the last good site stays up.");
        common.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = common.Read(parse) with { Clock = LedgerCommand.PublicationClock(), RecordPublication = false }; // compares with the ledger, never writes it
            DevServer server;
            try
            {
                server = await DevServer.StartAsync(options, parse.GetValue(port), console, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                await console.Error.WriteLineAsync($"error: cannot listen on 127.0.0.1:{parse.GetValue(port)}: {e.Message}; choose another --port (0 picks a free one)").ConfigureAwait(false);
                return ExitCodes.InputErrors;
            }

            await using (server.ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync($"serving {server.Address} (Ctrl+C to stop); watching templates/, data/ and reportgen.yml").ConfigureAwait(false);
                // Either System.CommandLine or the web host sees Ctrl+C / SIGTERM first; stop on whichever does.
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, server.Stopping);
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    await console.Out.WriteLineAsync("stopped").ConfigureAwait(false);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
