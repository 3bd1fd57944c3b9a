using System.Globalization;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Checking.Scenarios;

/// <summary>What one scenario of <see cref="ScenarioCheck"/> found.</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Editions">Editions planned under it.</param>
/// <param name="Rendered">Editions that rendered.</param>
/// <param name="Claims">Claims read and judged in the rendered editions.</param>
/// <param name="Contradictions">Distinct contradictions (<see cref="DiagnosticCodes.ScenarioContradiction"/>); one may stand for several editions.</param>
/// <param name="BuildErrors">Distinct build errors (<see cref="DiagnosticCodes.ScenarioBuildError"/>).</param>
public sealed record ScenarioSummary(string Name, int Editions, int Rendered, int Claims, int Contradictions, int BuildErrors);

/// <summary>What <see cref="ScenarioCheck"/> found.</summary>
/// <param name="Diagnostics">Every finding (and any load error), sorted.</param>
/// <param name="Scenarios">One summary per scenario run, in order.</param>
public sealed record ScenarioCheckResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ScenarioSummary> Scenarios)
{
    /// <summary>True when there is no error.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// <c>reportgen check --scenarios</c>: loads the project once, then for each <see cref="MarketScenario"/> renders every
/// edition's text in memory (facts, headline, dek, body and bound chart specs; no charts drawn, nothing written) against
/// the scenario's market, and reports each edition that does not render (<see cref="DiagnosticCodes.ScenarioBuildError"/>)
/// and each sentence its own figures contradict (<see cref="DiagnosticCodes.ScenarioContradiction"/>,
/// <see cref="ContradictionChecker"/>). A finding repeated in several editions at one template place is reported once,
/// naming the first edition and how many others.
/// </summary>
public static class ScenarioCheck
{
    /// <summary>Runs <paramref name="scenarios"/> over the project of <paramref name="options"/>.</summary>
    /// <param name="options">The project, and optionally one report (<see cref="BuildOptions.Report"/>), an as-of limit and drafts.</param>
    /// <param name="scenarios">The scenarios, e.g. <see cref="MarketScenarios.All"/>.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The findings and one summary per scenario; load errors of the project instead when it does not load.</returns>
    public static Task<ScenarioCheckResult> RunAsync(BuildOptions options, IReadOnlyList<MarketScenario> scenarios, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scenarios);
        return Task.Run(() => Run(options, scenarios, cancellationToken), cancellationToken);
    }

