using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Text;

/// <summary>Template errors point at the template's own file, line and column (front matter counted).</summary>
public sealed class TemplateErrorTests
{
    private const string Report = "templates/reports/chips.sbn-md";

    [Fact]
    public async Task Build_UnknownVariableInBody_ReportsFileLineAndColumn()
    {
        using var project = new FixtureProject("mini");
        var text = project.Read(Report).Replace("{{ u.ytd | fmt.pct }}", "{{ u.ytdd | fmt.pct }}", StringComparison.Ordinal);
        project.Write(Report, text);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("u.ytdd", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("ytdd", StringComparison.Ordinal) + 1; // Scriban points at the member name.

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics.DistinctBy(d => d.ToString()));
        // The message names the closest members a universe view has, in the names a template uses (the metric vocabulary).
        Assert.Equal($"{Report}:{line}:{column}: error RG2002: 'ytdd' is not a member of universe_view; did you mean 'ytd'?", error.ToString());
        Assert.Equal(lines[line - 1], error.SourceLine);
    }

    [Fact]
    public async Task Build_NumberTypedIntoFormatter_IsAUnitMismatchAtTheCall()
    {
        using var project = new FixtureProject("mini");
        var text = project.Read(Report).Replace("{{ u.ytd | fmt.pct }}", "{{ 0.153 | fmt.pct }}", StringComparison.Ordinal);
        project.Write(Report, text);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("0.153", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("fmt.pct", StringComparison.Ordinal) + 1;

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics.DistinctBy(d => d.ToString()));
        Assert.Equal($"{Report}:{line}:{column}: error RG2003: fmt.pct expects a metric value in Fraction; got the number 0.153 (numbers typed into templates are not allowed: use a metric)", error.ToString());
    }

    [Fact]
    public async Task Build_UnknownTicker_NamesTheKnownOnes()
    {
        using var project = new FixtureProject("mini");
        project.Write(Report, project.Read(Report).Replace("security \"SPY\"", "security \"SPYX\"", StringComparison.Ordinal));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = result.Diagnostics[0];
        Assert.Equal("RG2002", error.Code);
        Assert.Equal("unknown ticker 'SPYX'; did you mean 'SPY'?", error.Message);
        Assert.Equal(Report, error.Location!.Path);
    }

    [Fact]
    public async Task Build_BadFrontMatterYaml_ReportsTheFileLine()
    {
        using var project = new FixtureProject("mini");
        var text = project.Read(Report).Replace("cadence: quarterly", "cadence: [quarterly", StringComparison.Ordinal);
        project.Write(Report, text);

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var line = Array.IndexOf(text.Split('\n'), "cadence: [quarterly") + 1;
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"{Report}:{line}:10: error RG2004: front matter is not valid YAML: a '[' or '{{' opened here is never closed; expected a matching ']' or '}}' on the same value", error.ToString());
    }
}
