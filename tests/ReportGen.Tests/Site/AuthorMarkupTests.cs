using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Site;

/// <summary>
/// Issue 17, item 9: HTML typed into report or FAQ Markdown is text unless reportgen.yml says <c>raw_html: true</c>;
/// tags spelled two ways are an error, not one silently shared page; a path collision names its source, with no
/// "(Parameter 'path')".
/// </summary>
public sealed class AuthorMarkupTests
{
    private const string Chips = "templates/reports/chips.sbn-md";
    private const string Page = "site/reports/chips/2026-q2/index.html";
    private const string Faq = "templates/faq/what-is-a-basket.md";

    [Fact]
    public void AHeadingWithAGeneratedFragment_GetsAnIdFromTheFragmentsText_NotFromTheProcessSecret()
    {
        // Bug: the id was the slug of the token, the process's random secret and the fragment in hexadecimal, so two builds
        // of the same inputs wrote different ids ("...without-d01bd898...") and the output was not byte-identical.
        var html = MarkdownRenderer.ToHtml("### Without " + MarkdownRenderer.Protect("<a class=\"ticker\" href=\"x/\">Nvidia</a>") + "?\n");

        Assert.Contains("<h3 id=\"without-nvidia\">Without <a class=\"ticker\" href=\"x/\">Nvidia</a>?</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_RawHtmlInReportAndFaqMarkdown_IsShownAsText_ByDefault()
    {
        using var project = new FixtureProject("mini");
        project.Write(Chips, project.Read(Chips) + "\n<iframe src=\"https://example.invalid/\"></iframe> and <b onmouseover=\"alert(1)\">bold</b>\n");
        project.Write(Faq, project.Read(Faq) + "\n<script>alert(1)</script>\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = project.Read(Page);
        Assert.DoesNotContain("<iframe", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onmouseover", page, StringComparison.Ordinal);
        Assert.Contains("&lt;iframe src=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", project.Read("site/faq/what-is-a-basket/index.html"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"fig\"", page, StringComparison.Ordinal); // ReportGen's own markup still reaches the page
    }

    [Fact]
    public async Task Build_RawHtml_WhenTheSiteAllowsIt_ReachesThePage()
    {
        using var project = new FixtureProject("mini");
        project.Write("reportgen.yml", project.Read("reportgen.yml") + "raw_html: true\n");
        project.Write(Chips, project.Read(Chips) + "\n<aside class=\"note\">Desk note.</aside>\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<aside class=\"note\">Desk note.</aside>", project.Read(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_OneTagSpelledTwoWays_IsRG5014_NamingBoth()
    {
        using var project = new FixtureProject("mini");
        project.Write(Chips, project.Read(Chips).Replace("tags: [chips]", "tags: [chips, AI]", StringComparison.Ordinal));
        project.Write(Faq, project.Read(Faq).Replace("tags: [chips, methodology]", "tags: [chips, methodology, ai]", StringComparison.Ordinal));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.TagSpellings, error.Code);
        Assert.Contains("'ai'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'AI'", error.Message, StringComparison.Ordinal);
        Assert.Contains("tags/ai/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_AssetWhoseNameIsNotASitePath_IsAnErrorAtTheAsset_WithoutParameterNoise()
    {
        using var project = new FixtureProject("mini");
        project.Write("templates/assets/my notes.css", "body {}\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.PathCollision, error.Code);
        Assert.Equal("templates/assets/my notes.css", error.Location?.Path);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
    }

    // A token of the kind ReportGen uses to carry its own HTML through Markdown, forged in data or Markdown, is not HTML.
    [Fact]
    public void ForgedFragmentToken_InDataOrMarkdown_NeverBecomesHtml()
    {
        var payload = Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes("<img src=x onerror=alert(1)>"));
        var forged = "Acme \uE000" + payload + "\uE001 Corp";

        var fromData = ReportGen.Text.MarkdownRenderer.ToHtml("Name: " + ReportGen.Text.ReportTemplateContext.EscapeMarkdownData(forged));
        var fromAuthor = ReportGen.Text.MarkdownRenderer.ToHtml("\uE000" + payload + "\uE001\n\nand inline " + forged);
        var genuine = ReportGen.Text.MarkdownRenderer.ToHtml("Figure: " + ReportGen.Text.MarkdownRenderer.Protect("<span class=\"fig\">+1.0%</span>"));

        Assert.DoesNotContain("<img", fromData, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", fromAuthor, StringComparison.Ordinal);
        Assert.Equal("<p>Figure: <span class=\"fig\">+1.0%</span></p>\n", genuine);
    }

    [Theory]
    [InlineData("<a href='javascript:alert(1)'>x</a>")]
    [InlineData("<a href=javascript:alert(1)>x</a>")]
    [InlineData("<form><button formaction=\"javascript:alert(1)\">x</button></form>")]
    [InlineData("<object data=\"data:text/html,x\"></object>")]
    public async Task Check_UnsafeUrlInRawHtml_AnyQuoting_IsRG5021(string html)
    {
        using var project = new FixtureProject("mini");
        project.Write("reportgen.yml", project.Read("reportgen.yml") + "raw_html: true\n");
        project.Write("templates/faq/raw.md", $"---\nquestion: What is raw?\n---\n{html}\n");

        var (code, _, error) = await ReportGen.Tests.Cli.CliRunner.RunAsync("check", "--project", project.Root);

        Assert.True(code == 1, $"exit {code}:\n{error}");
        Assert.Contains("error RG5021:", error, StringComparison.Ordinal);
    }
}
