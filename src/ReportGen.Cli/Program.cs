using ReportGen.Cli;

return await ReportGenCli.RunAsync(args, CliConsole.System).ConfigureAwait(false);
