using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;
using Scriban;
using Scriban.Runtime;

namespace ReportGen.Tests.Text;

public sealed class ReportTemplateContextTests
{
    [Theory]
    [InlineData("Nvidia", "Nvidia")]
    [InlineData("S&P 500 <b>", "S&amp;P 500 &lt;b&gt;")]
    [InlineData("[x](javascript:alert(1))", "&#91;x&#93;(javascript:alert(1))")]
    [InlineData("*A* _b_ `c` ~d~ e|f #1 \\", "&#42;A&#42; &#95;b&#95; &#96;c&#96; &#126;d&#126; e&#124;f &#35;1 &#92;")]
    [InlineData("O'Neil \"Q\"", "O&#39;Neil &quot;Q&quot;")]
    public void EscapeMarkdownData_EscapesHtmlAndMarkdownMarkup(string value, string expected)
    {
        Assert.Equal(expected, ReportTemplateContext.EscapeMarkdownData(value));
    }

    [Fact]
    public void AValueOverAMegabyte_IsWrittenWhole_NotCutWithAnEllipsis()
    {
        // A layout that writes a fragment built elsewhere (an include, a filled label) writes it as one value: the sample's
        // corrections page passed Scriban's default 1 MB limit and ended in "..." with its elements unclosed.
        var big = new string('x', 3 * 1024 * 1024);
        var context = new ReportTemplateContext();
        context.PushGlobal(new ScriptObject { ["big"] = new HtmlFragment(big) });

        var output = Template.Parse("<p>{{ big }}</p>").Render(context);

        Assert.Equal(big.Length + "<p></p>".Length, output.Length);
        Assert.EndsWith("x</p>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlOutput_EscapesHtmlOnly()
    {
        var context = new ReportTemplateContext();
        context.PushGlobal(new ScriptObject { ["url"] = "https://example.org/a_b?[c]" });

        Assert.Equal("https://example.org/a_b?[c] &lt;", Template.Parse("{{ url }} {{ \"<\" }}").Render(context));
    }

    [Fact]
    public void BodyWithHostileName_AfterMarkdown_ShowsTheNameLiterallyAndMakesNoLink()
    {
        var name = "[click](javascript:alert(1)) *ETF* <script>alert(2)</script> A|B";
        var globals = new ScriptObject { ["name"] = name };
        var context = new ReportTemplateContext { Mode = RenderMode.Markdown };
        context.PushGlobal(globals);

        var markdown = Template.Parse("{{ name }}\n\n| Name | X |\n|:--|--:|\n| {{ name }} | 1 |\n").Render(context);
        var html = MarkdownRenderer.ToHtml(markdown);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("a, em, strong, script"));
        Assert.Equal(name, document.QuerySelector("p")!.TextContent);
        Assert.Equal([name, "1"], document.QuerySelectorAll("tbody td").Select(td => td.TextContent));
    }

    // Every render starts from the same builtins (string, array, math ...): a template that tries to change one fails,
    // and the next render, possibly another edition on another thread, still sees the original.
    [Theory]
    [InlineData("{{ string.upcase = \"changed\" }}")]
    [InlineData("{{ string.extra = 1 }}")]
    [InlineData("{{ array.first = 1 }}")]
    public void Render_TemplateAssignsToABuiltin_FailsAndLeavesTheBuiltinsOfTheNextRenderIntact(string mutation)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        var output = TemplateRenderer.Render(Template.Parse(mutation), new ScriptObject(), mutation, "mutation.sbn-md", diagnostics);

        Assert.Null(output);
        Assert.True(diagnostics.HasErrors);
        var probe = "{{ \"ok\" | string.upcase }} {{ object.keys string | array.contains \"extra\" }} {{ [\"a\", \"b\"] | array.first }}";
        var after = new Diagnostics.DiagnosticBag();
        Assert.Equal("OK false a", TemplateRenderer.Render(Template.Parse(probe), new ScriptObject(), probe, "probe.sbn-md", after));
    }
}
