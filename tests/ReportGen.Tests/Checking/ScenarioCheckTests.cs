using ReportGen.Checking.Scenarios;
using ReportGen.Diagnostics;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Checking;

/// <summary>check --scenarios on the fixture project: a planted contradiction is refused, a guarded sentence passes, a crash is reported.</summary>
public sealed class ScenarioCheckTests
{
    private const string Report = "templates/reports/chips.sbn-md";

    private static FixtureProject With(string sentence)
    {
        var project = new FixtureProject("mini");
        project.Write(Report, project.Read(Report).Replace("## Context\n", $"## Context\n\n{sentence}\n", StringComparison.Ordinal));
        return project;
    }

    private static int LineOf(FixtureProject project, string sentence) => Array.IndexOf(project.Read(Report).Split('\n'), sentence) + 1;

    private static Task<ScenarioCheckResult> Run(FixtureProject project, string scenarios) =>
        ScenarioCheck.RunAsync(new BuildOptions(project.Root), MarketScenarios.Parse(scenarios, out _), CancellationToken.None);

    [Fact]
    public async Task AllFall_AnUnguardedRise_IsRefusedWithRG2012AtItsTemplateLine()
    {
        // Arrange
        const string Sentence = "The basket rose {{ u.period_return | fmt.pct }} over the quarter.";
        using var project = With(Sentence);

        // Act
        var result = await Run(project, "all-fall");

        // Assert
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ScenarioContradiction, d.Code);
        Assert.Equal(new SourceLocation(Report, LineOf(project, Sentence), 12), d.Location);
        Assert.Contains("under scenario all-fall", d.Message, StringComparison.Ordinal);
        Assert.Contains("says 'rose'", d.Message, StringComparison.Ordinal);
        Assert.Contains("equal_weight_return of chips", d.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.Scenarios.Single().Contradictions);
    }

    [Fact]
    public async Task AllFall_TheSameSentenceGuardedByItsFigure_Passes()
    {
        // Arrange
        using var project = With("{{ if u.period_return.value > 0 }}The basket rose {{ u.period_return | fmt.pct }} over the quarter.{{ end }}");

        // Act
        var result = await Run(project, "all-fall,all-rise");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(result.Scenarios, s => Assert.Equal(2, s.Rendered));
        Assert.All(result.Scenarios, s => Assert.True(s.Claims > 0));
    }

    [Fact]
    public async Task AllRise_LedOnTheWrongMember_IsRefused()
    {
        // Arrange: the last of the leaders "led", and the table below prints both members' returns.
        using var project = With("{{ (u.leaders | array.last).ticker }} led the group with {{ (u.leaders | array.last).period_return | fmt.pct }}.");

        // Act
        var result = await Run(project, "all-rise");

        // Assert
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ScenarioContradiction, d.Code);
        Assert.Contains("says 'led'", d.Message, StringComparison.Ordinal);
        Assert.Contains("is higher", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleMember_ATemplateThatNeedsASecondMember_IsRG2013AtTheErrorsLine()
    {
        // Arrange
        const string Sentence = "The runner-up returned {{ (u.leaders[1]).period_return | fmt.pct }}.";
        using var project = With(Sentence);

        // Act
        var all = await Run(project, "actual");
        var single = await Run(project, "single-member");

        // Assert
        Assert.True(all.Succeeded, string.Join("\n", all.Diagnostics));
        var d = Assert.Single(single.Diagnostics);
        Assert.Equal(DiagnosticCodes.ScenarioBuildError, d.Code);
        Assert.Equal(LineOf(project, Sentence), d.Location?.Line);
        Assert.StartsWith("chips 2026-Q1 under scenario single-member: RG", d.Message, StringComparison.Ordinal);
        Assert.Contains("(also in 1 other edition: 2026-Q2)", d.Message, StringComparison.Ordinal);
        Assert.Equal(0, single.Scenarios.Single().Rendered);
    }

    [Fact]
    public async Task AGuardThatReadsTheWrongWindow_IsRG2014InEveryMarket()
    {
        // Arrange: the guard compares the basket's year to date with the index's quarter.
        const string Sentence = "{{ if holds \"beat\" u.ytd spy.period_return }}The basket is ahead.{{ end }}";
        using var project = With(Sentence);

        // Act
        var result = await Run(project, "actual");

        // Assert
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ScenarioClaimRecheck, d.Code);
        Assert.Equal(LineOf(project, Sentence), d.Location?.Line);
        Assert.Contains("measure different things or windows", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstEdition_RendersOnlyTheLastEditionOfEachReport()
    {
        // Arrange
        using var project = new FixtureProject("mini");

        // Act
        var result = await Run(project, "first-edition");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var summary = Assert.Single(result.Scenarios);
        Assert.Equal((1, 1), (summary.Editions, summary.Rendered));
    }
}
