using System.Text.Json;
using ReportGen.TestKit;

namespace ReportGen.Tests.Cli;

/// <summary>reportgen list and reportgen metrics: what a build would write, and what a template would see.</summary>
public sealed class ListAndMetricsCommandTests
{
    [Fact]
    public async Task List_Json_GivesEveryEditionWithItsAsOfDate()
    {
        using var project = new FixtureProject("mini");

        var (code, output, error) = await CliRunner.RunAsync("list", "--project", project.Root, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().Select(e => $"{e.GetProperty("report").GetString()} {e.GetProperty("period").GetString()} {e.GetProperty("as_of").GetString()}").ToList();
        Assert.Equal(["chips 2026-Q1 2026-03-31", "chips 2026-Q2 2026-06-30"], rows);
        Assert.False(Directory.Exists(project.Site));
    }

    [Fact]
    public async Task List_Table_NamesReportsPeriodsAndDates()
    {
        using var project = new FixtureProject("mini");

        var (code, output, _) = await CliRunner.RunAsync("list", "--project", project.Root, "--drafts");

        Assert.Equal(0, code);
        Assert.Contains("2026-Q3", output, StringComparison.Ordinal);
        Assert.Contains("2026-07-02", output, StringComparison.Ordinal);
        Assert.Contains("draft", output, StringComparison.Ordinal);
        Assert.EndsWith("3 edition(s) in 1 report(s)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Angles_GivesTheAngleEachEditionLeadsWithAndEveryScore()
    {
        using var project = new FixtureProject("mini");
        const string Report = "templates/reports/chips.sbn-md";
        var text = project.Read(Report);
        var title = text.Split('\n').Single(l => l.StartsWith("title:", StringComparison.Ordinal));
        project.Write(Report, text.Replace(title, """
            title: "{{ story.headline }}"
            angles:
              - id: rose
                when: "u.period_return.value > 0"
                score: "10"
                headline: "Chips rose"
                lede: "Chips rose."
              - id: fallback
                when: "true"
                score: "0"
                headline: "Chips"
                lede: "Chips."
            """.Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));

        var (code, output, error) = await CliRunner.RunAsync("list", "--project", project.Root, "--angles", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().Select(e =>
            $"{e.GetProperty("period").GetString()} {e.GetProperty("angle").GetString()}: " +
            string.Join(", ", e.GetProperty("angles").EnumerateArray().Select(a => $"{a.GetProperty("id").GetString()} {(a.GetProperty("held").GetBoolean() ? a.GetProperty("score").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}"))).ToList();
        // The mini data's chips basket: one quarter up, one down (the title's headline came from whichever holds).
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Matches(@"^2026-Q\d (rose: rose 10, fallback 0|fallback: rose -, fallback 0)$", r));
        Assert.False(Directory.Exists(project.Site));
    }

    [Fact]
    public async Task Metrics_UniverseJson_ListsEveryViewFigureWithUnitInputsAndAsOf()
    {
        using var project = new FixtureProject("mini");

        var (code, output, error) = await CliRunner.RunAsync("metrics", "chips", "--period", "2026-Q2", "--project", project.Root, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2026-06-30", json.RootElement.GetProperty("as_of").GetString());
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Contains("period_return", figures.Keys);
        Assert.Contains("size", figures.Keys);
        var period = figures["period_return"];
        Assert.Equal("Fraction", period.GetProperty("unit").GetString());
        Assert.Equal("2026-06-30", period.GetProperty("as_of").GetString());
        Assert.Contains("equal-weight mean of 2 members", period.GetProperty("inputs").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_Ticker_PrintsATableWithTheHandWorkedReturn()
    {
        using var project = new FixtureProject("mini");

        var (code, output, _) = await CliRunner.RunAsync("metrics", "NVDA", "--period", "2026-Q2", "--project", project.Root);

        Assert.Equal(0, code);
        Assert.StartsWith("security NVDA, Q2 2026 (2026-Q2), as of 2026-06-30", output, StringComparison.Ordinal);
        Assert.Contains("+14.9%", output, StringComparison.Ordinal); // see BuildPipelineTests.Build_FiguresCsv_HoldsTheHandWorkedReturn
    }

    [Fact]
    public async Task Metrics_UnknownSubject_FailsWithExitCode1()
    {
        using var project = new FixtureProject("mini");

        var (code, _, error) = await CliRunner.RunAsync("metrics", "NOPE", "--period", "2026-Q2", "--project", project.Root);

        Assert.Equal(1, code);
        Assert.Contains("'NOPE' is neither a universe nor a ticker", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_MistypedSubject_SuggestsTheClosestTickerOrUniverse()
    {
        using var project = new FixtureProject("mini");

        var (code, _, error) = await CliRunner.RunAsync("metrics", "NVDX", "--period", "2026-Q2", "--project", project.Root);

        Assert.Equal(1, code);
        Assert.Contains("'NVDX' is neither a universe nor a ticker with price data; did you mean 'NVDA'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_BadPeriod_IsAUsageError()
    {
        var (code, _, error) = await CliRunner.RunAsync("metrics", "NVDA", "--period", "Q2");

        Assert.Equal(2, code);
        Assert.Contains("--period 'Q2' is not a period", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "NVDA vs SPY")] // reportgen.yml's house benchmark
    [InlineData("ai-cohorts", "NVDA vs RSP")] // the report's first benchmark, as its build computes the edition
    public async Task Metrics_Report_ComputesWithTheBenchmarkThatReportsBuildUses(string? report, string betaSubject)
    {
        string[] args = ["metrics", "NVDA", "--period", "2026-Q2", "--project", RepoPaths.Root, "--json"];

        var (code, output, error) = await CliRunner.RunAsync(report is null ? args : [.. args, "--report", report]);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var beta = json.RootElement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "beta");
        Assert.Equal(betaSubject, beta.GetProperty("subject").GetString());
        Assert.Contains(json.RootElement.GetProperty("figures").EnumerateArray(), f => f.GetProperty("name").GetString() == "trailing_12m");
    }

    [Fact]
    public async Task Metrics_UnknownReport_FailsWithExitCode1()
    {
        using var project = new FixtureProject("mini");

        var (code, _, error) = await CliRunner.RunAsync("metrics", "NVDA", "--period", "2026-Q2", "--project", project.Root, "--report", "nope");

        Assert.Equal(1, code);
        Assert.Contains("--report 'nope' is not a report", error, StringComparison.Ordinal);
    }
}
