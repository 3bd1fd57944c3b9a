using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Text;

/// <summary>
/// The figure, citation and chart markup comes from templates/partials/{figure,citation,chart}.sbn-html: an editor's
/// change reaches every figure, citation and chart; a broken partial is reported at its own path and line; a project
/// without them gets the built-in markup; headlines get no markup whatever the partials say.
/// </summary>
public sealed class MarkupPartialsTests
{
    private const string Report = "templates/reports/chips.sbn-md";
    private const string FigurePartial = "templates/partials/figure.sbn-html";

    private static readonly Period Q1 = Period.Parse("2026-Q1");

    [Fact]
    public async Task Build_EditorChangesTheFigurePartial_ChangesEveryFigureOfTheBody()
    {
        using var before = new FixtureProject("mini");
        var original = await BuildAsync(before);
        using var project = new FixtureProject("mini");
        Directory.CreateDirectory(project.PathOf("templates/partials"));
        project.Write(FigurePartial, "<mark class=\"n\" data-metric=\"{{ figure.metric }}\" data-as-of=\"{{ figure.as_of_iso }}\">{{ figure.text }}</mark>\n");

        var changed = await BuildAsync(project);

        var figuresBefore = original.Sum(e => Count(e.BodyHtml, "<span class=\"fig\""));
        Assert.True(figuresBefore > 3, $"the fixture prints {figuresBefore} figures in its bodies; the test needs several");
        Assert.Equal(figuresBefore, changed.Sum(e => Count(e.BodyHtml, "<mark class=\"n\" data-metric=\"")));
        Assert.All(changed, e => Assert.DoesNotContain("class=\"fig\"", e.BodyHtml, StringComparison.Ordinal));
        Assert.Contains("data-as-of=\"2026-03-31\">", changed[0].BodyHtml, StringComparison.Ordinal);
        Assert.Contains("</mark> and ", changed[0].BodyHtml, StringComparison.Ordinal); // the file's final line break is not output
        Assert.Equal(original.Select(e => e.Title), changed.Select(e => e.Title));
    }