    private static ScenarioCheckResult Run(BuildOptions options, IReadOnlyList<MarketScenario> scenarios, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        if (PlannedProject.Load(options, diagnostics) is not { } project)
        {
            return new ScenarioCheckResult(diagnostics.Sorted(), []);
        }

        var (config, data, planned) = (project.Config, project.Data, project.Editions.ToList());
        var summaries = new List<ScenarioSummary>();
        var findings = new List<Finding>();
        foreach (var scenario in scenarios)
        {
            cancellationToken.ThrowIfCancellationRequested();
            summaries.Add(RunScenario(scenario, data, config, planned, findings, diagnostics, cancellationToken));
        }

        // The same sentence at the same place found under several scenarios (the actual data's editions reappear in markets
        // that change other things) is reported once, naming the other scenarios.
        foreach (var same in findings.GroupBy(f => f.Key))
        {
            var first = same.First();
            var also = same.Skip(1).Select(f => f.Scenario).Distinct(StringComparer.Ordinal).ToList();
            var message = also.Count == 0 ? first.Message : $"{first.Message}; the same under scenario{(also.Count == 1 ? string.Empty : "s")} {string.Join(", ", also)}";
            diagnostics.Error(first.Code, message, first.Location, first.Line);
        }

        // Warnings of loading are the plain check's business; only the scenarios' findings are reported here.
        return new ScenarioCheckResult([.. diagnostics.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error)], summaries);
    }

    private static ScenarioSummary RunScenario(MarketScenario scenario, MarketData data, SiteConfig config, List<Edition> planned, List<Finding> findings, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var benchmarks = Benchmarks(config, planned);
        MarketData market;
        try
        {
            market = scenario.Transform(data, benchmarks);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException)
        {
            diagnostics.Error(DiagnosticCodes.ScenarioBuildError, $"scenario {scenario.Name} could not be made from the project's data: {e.Message}");
            return new ScenarioSummary(scenario.Name, 0, 0, 0, 0, 1);
        }

        // The planner's data-dependent rule holds under the scenario too: a series published only where a fundamentals
        // snapshot exists (only_with_fundamentals) has no edition where the scenario's data has none.
        var possible = planned.Where(e => EditionPlanner.HasItsData(e, market)).ToList();
        List<Edition> plan = scenario.LastEditionOnly
            ? [.. possible.GroupBy(e => e.Report.Slug, StringComparer.Ordinal).Select(g => g.MaxBy(e => e.Period)!)]
            : possible;
        var checker = new ContradictionChecker(config.Thresholds, market.Universes);
        var outcomes = new (EditionText? Text, IReadOnlyList<Diagnostic> Errors, IReadOnlyList<Contradiction> Found, IReadOnlyList<ClaimFinding> Rechecked, int Claims)[plan.Count];
        Parallel.For(0, plan.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var own = new DiagnosticBag();
            EditionText? text = null;
            try
            {
                text = RenderEdition.Text(plan[i], plan, market, config, own);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                own.Error(DiagnosticCodes.ScenarioBuildError, $"rendering crashed: {e.GetType().Name}: {e.Message}", SourceLocation.File(plan[i].Report.Path));
            }

            var errors = own.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (text is null || errors.Count > 0)
            {
                outcomes[i] = (null, errors, [], [], 0);
                return;
            }

            var found = checker.Check(text, out var claims);
            outcomes[i] = (text, [], found, ClaimRecheck.Check(text.Claims, config.Thresholds), claims + text.Claims.Count);
        });

        var buildErrors = Report(scenario, plan, outcomes.Select(o => o.Errors).ToList(), findings);
        var contradictions = Report(scenario, plan, outcomes.Select(o => o.Found).ToList(), findings)
            + Report(scenario, plan, outcomes.Select(o => o.Rechecked).ToList(), findings);
        return new ScenarioSummary(scenario.Name, plan.Count, outcomes.Count(o => o.Text is not null), outcomes.Sum(o => o.Claims), contradictions, buildErrors);
    }

    /// <summary>The benchmarks of a project: the house benchmark and every planned report's <c>benchmarks:</c>.</summary>
    /// <param name="config">Site settings.</param>
    /// <param name="editions">The planned editions.</param>
    public static IReadOnlySet<string> Benchmarks(SiteConfig config, IEnumerable<Edition> editions)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(editions);
        return editions.SelectMany(e => e.Report.Benchmarks).Append(config.Benchmark).ToHashSet(StringComparer.Ordinal);
    }

    // One RG2013 per (report, place, code): the first edition's error, and how many other editions had it.
    private static int Report(MarketScenario scenario, List<Edition> plan, List<IReadOnlyList<Diagnostic>> errors, List<Finding> findings)
    {
        var groups = Enumerable.Range(0, plan.Count)
            .SelectMany(i => errors[i].Select(d => (Edition: plan[i], Error: d)))
            .GroupBy(x => (x.Edition.Report.Slug, Location: x.Error.Location?.ToString(), x.Error.Code))
            .ToList();
        foreach (var group in groups)
        {
            var (edition, error) = group.First();
            var message = $"{edition.Report.Slug} {edition.Period} under scenario {scenario.Name}: {error.Code}: {error.Message}{Others(group.Select(g => g.Edition).Skip(1))}";
            findings.Add(new Finding($"{group.Key}|{error.Message}", scenario.Name, DiagnosticCodes.ScenarioBuildError, message, error.Location, error.SourceLine));
        }

        return groups.Count;
    }

    // One RG2012 per (report, template place, rule, claim words): the first edition's sentence and figures, and the others.
    private static int Report(MarketScenario scenario, List<Edition> plan, List<IReadOnlyList<Contradiction>> found, List<Finding> findings)
    {
        var located = Enumerable.Range(0, plan.Count)
            .SelectMany(i => found[i].Select(c => (Edition: plan[i], Finding: c, Place: TemplateLocator.Locate(plan[i].Report, c))))
            .GroupBy(x => (x.Edition.Report.Slug, Location: x.Place.Location.ToString(), x.Finding.Rule, Phrase: x.Finding.Phrase.ToLowerInvariant()))
            .ToList();
        foreach (var group in located)
        {
            var (edition, finding, (location, line)) = group.First();
            var others = group.Select(g => g.Edition).Distinct().Skip(1);
            var message = $"{edition.Report.Slug} {edition.Period} under scenario {scenario.Name}: '{finding.Sentence.Text}' says '{finding.Phrase}': {finding.Reason}{Others(others)}";
            findings.Add(new Finding($"{group.Key}|{finding.Sentence.Text}", scenario.Name, DiagnosticCodes.ScenarioContradiction, message, location, line));
        }

        return located.Count;
    }

    // One RG2014 per (report, template call, kind, rule): the first edition's claim and figures, and the others.
    private static int Report(MarketScenario scenario, List<Edition> plan, List<IReadOnlyList<ClaimFinding>> found, List<Finding> findings)
    {
        var groups = Enumerable.Range(0, plan.Count)
            .SelectMany(i => found[i].Select(c => (Edition: plan[i], Finding: c)))
            .GroupBy(x => (x.Edition.Report.Slug, x.Finding.Claim.Line, x.Finding.Claim.Column, x.Finding.Claim.Kind, x.Finding.Rule))
            .ToList();
        foreach (var group in groups)
        {
            var (edition, finding) = group.First();
            var report = edition.Report;
            var lines = report.Text.Split('\n');
            var line = finding.Claim.Line >= 1 && finding.Claim.Line <= lines.Length ? lines[finding.Claim.Line - 1].TrimEnd('\r') : null;
            var message = $"{report.Slug} {edition.Period} under scenario {scenario.Name}: the claim '{finding.Claim.Kind}' ('{finding.Claim.Words}', recorded by {finding.Claim.Function}) fails its re-check: {finding.Reason}{Others(group.Select(g => g.Edition).Distinct().Skip(1))}";
            findings.Add(new Finding($"{group.Key}", scenario.Name, DiagnosticCodes.ScenarioClaimRecheck, message, new SourceLocation(report.Path, finding.Claim.Line, finding.Claim.Column), line));
        }

        return groups.Count;
    }

    private static string Others(IEnumerable<Edition> editions)
    {
        var periods = editions.Select(e => e.Period.ToString()).Distinct(StringComparer.Ordinal).ToList();
        return periods.Count == 0 ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" (also in {periods.Count} other edition{(periods.Count == 1 ? string.Empty : "s")}: {string.Join(", ", periods.Take(6))}{(periods.Count > 6 ? ", ..." : string.Empty)})");
    }

    private sealed record Finding(string Key, string Scenario, string Code, string Message, SourceLocation? Location, string? Line);
}
