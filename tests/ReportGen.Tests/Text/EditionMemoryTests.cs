using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Tests.TestKit;
using ReportGen.Text;
using ReportGen.Text.Functions;

namespace ReportGen.Tests.Text;

/// <summary>
/// Edition memory (<c>prev</c>, <c>streak</c>, <c>last_held</c>) over <see cref="QuarterlyMarket"/>, whose security UP
/// returns, by quarter: 2025-Q1 +10%, Q2 +9.1%, Q3 -25%, Q4 +5.6%, 2026-Q1 +4.2%; the series starts in 2025-Q1.
/// </summary>
public sealed class EditionMemoryTests
{
    private static readonly IReadOnlyList<Period> Quarters = QuarterlyMarket.Quarters;

    private static readonly SiteConfig Config = QuarterlyMarket.Config;

    [Fact]
    public void FirstEdition_HasNoPrev()
    {
        var sut = Render("{{ if prev }}again{{ else }}first edition{{ end }}", 0);

        Assert.Equal("first edition", sut.Text);
    }

    [Fact]
    public void SecondEdition_PrevPrintsWhatThePreviousEditionPrinted()
    {
        const string Template = "{{ (security \"UP\").ytd | fmt.pct }}|{{ (security \"UP\").period_return | fmt.pct }}";
        var first = Render(Template, 0).Text.Split('|');

        var sut = Render("{{ p = prev.security \"UP\" }}{{ p.ytd | fmt.pct }}|{{ p.period_return | fmt.pct }}|{{ prev.edition.period_code }}|{{ (security \"UP\").ytd | fmt.pct }}", 1).Text.Split('|');

        Assert.Equal(first[0], sut[0]);
        Assert.Equal(first[1], sut[1]);
        Assert.Equal("2025-Q1", sut[2]);
        Assert.NotEqual(sut[0], sut[3]); // control: this edition's own year-to-date figure is another number
    }

    [Fact]
    public void PrevFigures_AreRecordedWithThePreviousEditionsAsOfDate()
    {
        var sut = Render("{{ (prev.universe \"both\").period_return | fmt.pct }} {{ (universe \"both\").period_return | fmt.pct }}", 2);

        Assert.Equal([AsOf(Quarters[1]), AsOf(Quarters[2])], sut.Figures.Select(f => f.Value.AsOf));
    }

    [Fact]
    public void PrevFacts_AreCutAtThePreviousAsOfDate_NotTheCurrentOne()
    {
        var history = History(3);

        var sut = history.Previous!;

        Assert.Equal(AsOf(Quarters[2]), sut.AsOf);
        Assert.Equal(Quarters[2], sut.Period);
        Assert.All(sut.Data.Prices.Values, p => Assert.True(p.AdjustedClose!.Dates[^1] <= AsOf(Quarters[2]), $"{p.Ticker} has a close after the previous edition's as-of date"));
        // The previous edition's year-to-date return ends at its own as-of date: Q1-Q3 2025, 120 → 90 from 100, i.e. -10%.
        Assert.Equal(-0.10, sut.Security("UP").Ytd.Value, 12);
    }

    [Theory]
    [InlineData(0, "1")] // 2025-Q1 rose; nothing earlier in the series
    [InlineData(1, "2")] // Q1 and Q2 rose
    [InlineData(2, "0")] // Q3 fell: no streak
    [InlineData(3, "1")] // Q4 rose after the Q3 break
    [InlineData(4, "2")] // Q4 and 2026-Q1 rose; the break in Q3 stops the count
    public void Streak_CountsEditionsInARowUpToABreak(int edition, string expected)
    {
        var sut = Render("{{ streak (security \"UP\") \"period_return\" \">\" 0 | fmt.count }}", edition);

        Assert.Equal(expected, sut.Text);
    }

    [Fact]
    public void Streak_NegativeThresholdInParentheses_IsANumber()
    {
        var sut = Render("{{ streak (security \"UP\") \"period_return\" \"<\" (-0.2) | fmt.count }}", 2);

        Assert.Equal("1", sut.Text); // 2025-Q3 fell 25%; 2025-Q2 rose
    }

    [Fact]
    public void Streak_AgainstAnotherSubject_ComparesTheSameMetricInEachEdition()
    {
        var sut = Render("{{ streak (security \"UP\") \"period_return\" \">\" (security \"DOWN\") | fmt.count }} {{ streak (security \"DOWN\") \"period_return\" \">=\" (security \"UP\") | fmt.count }}", 1);

        Assert.Equal("2 0", sut.Text);
    }

