using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Model;
using ReportGen.Planning;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Text;

/// <summary>
/// Story selection: a report's <c>angles:</c> and the <c>story</c> an edition leads with, over <see cref="QuarterlyMarket"/>
/// (UP +10% in 2025-Q1, DOWN its reciprocal, -9.1%).
/// </summary>
public sealed class StoryTests
{
    private const string Path = "templates/reports/story.sbn-md";

    private const string Body = """
        ---
        {{~ up = security "UP"
        down = security "DOWN" ~}}
        {{ story.lede }}

        Body text.
        """;

    [Fact]
    public void Story_HighestScoreAmongThoseThatHold_Wins()
    {
        var sut = Render(Angles(("up", "true", "10", "UP {{ up.period_return | fmt.pct }}"), ("down", "true", "20", "DOWN {{ down.period_return | fmt.pct }}"), ("never", "false", "99", "never")));

        Assert.Equal("down", sut.Text!.Story!.Id);
        Assert.Equal(20, sut.Text.Story.Score);
        Assert.Equal("DOWN -9.1%", sut.Text.Title);
        Assert.Contains("DOWN <span", sut.Text.BodyHtml, StringComparison.Ordinal);
        Assert.Equal([new AngleOutcome("up", true, 10), new AngleOutcome("down", true, 20), new AngleOutcome("never", false, null)], sut.Text.Story.Angles);
    }

    [Fact]
    public void Story_TiedScores_GoToTheAngleDeclaredFirst()
    {
        var sut = Render(Angles(("first", "true", "5", "first"), ("second", "true", "5", "second")));

        Assert.Equal("first", sut.Text!.Story!.Id);
        Assert.Equal("first", sut.Text.Title);
    }

    [Fact]
    public void Story_AnglesThatDoNotLead_RecordNoFigures()
    {
        var sut = Render(Angles(("up", "true", "1", "UP {{ up.period_return | fmt.pct }} {{ up.ytd | fmt.pct }}"), ("down", "true", "2", "DOWN {{ down.period_return | fmt.pct }}")));

        // The title and the lede each print DOWN's return once; UP's figures, in the angle that did not lead, are never rendered.
        Assert.Equal(["DOWN", "DOWN"], sut.Text!.Figures.Select(f => f.Value.Subject));
    }

    [Fact]
    public void Story_ScoreOfAnAngleThatDoesNotHold_IsNotEvaluated()
    {
        // The score reads a variable that does not exist: evaluated, it would be an error.
        var sut = Render(Angles(("broken", "false", "no_such_variable.value", "broken"), ("fallback", "true", "0", "fallback")));

        Assert.Empty(sut.Diagnostics);
        Assert.Equal("fallback", sut.Text!.Story!.Id);
    }

    [Fact]
    public void Story_ConditionStopsAtTheFirstFalseTerm_SoAGuardProtectsWhatFollows()
    {
        // A guard such as "prev != null && ..." must keep the rest from being evaluated in a first edition.
        var sut = Render(Angles(("guarded", "prev != null && (prev.security 'UP').period_return.value > 0", "1", "guarded"), ("fallback", "true", "0", "fallback")));

        Assert.Empty(sut.Diagnostics);
        Assert.Equal("fallback", sut.Text!.Story!.Id);
    }

    [Fact]
    public void Story_ConditionsReadTheVariablesTheBodyAssignedAboveTheLede()
    {
        var sut = Render(Angles(("rose", "up.period_return.value > 0", "1", "rose"), ("fell", "up.period_return.value <= 0", "1", "fell")), edition: 2);

        Assert.Equal("fell", sut.Text!.Story!.Id); // 2025-Q3: UP fell 25%
    }

