using System.Reflection;
using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Tests.TestKit;
using ReportGen.Text;
using ReportGen.Text.Functions;

namespace ReportGen.Tests.Text;

/// <summary>Renders every [TemplateExample] on the template functions and compares the exact output (docs that cannot drift).</summary>
public sealed class TemplateFunctionExamplesTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var method in TemplateFunctions.Sets.SelectMany(set => set.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic)))
        {
            var name = method.GetCustomAttribute<TemplateFunctionAttribute>()?.Name;
            foreach (var example in method.GetCustomAttributes<TemplateExampleAttribute>())
            {
                data.Add(name!, example.Template, example.Expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_Renders_AsDocumented(string function, string template, string expected)
    {
        var sut = Render(template);

        Assert.True(sut == expected, $"{function}: {template} gave '{sut}', docs say '{expected}'");
    }

    [Fact]
    public void Examples_CoverEveryFormatter()
    {
        var formatters = TemplateFunctions.Sets.SelectMany(set => set.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic))
            .Where(m => m.GetCustomAttribute<TemplateFunctionAttribute>()?.Name.StartsWith("fmt.", StringComparison.Ordinal) == true);

        var missing = formatters.Where(m => !m.GetCustomAttributes<TemplateExampleAttribute>().Any()).Select(m => m.GetCustomAttribute<TemplateFunctionAttribute>()!.Name).ToList();

        Assert.Empty(missing);
    }

    private static string Render(string template)
    {
        var asOf = new DateOnly(2026, 3, 31);
        MetricValue Value(double v, MetricUnit unit) => new(v, unit, "example", "X", "example input", ["example"], asOf);
        // The 2026-Q1 edition of a series with four earlier quarters (QuarterlyMarket: securities UP and DOWN), so the
        // edition-memory examples (prev, streak, last_held) have a history to read; plus the securities and universes
        // that the examples of name and cohort read.
        var data = QuarterlyMarket.Data;
        var market = data with
        {
            Securities = new Dictionary<string, ReportGen.Data.Security>(data.Securities, StringComparer.Ordinal)
            {
                ["ORCL"] = new("ORCL", "Oracle Corporation", ReportGen.Data.SecurityKind.Stock, "", ""),
                ["GOOGL"] = new("GOOGL", "Alphabet Inc. (Class A)", ReportGen.Data.SecurityKind.Stock, "", ""),
                ["TSM"] = new("TSM", "Taiwan Semiconductor Manufacturing (ADR)", ReportGen.Data.SecurityKind.Stock, "", "", "TSMC"),
                ["CHAT"] = new("CHAT", "Roundhill Generative AI & Technology ETF", ReportGen.Data.SecurityKind.Etf, "", ""),
            },
            Universes = new Dictionary<string, ReportGen.Data.Universe>(data.Universes, StringComparer.Ordinal)
            {
                ["ai-infrastructure"] = new("ai-infrastructure", [], new Dictionary<string, double>()),
                ["hyperscalers"] = new("hyperscalers", [], new Dictionary<string, double>()),
            },
            // The example of events and after_event: UP's results on Thursday 2026-01-01 (base 2025-12-31 at 95; +3 sessions 2026-01-06 at 99).
            Events = [new ReportGen.Data.CalendarEvent(new DateOnly(2026, 1, 1), "UP", "quarterly results", new Uri("https://example.com/up/results"), "events")],
        };
        return TemplateHarness.Render(template, QuarterlyMarket.Quarters[4], "examples", market, RenderMode.PlainText, null, globals =>
        {
            globals["r"] = Value(0.1534, MetricUnit.Fraction);
            globals["down"] = Value(-0.042, MetricUnit.Fraction);
            globals["gap"] = Value(0.052, MetricUnit.PercentagePoints);
            globals["tiny_gap"] = Value(-0.0003, MetricUnit.PercentagePoints);
            globals["cap"] = Value(1.23e12, MetricUnit.Usd);
            globals["flow"] = Value(4.2e9, MetricUnit.Usd);
            globals["close"] = Value(32.149, MetricUnit.Usd);
            globals["pe"] = Value(42.36, MetricUnit.Multiple);
            globals["n"] = Value(9, MetricUnit.Number);
            globals["one"] = Value(1, MetricUnit.Number);
            globals["zero"] = Value(0, MetricUnit.Number);
            globals["many"] = Value(19, MetricUnit.Number);
            globals["tiny_down"] = Value(-0.0004, MetricUnit.Fraction);
            globals["small_up"] = Value(0.003, MetricUnit.Fraction);
            globals["half_down"] = Value(-0.0049, MetricUnit.Fraction);
            globals["er"] = Value(0.0068, MetricUnit.Fraction);
            globals["day"] = new DateOnly(2026, 3, 29);
        }, history: QuarterlyMarket.History(4));
    }
}
