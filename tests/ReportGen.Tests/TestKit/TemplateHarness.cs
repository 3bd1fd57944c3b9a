using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Model;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;
using ReportGen.Text.Functions;
using Scriban.Runtime;

namespace ReportGen.Tests.TestKit;

/// <summary>Renders a template snippet with the real template functions over an empty market, for function-level tests.</summary>
public static class TemplateHarness
{
    /// <summary>The output, or the diagnostics (one per line) when rendering failed.</summary>
    public static string Render(string template, Period period, string report, Action<ScriptObject>? setup = null) =>
        Render(template, period, report, EmptyMarket(), setup);

    /// <summary>A market without sources, securities, prices or universes.</summary>
    public static MarketData EmptyMarket() => new(
            new Dictionary<string, DataSource>(StringComparer.Ordinal),
            new Dictionary<string, Security>(StringComparer.Ordinal),
            new Dictionary<string, SecurityPrices>(StringComparer.Ordinal),
            new Dictionary<string, Universe>(StringComparer.Ordinal),
            new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The output over <paramref name="data"/> (as of the period's end), or the diagnostics (one per line) when rendering failed.</summary>
    public static string Render(string template, Period period, string report, MarketData data, Action<ScriptObject>? setup = null) =>
        Render(template, period, report, data, RenderMode.PlainText, null, setup);

    /// <summary>
    /// The output over <paramref name="data"/> in <paramref name="mode"/> with <paramref name="partials"/> (built-in when
    /// null), or the diagnostics (one per line) when rendering failed.
    /// </summary>
    /// <remarks>With <paramref name="history"/>, the edition has earlier editions (<c>prev</c>, <c>streak</c>, <c>last_held</c>); without, it is a first edition.</remarks>
    /// <remarks>With <paramref name="claims"/>, the claims the template made or tested are recorded there.</remarks>
    public static string Render(string template, Period period, string report, MarketData data, RenderMode mode, MarkupPartials? partials, Action<ScriptObject>? setup = null, TimeSpan? timeLimit = null, EditionHistory? history = null, ClaimLog? claims = null)
    {
        var config = SiteConfigReader.Parse(string.Empty, new DiagnosticBag());
        var scope = EditionScope.For(data, period, period.End, [], config);
        var globals = new TemplateFunctions(scope, config, new FigureLog(), report, partials, history, claims).ToScriptObject();
        setup?.Invoke(globals);
        var diagnostics = new DiagnosticBag();
        var parsed = TemplateRenderer.Parse(template, "example", 0, 0, diagnostics);
        var output = parsed is null ? null : TemplateRenderer.Render(parsed, globals, template, "example", diagnostics, mode: mode, timeLimit: timeLimit);
        return output ?? string.Join("\n", diagnostics.Sorted());
    }
}