    [Fact]
    public void Story_HeadlineIsPlainTextAndLedeIsMarkdown_EachEscapedOnce()
    {
        var sut = Render(Angles(("only", "true", "1", "S&P and {{ up.name }} *not emphasis*")));

        Assert.Equal("S&P and UP *not emphasis*", sut.Text!.Title);
        Assert.Contains("<p>S&amp;P and UP <em>not emphasis</em></p>", sut.Text.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Story_NoAngleHolds_IsRG2015AtTheAnglesLineNamingTheEdition()
    {
        var sut = Render(Angles(("rose", "up.period_return.value > 0", "1", "rose")), edition: 2);

        var error = Assert.Single(sut.Diagnostics);
        Assert.Equal(DiagnosticCodes.NoAngleHolds, error.Code);
        Assert.Equal(new SourceLocation(Path, LineOf(sut.Source, "angles:"), 1), error.Location);
        Assert.Equal("story 2025-Q3: no angle holds: none of rose has a 'when' that is true; add a fallback angle with 'when: true' as the last one", error.Message);
        Assert.Null(sut.Text);
    }

    [Fact]
    public void Story_ReadByAReportWithoutAngles_IsRG2015()
    {
        var sut = Render("title: \"t\"\n");

        var error = Assert.Single(sut.Diagnostics);
        Assert.Equal(DiagnosticCodes.NoAngleHolds, error.Code);
        Assert.Contains("declares no angles", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when", "1", "angle 'bad': its 'when' gave the number 1; expected true or false")]
    [InlineData("when", "nope.value > 0", "angle 'bad': its 'when' failed in 2025-Q1: The variable or function `nope` was not found")]
    [InlineData("when", "(up.period_return | fmt.pct) != null", "angle 'bad': its 'when' printed a figure")]
    [InlineData("score", "'high'", "angle 'bad': its 'score' gave the text 'high'; expected a number")]
    [InlineData("score", "up.period_return", "angle 'bad': its 'score' gave the metric value total_return of UP; expected a plain number")]
    public void Story_WhenOrScoreOfTheWrongTypeOrFailing_IsRG2017NamingTheAngle(string key, string expression, string message)
    {
        var when = key == "when" ? expression : "true";
        var score = key == "score" ? expression : "1";

        var sut = Render(Angles(("bad", when, score, "bad"), ("fallback", "true", "0", "fallback")));

        var error = Assert.Single(sut.Diagnostics);
        Assert.Equal(DiagnosticCodes.AngleEvaluation, error.Code);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(sut.Source, $"    {key}: \"{expression}\""), error.Location!.Line);
    }

    [Theory]
    [InlineData("  - id: a\n    when: \"true\"\n    score: \"1\"\n    headline: \"h\"\n", "RG1072", "'angles[0]' lacks the required key 'lede'; it needs id, when, score, headline, lede")]
    [InlineData("  - id: a\n    when: \"true\"\n    score: [1]\n    headline: \"h\"\n    lede: \"l\"\n", "RG1071", "'angles[0].score': expected a string or a number, found a list")]
    [InlineData("  - id: a\n    when: \"true\"\n    score: \"1\"\n    heading: \"h\"\n    lede: \"l\"\n", "RG1070", "unknown key 'heading' in 'angles[0]'; did you mean 'headline'?")]
    [InlineData("  - id: a b\n    when: \"true\"\n    score: \"1\"\n    headline: \"h\"\n    lede: \"l\"\n", "RG1073", "'a b' is not allowed in 'angles[0].id': expected the form ^[A-Za-z0-9_-]+$, e.g. 'one-stock'")]
    [InlineData("  - just text\n", "RG1071", "'angles[0]': expected a mapping, found a string ('just text')")]
    public void Angles_MalformedDeclaration_IsOneSchemaErrorAtItsLine(string angle, string code, string message)
    {
        var text = Front("angles:\n" + angle) + Body;
        var diagnostics = new DiagnosticBag();

        var sut = ReportLoader.Parse(text, Path, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
        Assert.InRange(error.Location!.Line, LineOf(text, "angles:") + 1, LineOf(text, "angles:") + 5);
        Assert.Null(sut);
    }

    [Fact]
    public void Angles_DuplicateId_IsRG2016AtTheSecondAngle()
    {
        var text = Angles(("same", "true", "1", "one"), ("same", "true", "2", "two"));
        var diagnostics = new DiagnosticBag();

        var sut = ReportLoader.Parse(text, Path, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.BadAngle, error.Code);
        Assert.Equal("angle id 'same' is declared twice; each angle needs its own id", error.Message);
        Assert.Equal(text.Split('\n').Select((l, i) => (l, i)).Where(x => x.l == "  - id: same").Last().i + 1, error.Location!.Line);
        Assert.Equal(["same"], sut!.Angles.Select(a => a.Id));
    }

    [Fact]
    public void Angles_NotAList_IsRG1071()
    {
        var diagnostics = new DiagnosticBag();

        ReportLoader.Parse(Front("angles: lead with the best\n") + Body, Path, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.SchemaWrongType, error.Code);
        Assert.Equal("'angles': expected a list of mappings, found a string ('lead with the best')", error.Message);
    }

    [Fact]
    public void TypedNumberInALede_IsReportedAtItsLineInTheFrontMatter()
    {
        var text = Angles(("only", "true", "1", "up by 12.5% {{ up.period_return | fmt.pct }}"));
        var report = ReportLoader.Parse(text, Path, new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();

        ReportGen.Checking.TypedNumberScanner.Scan(report, diagnostics);

        // The headline and the lede are the same text in this report: one error each.
        var errors = diagnostics.Sorted();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.TypedNumber, e.Code));
        var line = LineOf(text, "    lede: \"up by 12.5%");
        Assert.Equal(new SourceLocation(Path, line, text.Split('\n')[line - 1].IndexOf("12.5", StringComparison.Ordinal) + 1), errors[1].Location);
    }

    private static string Front(string angles) =>
        "---\ntitle: \"{{ story.headline }}\"\nsummary: \"s\"\nseries: Story\ncadence: quarterly\nfirst_period: 2025-Q1\n" + angles;

    private static string Angles(params (string Id, string When, string Score, string Text)[] angles)
    {
        var yaml = string.Concat(angles.Select(a => $"  - id: {a.Id}\n    when: \"{a.When}\"\n    score: \"{a.Score}\"\n    headline: \"{a.Text}\"\n    lede: \"{a.Text}\"\n"));
        return Front("angles:\n" + yaml) + Body;
    }

    private static int LineOf(string text, string start) => Array.FindIndex(text.Split('\n'), l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    private static (EditionText? Text, IReadOnlyList<Diagnostic> Diagnostics, string Source) Render(string text, int edition = 0)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            text = Front(text.Replace("title: \"t\"\n", string.Empty, StringComparison.Ordinal)) + Body;
        }

        var diagnostics = new DiagnosticBag();
        var report = ReportLoader.Parse(text, Path, diagnostics)!;
        var period = QuarterlyMarket.Quarters[edition];
        var asOf = QuarterlyMarket.AsOf(period);
        var scope = EditionScope.For(QuarterlyMarket.Data, period, asOf, [], QuarterlyMarket.Config);
        var result = RenderText.Run(new Edition(report, period, asOf, false), scope, QuarterlyMarket.History(edition), QuarterlyMarket.Config, ChartLayout.Picture, diagnostics);
        return (result, diagnostics.Sorted(), text);
    }
}