    [Theory]
    [InlineData("citation.sbn-html", "<cite>{{ citation.text }}</cite>\n", "<cite>", "(Source: ")]
    [InlineData("chart.sbn-html", "<div class=\"plot\"><img src=\"{{ chart.src }}\" alt=\"{{ chart.alt }}\"></div>\n", "<div class=\"plot\"><img src=\"../../../charts/chips/2026-q1/performance.svg\" alt=\"", "<figure class=\"chart\"")]
    public async Task Build_EditorChangesACitationOrChartPartial_ChangesItsMarkup(string partial, string text, string expected, string replaced)
    {
        using var project = new FixtureProject("mini");
        Directory.CreateDirectory(project.PathOf("templates/partials"));
        project.Write("templates/partials/" + partial, text);

        var rendered = await BuildAsync(project);

        var body = rendered.Single(e => e.Edition.Period == Q1).BodyHtml;
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.DoesNotContain(replaced, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_FigurePartialWithASyntaxError_ReportsThePartialPathLineAndColumn()
    {
        using var project = new FixtureProject("mini");
        Directory.CreateDirectory(project.PathOf("templates/partials"));
        project.Write(FigurePartial, "<!-- a figure -->\n<span>{{ figure.text </span>\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, error =>
        {
            // A '{{' never closed swallows the rest of the file: RG2050 at the '{{' itself (issue 16).
            Assert.Equal("RG2050", error.Code);
            Assert.Equal(FigurePartial, error.Location!.Path);
            Assert.Equal(2, error.Location.Line);
            Assert.Equal(7, error.Location.Column);
            Assert.Equal("<span>{{ figure.text </span>", error.SourceLine);
        });
    }

    [Fact]
    public async Task Build_FigurePartialNamesAnUnknownField_ReportsThePartialLineWithItsText()
    {
        using var project = new FixtureProject("mini");
        Directory.CreateDirectory(project.PathOf("templates/partials"));
        project.Write(FigurePartial, "<!-- a figure -->\n<span title=\"{{ figure.source }}\">{{ figure.text }}</span>\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics.DistinctBy(d => d.ToString()));
        // The closest field of the figure, instead of Scriban's bare "Cannot get member with name source."
        Assert.Equal($"{FigurePartial}:2:24: error RG2002: 'source' is not a member of 'figure'; did you mean 'sources'?", error.ToString());
        Assert.Equal("<span title=\"{{ figure.source }}\">{{ figure.text }}</span>", error.SourceLine);
    }

    [Fact]
    public void Render_BuiltInPartials_WriteTheFigureAndCitationMarkup()
    {
        var html = Render("{{ r | fmt.pct }} {{ cite r }}", RenderMode.Html, MarkupPartials.BuiltIn);

        Assert.Equal("<span class=\"fig\" id=\"fig-1\" tabindex=\"0\" title=\"total_return &#183; NVDA &amp; co &#183; Adj Close 100 → 115.34 &#183; Source: example, Mar 31, 2026\">+15.3%</span> (Source: example, Mar 31, 2026)", html);
    }

    [Fact]
    public void Render_SameFunctions_FigureIsMarkupInTheBodyAndPlainInTheHeadline_InEitherOrder()
    {
        var body = "{{ r | fmt.pct }} {{ cite r }}";

        var outputs = new[] { RenderMode.PlainText, RenderMode.Markdown, RenderMode.PlainText, RenderMode.Markdown }
            .Select(mode => (mode, text: Render(body, mode, MarkupPartials.BuiltIn))).ToList();

        Assert.All(outputs.Where(o => o.mode == RenderMode.PlainText), o => Assert.Equal("+15.3% (Source: example, Mar 31, 2026)", o.text));
        Assert.All(outputs.Where(o => o.mode == RenderMode.Markdown), o => Assert.StartsWith("<p><span class=\"fig\" id=\"fig-1\"", MarkdownRenderer.ToHtml(o.text), StringComparison.Ordinal));
    }

    [Fact]
    public void Render_PlainText_WritesNoMarkupWhateverThePartialsSay()
    {
        using var project = new FixtureProject("mini");
        Directory.CreateDirectory(project.PathOf("templates/partials"));
        project.Write(FigurePartial, "<b>{{ figure.text }}</b>");
        project.Write("templates/partials/citation.sbn-html", "<cite>{{ citation.text }}</cite>");
        var partials = MarkupPartials.Load(project.Root, new DiagnosticBag());

        var headline = Render("{{ r | fmt.pct }} {{ cite r }}", RenderMode.PlainText, partials);
        var body = Render("{{ r | fmt.pct }} {{ cite r }}", RenderMode.Html, partials);

        Assert.Equal("+15.3% (Source: example, Mar 31, 2026)", headline);
        Assert.Equal("<b>+15.3%</b> <cite>example, Mar 31, 2026</cite>", body);
    }

    [Fact]
    public void Render_PartialAssignsAVariable_NeitherTheReportNorTheNextFigureSeesIt()
    {
        using var project = new FixtureProject("mini");
        Directory.CreateDirectory(project.PathOf("templates/partials"));
        project.Write(FigurePartial, "{{ if figure.id == \"2\"; x; end; x = \"partial\" }}<b>{{ figure.text }}</b>");
        var partials = MarkupPartials.Load(project.Root, new DiagnosticBag());

        var report = Render("{{ x = \"report\" }}{{ r | fmt.pct }} {{ x }}", RenderMode.Html, partials);
        var second = Render("{{ r | fmt.pct }} {{ r | fmt.pct }}", RenderMode.Html, partials);

        Assert.Equal("<b>+15.3%</b> report", report);
        Assert.StartsWith($"{FigurePartial}:1:25: error RG2002: unknown variable or function 'x'", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RunawayFigurePartial_StopsAtTheRendersTimeLimit()
    {
        using var project = new FixtureProject("mini");
        Directory.CreateDirectory(project.PathOf("templates/partials"));
        // 2^20 calls, about 2 s on a quiet machine: past the 0.2 s limit, within the loop and recursion limits.
        project.Write(FigurePartial, "{{ func f(n); if n > 0; f(n - 1); f(n - 1); end; end; f(20) }}{{ figure.text }}");
        var partials = MarkupPartials.Load(project.Root, new DiagnosticBag());

        var output = Render("{{ r | fmt.pct }}", RenderMode.Markdown, partials, TimeSpan.FromMilliseconds(200));

        Assert.StartsWith($"{FigurePartial}:1:", output, StringComparison.Ordinal);
        Assert.Contains(": error RG2031: the template ran longer than its time limit of 0.2 s", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProjectWithoutMarkupPartials_GivesTheBuiltInOnes()
    {
        using var project = new FixtureProject("mini");
        Assert.False(File.Exists(project.PathOf(FigurePartial)));

        var partials = MarkupPartials.Load(project.Root, new DiagnosticBag());

        Assert.Equal(Render("{{ r | fmt.pct }} {{ cite r }}", RenderMode.Html, MarkupPartials.BuiltIn), Render("{{ r | fmt.pct }} {{ cite r }}", RenderMode.Html, partials));
    }

    // The sample project shows editors the markup a project without partials gets: its copies are the built-in files.
    [Theory]
    [InlineData("figure.sbn-html")]
    [InlineData("citation.sbn-html")]
    [InlineData("chart.sbn-html")]
    public void SampleProjectPartial_IsTheBuiltInOne(string name)
    {
        var root = RepoPaths.Root;

        var sample = File.ReadAllBytes(Path.Combine(root, "templates", "partials", name));

        Assert.Equal(File.ReadAllBytes(Path.Combine(root, "src", "ReportGen", "Text", "Partials", name)), sample);
    }

    private static async Task<IReadOnlyList<ReportGen.Charts.RenderedEdition>> BuildAsync(FixtureProject project)
    {
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Rendered;
    }

    private static int Count(string text, string marker) => Regex.Count(text, Regex.Escape(marker));

    private static string Render(string template, RenderMode mode, MarkupPartials? partials, TimeSpan? timeLimit = null) =>
        TemplateHarness.Render(template, Q1, "examples", TemplateHarness.EmptyMarket(), mode, partials, globals =>
            globals["r"] = new MetricValue(0.1534, MetricUnit.Fraction, "total_return", "NVDA & co", "Adj Close 100 → 115.34", ["example"], Q1.End), timeLimit);
}
