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
        var angles = new Option<bool>("--angles") { Description = "Render each edition's text and show the angle it leads with and every angle's score (- for one whose condition does not hold)" };
        var command = new Command("list", "List the reports, their editions and as-of dates that a build would write (nothing is rendered).");
        common.AddTo(command, writesSite: false, renders: false);
        command.Options.Add(json);
        command.Options.Add(angles);
        command.SetAction(parse =>
        {
            if (parse.GetValue(angles))
            {
                return ListAngles(common.Read(parse), parse.GetValue(json), console);
            }

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
                    item = e.Item,
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
                table.AddRow(Markup.Escape(e.SeriesKey), e.Period.ToString(), e.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.IsDraft ? "draft" : string.Empty, Markup.Escape(e.UrlPath));
            }

            console.Ansi(console.Out).Write(table);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{editions.Count} edition(s) in {editions.Select(e => e.Report.Slug).Distinct(StringComparer.Ordinal).Count()} report(s)"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int ListAngles(Project.BuildOptions options, bool json, CliConsole console)
    {
        var diagnostics = new DiagnosticBag();
        var stories = StoryList.Run(options, diagnostics);
        DiagnosticPrinter.Print([.. diagnostics.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error)], console.Error);
        if (diagnostics.HasErrors)
        {
            return ExitCodes.InputErrors;
        }

        static string Score(double? score) => score is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) : "-";
        if (json)
        {
            var rows = stories.Select(s => new
            {
                report = s.Edition.Report.Slug,
                item = s.Edition.Item,
                period = s.Edition.Period.ToString(),
                angle = s.Story?.Id,
                angles = s.Story?.Angles.Select(a => new { id = a.Id, held = a.Held, score = a.Score }),
            });
            console.Out.WriteLine(JsonSerializer.Serialize(rows, JsonOutput.Options));
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("report", "period", "leads with", "scores");
        foreach (var (edition, story) in stories)
        {
            var scores = story is null ? "(reads no story)" : string.Join(" · ", story.Angles.Select(a => $"{a.Id} {Score(a.Score)}"));
            table.AddRow(Markup.Escape(edition.SeriesKey), edition.Period.ToString(), Markup.Escape(story?.Id ?? "-"), Markup.Escape(scores));
        }

        console.Ansi(console.Out).Write(table);
        return ExitCodes.Ok;
    }
}
