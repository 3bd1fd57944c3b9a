using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Text;

/// <summary>
/// Constructs Scriban accepts but that swallow the text after them are errors at their opening <c>{{</c> (issue 16):
/// through the build, which <c>check</c> and <c>serve</c>'s overlay both report.
/// </summary>
public sealed class TemplateSyntaxTests
{
    private const string Report = "templates/reports/chips.sbn-md";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // The found case: the '## Data Deep Dive' heading became a comment and vanished, with no error.
        { "{{ chart \"performance\" }}", "{{ chart \"performance\"", "{{ chart \"performance\"", "RG2050" },
        // Never closed: the rest of the file is code.
        { "{{~ end ~}}\n", "{{~ end ~}}\n\nThe table ends {{ edition.period\n\nhere.\n", "The table ends {{", "RG2050" },
        // A string left open runs on to the next quote, across the block's '}}'.
        { "{{ compare gap \"SPY\" }}", "{{ compare gap \"SPY }}", "{{ compare gap \"SPY }}", "RG2051" },
        // A raw block never closed prints the rest of the file, code included.
        { "## Data Deep Dive\n", "{%{ ## Data Deep Dive\n", "{%{ ## Data Deep Dive", "RG2052" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Build_TextSwallowingConstruct_IsAnErrorAtItsOpeningBraces(string find, string replace, string marker, string code)
    {
        using var project = new FixtureProject("mini");
        var text = project.Read(Report);
        Assert.Contains(find, text, StringComparison.Ordinal);
        text = text.Replace(find, replace, StringComparison.Ordinal);
        project.Write(Report, text);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf(marker, StringComparison.Ordinal) + marker.IndexOf('{', StringComparison.Ordinal) + 1;

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        // One error, at the opening braces (not where Scriban gave up, if it did), with the line under it.
        var error = Assert.Single(result.Diagnostics.DistinctBy(d => d.ToString()));
        Assert.Equal($"{Report}:{line}:{column}", error.Location?.ToString());
        Assert.Equal(code, error.Code);
        Assert.Equal(lines[line - 1], error.SourceLine);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Check_FoundCase_FailsAtTheOpeningBraces()
    {
        // The case of issue 16 through 'reportgen check', which reported 0 errors.
        using var project = new FixtureProject("mini");
        var text = project.Read(Report).Replace("{{ chart \"performance\" }}", "{{ chart \"performance\"", StringComparison.Ordinal);
        project.Write(Report, text);
        var line = Array.IndexOf(text.Split('\n'), "{{ chart \"performance\"") + 1;

        var (code, output, error) = await Cli.CliRunner.RunAsync("check", "--project", project.Root);

        Assert.Equal(1, code);
        Assert.DoesNotContain("ok:", output, StringComparison.Ordinal);
        Assert.StartsWith($"{Report}:{line}:1: error RG2050: '{{{{' is not closed before the next '{{{{' at {line + 4}:12: the '#' at {line + 2}:1 starts a comment", error, StringComparison.Ordinal);
        Assert.Contains("1 error(s), 0 warning(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_CodeBlockRunningPastItsLineInMarkdown_IsAnError()
    {
        using var project = new FixtureProject("mini");
        // '}}' forgotten on the line, found on a later one: the prose between is read as code (and 'Chips' as a function
        // call that only fails when rendered, or not at all in a branch that is not taken).
        var text = project.Read(Report).Replace("{{ cite u.period_return }}.\n", "{{ cite u.period_return\n\nChips were watched closely }}.\n", StringComparison.Ordinal);
        project.Write(Report, text);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("{{ cite u.period_return", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("{{ cite", StringComparison.Ordinal) + 1;

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics.DistinctBy(d => d.ToString()));
        Assert.Equal($"{Report}:{line}:{column}: error RG2050: '{{{{' is not closed on its line: the block runs on across a blank line to the '}}}}' at {line + 2}:28, and line(s) {line + 1}-{line + 2} are read as code, not text; close it with '}}}}' (a block of several lines starts with '{{{{~' alone at the end of its line)", error.ToString());
    }

    [Fact]
    public async Task Build_SyntaxErrorThatSwallowsNothing_IsStillScribansRG2001()
    {
        // A closed block with a malformed expression swallows no text: Scriban's own error, where it found it.
        using var project = new FixtureProject("mini");
        var text = project.Read(Report).Replace("{{ u.ytd | fmt.pct }}", "{{ u.ytd | fmt.pct + }}", StringComparison.Ordinal);
        project.Write(Report, text);
        var line = Array.FindIndex(text.Split('\n'), l => l.Contains("fmt.pct + }}", StringComparison.Ordinal)) + 1;

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal(("RG2001", Report, line), (d.Code, d.Location?.Path, d.Location?.Line)));
    }

    [Fact]
    public async Task Build_NoteWithUnclosedBraces_IsAnErrorInTheNote()
    {
        using var project = new FixtureProject("mini");
        Directory.CreateDirectory(project.PathOf("notes/chips"));
        project.Write("notes/chips/2026-Q2.md", "---\nsection: Context\n---\nThe basket {{ move (universe \"chips\").period_return\n\n## An aside\n\nSee {{ edition.period }}.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics.DistinctBy(d => d.ToString()));
        Assert.Equal("notes/chips/2026-Q2.md:4:12", error.Location?.ToString());
        Assert.Equal("RG2050", error.Code);
    }
}
