using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportGen.Checking;
using ReportGen.Checking.Scenarios;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen check</c>: validates settings, data, templates, typed numbers, figure sources and links without writing
/// anything; with <c>--scenarios</c>, also renders every report against synthetic markets and refuses prose its own figures
/// contradict.
/// </summary>
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
        var scenarios = new Option<string?>("--scenarios")
        {
            Description = $"Also render every report against synthetic markets made from the project's data and fail on prose its figures contradict (RG2012), an edition that does not render (RG2013) or a recorded claim that fails its re-check (RG2014); all of them, or a comma-separated list of: {MarketScenarios.Names}",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "names",
        };
        scenarios.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0)
            {
                MarketScenarios.Parse(r.Tokens[0].Value, out var unknown);
                if (unknown is not null)
                {
                    r.AddError($"--scenarios: '{unknown}' is not a scenario; expected one or more of: {MarketScenarios.Names}");
                }
            }
        });
        command.Options.Add(scenarios);
        command.Options.Add(common.Strict);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = common.Read(parse);
            var result = await ProjectCheck.RunAsync(options, cancellationToken).ConfigureAwait(false);
            var (diagnostics, hadWarnings) = options.Strict ? StrictMode.Promote(result.Diagnostics) : (result.Diagnostics, false);
            DiagnosticPrinter.Print(diagnostics, console.Error);
            var ok = result.Succeeded && !hadWarnings;
            if (parse.GetResult(scenarios) is not null)
            {
                var chosen = MarketScenarios.Parse(parse.GetValue(scenarios), out _);
                var clock = Stopwatch.StartNew();
                var run = await ScenarioCheck.RunAsync(options, chosen, cancellationToken).ConfigureAwait(false);
                var (scenarioDiagnostics, scenarioWarnings) = options.Strict ? StrictMode.Promote(run.Diagnostics) : (run.Diagnostics, false);
                DiagnosticPrinter.Print(scenarioDiagnostics, console.Error);
                ok &= !scenarioWarnings;
                foreach (var s in run.Scenarios)
                {
                    await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"scenario {s.Name}: {s.Rendered} of {s.Editions} edition(s) rendered, {s.Claims} claim(s) checked, {s.Contradictions} contradiction(s), {s.BuildErrors} build error(s)")).ConfigureAwait(false);
                }

                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{run.Scenarios.Count} scenario(s) in {clock.Elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);

                ok &= run.Succeeded;
            }

            if (!ok)
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
