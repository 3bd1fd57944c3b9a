using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReportGen.Diagnostics;
using ReportGen.Publishing;
using Spectre.Console;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen ledger</c>: the published record (docs/ledger.md): every published edition, its versions and corrections.</summary>
public static class LedgerCommand
{
    /// <summary>
    /// The clock a build publishes by: the system clock (UTC), or, when the environment sets <c>SOURCE_DATE_EPOCH</c>
    /// (seconds since 1970-01-01 UTC, the reproducible-builds convention, https://reproducible-builds.org/specs/source-date-epoch/),
    /// that fixed time, so a build can be repeated byte for byte (tests, audits).
    /// </summary>
    public static Func<DateTimeOffset> PublicationClock()
    {
        if (long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253_402_300_799)
        {
            var fixedTime = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return () => fixedTime;
        }

        return () => DateTimeOffset.UtcNow;
    }

    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options (<c>--project</c>, <c>--report</c>).</param>
    /// <param name="console">Where to write.</param>
    public static Command Create(CommonOptions common, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(console);
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("ledger", "List the published editions recorded in published/ledger.csv: versions, publication times and corrections (reads only the ledger).");
        command.Options.Add(common.Project);
        command.Options.Add(common.Report);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var ledger = LedgerStore.Read(parse.GetValue(common.Project)!.FullName, diagnostics);
            DiagnosticPrinter.Print(diagnostics.Sorted(), console.Error);
            if (ledger is null)
            {
                return ExitCodes.InputErrors;
            }

            var report = parse.GetValue(common.Report);
            var versions = ledger.Versions.Where(v => report is null || v.Report == report).ToList();
            string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            List<LedgerCorrection> CorrectionsOf(LedgerVersion v) => [.. ledger.Corrections.Where(c => c.Report == v.Report && c.Period == v.Period && c.Version == v.Version)];
            if (parse.GetValue(json))
            {
                var rows = versions.Select(v => new
                {
                    report = v.Report,
                    period = v.Period,
                    version = v.Version,
                    as_of = v.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    published_at = Time(v.PublishedAt),
                    figures = v.FigureCount,
                    figures_sha256 = v.FiguresSha256,
                    page_sha256 = v.PageSha256,
                    title = v.Title,
                    corrections = CorrectionsOf(v).Select(c => new { figure = c.Figure, old = c.Old, @new = c.New, why = c.Why }),
                });
                console.Out.WriteLine(JsonSerializer.Serialize(rows, JsonOutput.Options));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("report", "period", "version", "as of", "published", "figures", "correction");
            foreach (var v in versions)
            {
                var fixes = CorrectionsOf(v);
                var text = string.Join("\n", fixes.Select(c => $"{c.Figure}: {c.Old} → {c.New}"));
                table.AddRow(Markup.Escape(v.Report), v.Period, v.Version.ToString(CultureInfo.InvariantCulture), v.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Time(v.PublishedAt), v.FigureCount.ToString(CultureInfo.InvariantCulture), Markup.Escape(text));
            }

            console.Ansi(console.Out).Write(table);
            var editions = versions.Select(v => (v.Report, v.Period)).Distinct().Count();
            var corrected = versions.Count(v => v.Version > 1);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{editions} published edition(s), {versions.Count} version(s), {corrected} correction(s)"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
