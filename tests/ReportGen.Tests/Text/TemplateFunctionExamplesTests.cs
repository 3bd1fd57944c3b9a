using System.Reflection;
using ReportGen.Binding;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Metrics.Model;
using ReportGen.Text;
using ReportGen.Text.Functions;

namespace ReportGen.Tests.Text;

/// <summary>Renders every [TemplateExample] on the template functions and compares the exact output (docs that cannot drift).</summary>
public sealed class TemplateFunctionExamplesTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var method in typeof(TemplateFunctions).GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic))
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
        var formatters = typeof(TemplateFunctions).GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic)
            .Where(m => m.GetCustomAttribute<TemplateFunctionAttribute>()?.Name.StartsWith("fmt.", StringComparison.Ordinal) == true);

        var missing = formatters.Where(m => !m.GetCustomAttributes<TemplateExampleAttribute>().Any()).Select(m => m.GetCustomAttribute<TemplateFunctionAttribute>()!.Name).ToList();

        Assert.Empty(missing);
    }

    private static string Render(string template)
    {
        var data = new MarketData(
            new Dictionary<string, DataSource>(StringComparer.Ordinal),
            new Dictionary<string, Security>(StringComparer.Ordinal),
            new Dictionary<string, SecurityPrices>(StringComparer.Ordinal),
            new Dictionary<string, Universe>(StringComparer.Ordinal),
            new Dictionary<string, string>(StringComparer.Ordinal));
        var asOf = new DateOnly(2026, 3, 31);
        var scope = new EditionScope(data, Period.Parse("2026-Q1"), asOf);
        var config = SiteConfigReader.Parse(string.Empty, new DiagnosticBag());
        var functions = new TemplateFunctions(scope, config, new FigureLog(), "examples") { WrapFigures = false };
        var globals = functions.ToScriptObject();
        MetricValue Value(double v, FigureUnit unit) => new(v, unit, "example", "X", "example input", ["example"], asOf);
        globals["r"] = Value(0.1534, FigureUnit.Fraction);
        globals["down"] = Value(-0.042, FigureUnit.Fraction);
        globals["gap"] = Value(0.052, FigureUnit.PercentagePoints);
        globals["cap"] = Value(1.23e12, FigureUnit.Usd);
        globals["flow"] = Value(4.2e9, FigureUnit.Usd);
        globals["pe"] = Value(42.36, FigureUnit.Multiple);
        globals["n"] = Value(9, FigureUnit.Number);
        globals["er"] = Value(0.0068, FigureUnit.Fraction);
        globals["day"] = new DateOnly(2026, 3, 29);
        var diagnostics = new DiagnosticBag();
        var parsed = TemplateRenderer.Parse(template, "example", 0, 0, diagnostics);
        var output = parsed is null ? null : TemplateRenderer.Render(parsed, globals, template, "example", diagnostics);
        return output ?? string.Join("\n", diagnostics.Sorted());
    }
}
