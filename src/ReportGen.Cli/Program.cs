using System.CommandLine;
using ReportGen.Cli;
using ReportGen.Cli.Commands;

var common = new CommonOptions();
var root = new RootCommand("reportgen: builds a static site of market commentary from CSV data and Scriban/Markdown templates.");
root.Subcommands.Add(BuildCommand.Create(common));
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("run 'reportgen --help' for usage");
    return ExitCodes.Usage;
}

try
{
    return await parse.InvokeAsync().ConfigureAwait(false);
}
#pragma warning disable CA1031 // The one place that turns any bug into exit code 3 with a message.
catch (Exception e)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"error RG9001: internal error: {e.GetType().Name}: {e.Message}");
    Console.Error.WriteLine(e.StackTrace);
    return ExitCodes.Internal;
}
