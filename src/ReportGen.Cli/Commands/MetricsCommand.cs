using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Inspection;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Planning;
using ReportGen.Text.Functions;
using Spectre.Console;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen metrics &lt;ticker|universe&gt; --period &lt;period&gt;</c>: every figure a template can see, with unit, inputs, sources and as-of date.</summary>
public static class MetricsCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options (only --project is used).</param>
    /// <param name="console">Where to write.</param>
    public static Command Create(CommonOptions common, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(console);
        var subject = new Argument<string>("subject") { Description = "A ticker (NVDA) or a universe from data/universes.csv (ai-leaders)" };
        var period = new Option<string>("--period") { Description = "The period: 2026-W14, 2026-03, 2026-Q1 or 2026", Required = true };
        period.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>();
            if (!Period.TryParse(text, out _))
            {
                r.AddError($"--period '{text}' is not a period; expected e.g. 2026-W14, 2026-03, 2026-Q1 or 2026");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var reportOption = new Option<string?>("--report") { Description = "Compute as this report's edition of the period does (its as-of date and benchmark); default: the house benchmark" };
        var command = new Command("metrics", "Print every figure a template sees for a security or universe in a period (u.period_return, u.ytd, ...), with unit, inputs, sources and as-of date.");
        command.Arguments.Add(subject);
        command.Options.Add(period);
        command.Options.Add(json);
        command.Options.Add(reportOption);
        command.Options.Add(common.Project);
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var root = parse.GetValue(common.Project)!.FullName;
            var config = SiteConfigReader.Read(root, diagnostics);
            var data = LoadData.Run(root, diagnostics, config.Benchmark);
            var slug = parse.GetValue(reportOption);
            var series = slug is null ? null : ReportLoader.Run(root, diagnostics).FirstOrDefault(r => r.Slug == slug);
            if (diagnostics.HasErrors)
            {
                DiagnosticPrinter.Print(diagnostics.Sorted(), console.Error);
                return ExitCodes.InputErrors;
            }

            var wanted = Period.Parse(parse.GetValue(period)!);
            MetricReport report;
            try
            {
                if (slug is null)
                {
                    report = MetricInspector.Inspect(data, parse.GetValue(subject)!, wanted, config);
                }
                else
                {
                    var calendar = EditionPlanner.Calendar(data, config.Benchmark, diagnostics);
                    if (calendar is null)
                    {
                        DiagnosticPrinter.Print(diagnostics.Sorted(), console.Error);
                        return ExitCodes.InputErrors;
                    }

                    var edition = series is null ? null : EditionPlanner.Plan(series, calendar, includeDraft: true, asOfLimit: null).FirstOrDefault(e => e.Period == wanted);
                    if (edition is null)
                    {
                        console.Error.WriteLine(series is null ? $"error: --report '{slug}' is not a report in templates/reports/" : $"error: report '{slug}' has no edition for {wanted}");
                        return ExitCodes.InputErrors;
                    }

                    report = MetricInspector.Inspect(data, parse.GetValue(subject)!, edition, config);
                }
            }
            catch (Exception e) when (e is KeyNotFoundException or InsufficientDataException or NonFiniteMetricException)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.InputErrors;
            }

            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(ToJson(report), JsonOutput.Options));
                return ExitCodes.Ok;
            }

            console.Out.WriteLine($"{report.Kind} {report.Subject}, {report.Period.Label} ({report.Period}), as of {Iso(report.AsOf)}");
            var table = new Table().AddColumns("name", "value", "unit", "metric", "inputs", "sources", "as of");
            foreach (var row in report.Rows)
            {
                if (row.Value is { } v)
                {
                    table.AddRow(Markup.Escape(row.Name), Markup.Escape(Display(v)), v.Unit.ToString(), Markup.Escape(v.Metric), Markup.Escape(v.Inputs), Markup.Escape(string.Join(", ", v.SourceIds)), Iso(v.AsOf));
                }
                else
                {
                    table.AddRow(Markup.Escape(row.Name), "unavailable", string.Empty, string.Empty, Markup.Escape(row.Error ?? string.Empty), string.Empty, string.Empty);
                }
            }

            console.Ansi(console.Out).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static object ToJson(MetricReport report) => new
    {
        subject = report.Subject,
        kind = report.Kind,
        period = report.Period.ToString(),
        as_of = Iso(report.AsOf),
        figures = report.Rows.Select(r => new
        {
            name = r.Name,
            value = r.Value?.Value,
            display = r.Value is { } v ? Display(v) : null,
            unit = r.Value?.Unit.ToString(),
            metric = r.Value?.Metric,
            subject = r.Value?.Subject,
            inputs = r.Value?.Inputs,
            sources = r.Value?.SourceIds,
            as_of = r.Value is { } a ? Iso(a.AsOf) : null,
            error = r.Error,
        }),
    };

    private static string Display(MetricValue v) => v.Unit switch
    {
        MetricUnit.Fraction => Formats.Percent(v.Value),
        MetricUnit.PercentagePoints => Formats.PercentagePoints(v.Value),
        MetricUnit.Usd => Formats.Usd(v.Value),
        MetricUnit.Multiple => Formats.Multiple(v.Value, 1),
        _ => Formats.Number(v.Value, v.Value == Math.Floor(v.Value) ? 0 : 2),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
