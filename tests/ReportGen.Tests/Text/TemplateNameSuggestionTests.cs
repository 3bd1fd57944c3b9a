using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Text;

/// <summary>An unknown template member, function, ticker, universe or chart id names the closest valid ones (issue 16).</summary>
public sealed class TemplateNameSuggestionTests
{
    private const string Report = "templates/reports/chips.sbn-md";

    [Theory]
    // A view's member: 'trailing12m' for 'trailing_12m' (RG2002 used to say only "Cannot get member with name ...", or
    // list all 40 members).
    [InlineData("{{ u.ytd | fmt.pct }}", "{{ u.trailing12m | fmt.pct }}", "'trailing12m' is not a member of universe_view; did you mean 'trailing_12m' or 'has_trailing_12m'?")]
    [InlineData("{{ s.period_return | fmt.pct }}", "{{ s.trailing12m | fmt.pct }}", "'trailing12m' is not a member of security_view; did you mean 'trailing_12m' or 'has_trailing_12m'?")]
    // A function of a module.
    [InlineData("{{ u.ytd | fmt.pct }}", "{{ u.ytd | fmt.pctt }}", "'pctt' is not a member of 'fmt'; did you mean 'pct'?")]
    // A global function.
    [InlineData("{{ move u.period_return }}", "{{ movee u.period_return }}", "unknown variable or function 'movee'; did you mean 'move'?")]
    // A ticker (data/securities.csv), a universe (data/universes.csv), a chart id (the front matter's charts).
    [InlineData("security \"SPY\"", "security \"SPYY\"", "unknown ticker 'SPYY'; did you mean 'SPY'?")]
    [InlineData("universe \"chips\"", "universe \"chipz\"", "unknown universe 'chipz'; did you mean 'chips'?")]
    [InlineData("{{ chart \"performance\" }}", "{{ chart \"perfomance\" }}", "unknown chart 'perfomance' (charts are declared under 'charts:' in the front matter); did you mean 'performance'?")]
    public async Task Build_MistypedName_SuggestsTheClosest(string find, string replace, string message)
    {
        using var project = new FixtureProject("mini");
        var text = project.Read(Report);
        Assert.Contains(find, text, StringComparison.Ordinal);
        project.Write(Report, text.Replace(find, replace, StringComparison.Ordinal));

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics.DistinctBy(d => d.ToString()));
        Assert.Equal("RG2002", error.Code);
        Assert.Equal(message, error.Message);
        Assert.Equal(Report, error.Location?.Path);
    }
}