    [Fact]
    public void Streak_RecordsItsFigureWithTheConditionAndTheEditionsItCovers()
    {
        var sut = Render("{{ streak (security \"UP\") \"period_return\" \">\" 0 | fmt.count }}", 4).Figures.Single().Value;

        Assert.Equal(HistoryFunctions.StreakMetric, sut.Metric);
        Assert.Equal(MetricUnit.Number, sut.Unit);
        Assert.Contains("UP period_return > 0 held in each edition from 2025-Q4 to 2026-Q1", sut.Inputs, StringComparison.Ordinal);
        Assert.Equal(AsOf(Quarters[4]), sut.AsOf);
    }

    [Theory]
    [InlineData(4, "<", "2025-Q3")] // 2026-Q1: the last fall was 2025-Q3
    [InlineData(2, ">", "2025-Q2")] // 2025-Q3: the last rise before it was the previous quarter
    [InlineData(2, "<", "none")] // no fall before 2025-Q3 in the series
    [InlineData(0, ">", "none")] // the first edition has no earlier period
    public void LastHeld_GivesTheLastEarlierEditionWhereTheConditionHeld(int edition, string comparison, string expected)
    {
        var sut = Render($"{{{{ l = last_held (security \"UP\") \"period_return\" \"{comparison}\" 0 }}}}{{{{ if l }}}}{{{{ l.period_code }}}}{{{{ else }}}}none{{{{ end }}}}", edition);

        Assert.Equal(expected, sut.Text);
    }

    // The README's "first time since" sentence.
    [Theory]
    [InlineData(3, "the basket rose for the first time since Q2 2025")] // 2025-Q4 rose after the Q3 fall
    [InlineData(4, "")] // 2026-Q1 rose again: not a first time
    [InlineData(2, "")] // 2025-Q3 fell
    [InlineData(0, "")] // the first edition says nothing of the kind
    public void FirstTimeSince_ReadmeSentence_IsDecidedByTheHistory(int edition, string expected)
    {
        var sut = Render("{{ u = security \"UP\" }}{{ l = last_held u \"period_return\" \">\" 0 }}{{ if l && (streak u \"period_return\" \">\" 0).value == 1 }}the basket rose for the first time since {{ l.period }}{{ end }}", edition);

        Assert.Equal(expected, sut.Text);
    }

    [Theory]
    [InlineData("{{ streak (security \"UP\") \"no_such_metric\" \">\" 0 }}", "has no metric 'no_such_metric'")]
    [InlineData("{{ streak (security \"UP\") \"period_return\" \"=>\" 0 }}", "unknown comparison '=>'")]
    [InlineData("{{ streak (security \"UP\") \"period_return\" \">\" \"zero\" }}", "got the text 'zero'")]
    [InlineData("{{ streak \"UP\" \"period_return\" \">\" 0 }}", "expects a security or universe")]
    public void History_WrongArguments_AreTemplateErrors(string template, string message)
    {
        var sut = Render(template, 2).Text;

        Assert.Contains("error RG", sut, StringComparison.Ordinal);
        Assert.Contains(message, sut, StringComparison.Ordinal);
    }

    [Fact]
    public void History_RejectsEditionsOutOfOrder()
    {
        var earlier = new[] { new EditionDate(Quarters[1], AsOf(Quarters[1])), new EditionDate(Quarters[0], AsOf(Quarters[0])) };

        Assert.Throws<ArgumentException>(() => EditionHistory.For(Market(), earlier, [], Config));
    }

    /// <summary>Renders <paramref name="template"/> as the edition of <c>Quarters[edition]</c>, with the earlier quarters as its history.</summary>
    private static (string Text, IReadOnlyList<Figure> Figures) Render(string template, int edition)
    {
        var period = Quarters[edition];
        var scope = EditionScope.For(Market(), period, AsOf(period), [], Config);
        var log = new FigureLog();
        var globals = new TemplateFunctions(scope, Config, log, "memory", history: History(edition)).ToScriptObject();
        var diagnostics = new DiagnosticBag();
        var parsed = TemplateRenderer.Parse(template, "memory", 0, 0, diagnostics);
        var output = parsed is null ? null : TemplateRenderer.Render(parsed, globals, template, "memory", diagnostics, mode: RenderMode.PlainText);
        return (output ?? string.Join("\n", diagnostics.Sorted()), log.Figures);
    }

    private static MarketData Market() => QuarterlyMarket.Data;

    private static EditionHistory History(int edition) => QuarterlyMarket.History(edition);

    private static DateOnly AsOf(Period period) => QuarterlyMarket.AsOf(period);
}
