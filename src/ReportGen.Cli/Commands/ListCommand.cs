using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReportGen.Diagnostics;
using ReportGen.Inspection;
using Spectre.Console;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen list</c>: the reports, editions and as-of dates a build would write.</summary>
public static class ListCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="console">Where to write.</param>
    public static Command Create(CommonOptions common, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(console);
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("list", "List the reports, their editions and as-of dates that a build would write (nothing is rendered).");
        common.AddTo(command, writesSite: false, renders: false);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var editions = EditionList.Plan(common.Read(parse), diagnostics);
            DiagnosticPrinter.Print([.. diagnostics.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error)], console.Error);
            if (diagnostics.HasErrors)
            {
                return ExitCodes.InputErrors;
            }

            if (parse.GetValue(json))
            {
                var rows = editions.Select(e => new
                {
                    report = e.Report.Slug,
                    series = e.Report.SeriesName,
                    period = e.Period.ToString(),
                    as_of = e.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    draft = e.IsDraft,
                    url = e.UrlPath,
                });
                console.Out.WriteLine(JsonSerializer.Serialize(rows, JsonOutput.Options));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("report", "period", "as of", "draft", "page");
            foreach (var e in editions)
            {
                table.AddRow(Markup.Escape(e.Report.Slug), e.Period.ToString(), e.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.IsDraft ? "draft" : string.Empty, Markup.Escape(e.UrlPath));
            }

            console.Ansi(console.Out).Write(table);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{editions.Count} edition(s) in {editions.Select(e => e.Report.Slug).Distinct(StringComparer.Ordinal).Count()} report(s)"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
