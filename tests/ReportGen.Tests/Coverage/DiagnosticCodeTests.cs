using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Coverage;

/// <summary>Issue 13: the diagnostic codes that no other test exercised, each provoked in the fixture project and checked
/// for its code and location.</summary>
public sealed class DiagnosticCodeTests
{
    private const string Chips = "templates/reports/chips.sbn-md";

    [Fact]
    public async Task BadThreshold_IsRG2005_AtItsLine()
    {
        using var project = new FixtureProject("mini");
        // Of the schema's type (a number above 0), but not above 'rose' (0.02 by default): the reader's own check.
        project.Write("reportgen.yml", project.Read("reportgen.yml") + "thresholds:\n  surged: 0.01\n");

        var error = await SingleErrorAsync(project);

        Assert.Equal(DiagnosticCodes.BadConfig, error.Code);
        Assert.Equal("reportgen.yml:7:1", error.Location?.ToString());
        Assert.Contains("surged > rose", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricWithoutEnoughHistory_IsRG2006_InTheReport()
    {
        using var project = new FixtureProject("mini");
        project.Write(Chips, project.Read(Chips) + "\nOver a year: {{ spy.trailing_12m | fmt.pct }}.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        // One error per edition (Q1 and Q2): neither has twelve months of SPY behind it in the fixture.
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.MetricUnavailable, e.Code));
        Assert.All(errors, e => Assert.Equal(Chips, e.Location?.Path));
    }

    [Fact]
    public async Task MissingLayout_IsRG2008_NamingTheFile()
    {
        using var project = new FixtureProject("mini");
        File.Delete(project.PathOf("templates/layouts/faq.sbn-html"));

        var error = await SingleErrorAsync(project);

        Assert.Equal(DiagnosticCodes.MissingTemplate, error.Code);
        Assert.Equal("templates/layouts/faq.sbn-html", error.Location?.Path);
    }

    [Fact]
    public async Task ChartAgainstATickerWithoutData_IsRG4001_AtTheDeclaration()
    {
        using var project = new FixtureProject("mini");
        project.Write(Chips, project.Read(Chips).Replace("    benchmark: SPY\n", "    benchmark: QQQ\n", StringComparison.Ordinal));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        // The chart is unavailable at its declaration (and the body's {{ chart "performance" }} then names no chart).
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var unavailable = errors.Where(e => e.Code == DiagnosticCodes.ChartUnavailable).ToList();
        Assert.Equal(2, unavailable.Count); // one per edition
        Assert.All(unavailable, e => Assert.Equal($"{Chips}:11:1", e.Location?.ToString()));
        Assert.All(unavailable, e => Assert.Contains("unknown ticker 'QQQ'", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FaqEntryWithoutAQuestion_IsRG5004()
    {
        using var project = new FixtureProject("mini");
        project.Write("templates/faq/untitled.md", "---\ntags: [chips]\n---\nAn answer to nothing.\n");

        var error = await SingleErrorAsync(project);

        Assert.Equal(DiagnosticCodes.BadFaqEntry, error.Code);
        Assert.Equal("templates/faq/untitled.md", error.Location?.Path);
    }

    private static async Task<Diagnostic> SingleErrorAsync(FixtureProject project)
    {
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);
        return Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
