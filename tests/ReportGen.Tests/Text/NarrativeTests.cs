using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Text;

public sealed class NarrativeTests
{
    private const string Phrasings = """{{ vary ["A", "B", "C"] }}""";

    [Fact]
    public void Vary_ConsecutiveQuarters_NeverRepeatAPhrasing()
    {
        var periods = Enumerable.Range(0, 12).Select(i => Period.OfQuarter(2023 + (i / 4), (i % 4) + 1)).ToList();

        var outputs = periods.Select(p => Render(Phrasings, p, "ai-equities")).ToList();

        Assert.All(outputs.Zip(outputs.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Vary_SameEdition_PicksTheSamePhrasingOnEveryRender()
    {
        var q2 = Period.Parse("2026-Q2");

        Assert.Equal(Render(Phrasings, q2, "ai-equities"), Render(Phrasings, q2, "ai-equities"));
    }

    [Fact]
    public void Formatter_ValueWithoutSource_IsAnErrorAtTheCall()
    {
        var output = Render("{{ unsourced | fmt.pct }}", Period.Parse("2026-Q2"), "x");

        Assert.Equal("example:1:16: error RG2009: fmt.pct: total_return of X has no source; every figure must cite a data set from data/sources.yml", output);
    }

    private static string Render(string template, Period period, string report) =>
        TemplateHarness.Render(template, period, report, globals =>
            globals["unsourced"] = new MetricValue(0.1, MetricUnit.Fraction, "total_return", "X", "none", [], period.End));
}
