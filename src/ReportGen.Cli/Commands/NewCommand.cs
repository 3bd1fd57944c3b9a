using System.CommandLine;
using ReportGen.Scaffolding;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen new report &lt;slug&gt; --cadence monthly</c>: scaffolds a report that builds at once.</summary>
public static class NewCommand
{
    /// <summary>Creates the command with its <c>report</c> subcommand.</summary>
    /// <param name="console">Where to write.</param>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var project = new Option<DirectoryInfo>("--project") { Description = "Project folder holding reportgen.yml, data/ and templates/", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var slug = new Argument<string>("slug") { Description = "The report's slug: file name and URL segment, e.g. chip-monthly" };
        var cadence = new Option<string>("--cadence") { Description = "How often an edition appears", DefaultValueFactory = _ => "monthly" };
        cadence.AcceptOnlyFromAmong("weekly", "monthly", "quarterly", "annual");
        var report = new Command("report", "Create templates/reports/<slug>.sbn-md: a report on the first universe in data/universes.csv against the house benchmark of reportgen.yml (or the first ticker), ready to build.");
        report.Arguments.Add(slug);
        report.Options.Add(cadence);
        report.Options.Add(project);
        report.SetAction(parse =>
        {
            var result = ReportScaffolder.CreateReport(parse.GetValue(project)!.FullName, parse.GetValue(slug)!, parse.GetValue(cadence)!);
            switch (result.Outcome)
            {
                case ScaffoldOutcome.Created:
                    console.Out.WriteLine($"created {result.Message}: {result.Universe} vs {result.Benchmark}, first edition {result.FirstPeriod}");
                    console.Out.WriteLine("preview it with 'reportgen serve'; check it with 'reportgen check'");
                    return ExitCodes.Ok;
                case ScaffoldOutcome.UsageError:
                    console.Error.WriteLine($"error: {result.Message}");
                    return ExitCodes.Usage;
                default:
                    DiagnosticPrinter.Print(result.Diagnostics, console.Error);
                    console.Error.WriteLine($"error: {result.Message}");
                    return ExitCodes.InputErrors;
            }
        });
        var command = new Command("new", "Scaffold project files.");
        command.Subcommands.Add(report);
        return command;
    }
}
