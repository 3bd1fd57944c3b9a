using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Tests.Cli;
using ReportGen.Text;

namespace ReportGen.Tests.Text;

/// <summary>Issue 17, item 9: templates cannot read the clock, and <c>check</c> refuses links that run script or reach the reader's disk.</summary>
public sealed class AuthorContentSafetyTests
{
    private const string Chips = "templates/reports/chips.sbn-md";

    [Theory]
    [InlineData(Chips)]
    [InlineData("templates/layouts/edition.sbn-html")]
    public async Task Build_TemplateReadingTheClock_IsAnErrorAtItsLine(string file)
    {
        using var project = new FixtureProject("mini");
        project.Write(file, project.Read(file) + "\nBuilt {{ date.now | date.to_string \"%Y\" }}.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        Assert.False(result.Succeeded, "a template read the clock and the build succeeded");
        var error = Assert.Single(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).DistinctBy(d => d.Location?.Path));
        Assert.Equal(file, error.Location?.Path);
        Assert.Contains("now", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[the source](javascript:alert(document.cookie))")]
    [InlineData("<a href=\"Java&#9;Script:alert(1)\">the source</a>")]
    [InlineData("[the source](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![chart](file:///etc/passwd)")]
    public async Task Check_MarkdownLinkWithAnUnsafeScheme_IsRG5021(string link)
    {
        using var project = new FixtureProject("mini");
        // Raw HTML allowed, so the hand-written <a> reaches the page too and check is the guard.
        project.Write("reportgen.yml", project.Read("reportgen.yml") + "raw_html: true\n");
        project.Write("templates/faq/links.md", $"---\nquestion: Where is the data from?\n---\nSee {link}.\n");

        var (code, _, error) = await CliRunner.RunAsync("check", "--project", project.Root);

        Assert.True(code == 1, $"exit {code}:\n{error}");
        Assert.Contains("error RG5021:", error, StringComparison.Ordinal);
        Assert.Contains("faq/", error, StringComparison.Ordinal);
    }
}
