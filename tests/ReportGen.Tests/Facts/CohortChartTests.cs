using System.Globalization;
using System.Text;
using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Model;
using ReportGen.Planning;
using ReportGen.Site;
using ReportGen.Tests.Charts;
using ReportGen.Tests.Data;

namespace ReportGen.Tests.Facts;

/// <summary>
/// Issue 15: one chart of several universes on one scale (<c>universes:</c> with <c>labels:</c>), each line an equal-weight
/// basket chained quarter by quarter with that quarter's own members, and the <c>basket</c> figures that read the same line.
/// The data: weekday adjusted closes from Dec 1, 2025 to Mar 31, 2026 for NVDA, AMD, SPY and SMH; the universe <c>late</c>
/// holds NVDA throughout and AMD only from Jan 1, 2026. The edition is 2026-Q1, as of Mar 31, 2026.
/// </summary>
[Collection(ChartTestGroup.Name)]
public sealed class CohortChartTests : IDisposable
{
    private const string Multi = "universes: [chips, late]\n    labels: [Chips (equal weight), Late (equal weight)]\n    benchmark: SPY\n    window: since:2025-12-15\n    benchmark_label: S&P 500 (SPY)";

    private readonly DataFixture _fixture = DataFixture.Create(Txtar());
    private readonly EditionScope _scope;

    public CohortChartTests()
    {
        var (data, diagnostics) = _fixture.Load();
        Assert.Empty(diagnostics.Sorted());
        _scope = new EditionScope(data.CutAt(new DateOnly(2026, 3, 31)), Period.Parse("2026-Q1"), "SPY");
    }

    [Fact]
    public void Bind_Universes_OneLineEachAndTheBenchmarkOnce_OnOneBaseDate()
    {
        var spec = ChartBinder.Bind(Declare("indexed-performance", Multi), _scope, string.Empty);

        Assert.Equal(["Chips (equal weight)", "Late (equal weight)", "S&P 500 (SPY)"], spec.Lines.Select(l => l.Label));
        Assert.Single(spec.Lines, l => l.IsBenchmark);
        Assert.All(spec.Lines, l => Assert.Equal(new DateOnly(2025, 12, 12), l.Dates[0]));
        Assert.All(spec.Lines, l => Assert.Equal(100, l.FirstValue, 9));
    }

    [Fact]
    public void Bind_Universes_ALaterMemberCountsOnlyFromItsFirstQuarter()
    {
        var spec = ChartBinder.Bind(Declare("indexed-performance", Multi), _scope, string.Empty);

        // Q4 2025 piece (Dec 12 to Dec 31): NVDA alone; Q1 2026: NVDA and AMD from equal weights at the Dec 31 close.
        var nvda = _scope.Data.Prices["NVDA"].AdjustedClose!;
        var amd = _scope.Data.Prices["AMD"].AdjustedClose!;
        double At(PriceSeries s, DateOnly d) => s.Values[s.IndexOnOrBefore(d)];
        var q4 = At(nvda, new(2025, 12, 31)) / At(nvda, new(2025, 12, 12));
        var q1 = ((At(nvda, new(2026, 3, 31)) / At(nvda, new(2025, 12, 31))) + (At(amd, new(2026, 3, 31)) / At(amd, new(2025, 12, 31)))) / 2;
        var late = spec.Lines.Single(l => l.Label == "Late (equal weight)");
        Assert.Equal(100 * q4 * q1, late.LastValue, 9);
        Assert.Equal(100 * q4, late.Values[late.Dates.ToList().IndexOf(new DateOnly(2025, 12, 31))], 9);

        // The basket figure reads the same line: its return is the chart's last value over 100, minus one.
        var basket = _scope.Universe("late").Basket(new DateOnly(2025, 12, 15));
        Assert.Equal((late.LastValue / 100) - 1, basket.TotalReturn.Value, 12);
        Assert.Equal(["AMD"], basket.Joined);
    }

    [Fact]
    public void EqualWeightSince_ADatedUniverse_UsesEachQuartersOwnMembers_AsTheBasketLine()
    {
        // One convention for every multi-quarter window: before, `since` held the edition's members (NVDA and AMD) in the
        // Q4 2025 piece too, although AMD joined on Jan 1, 2026.
        var late = _scope.Universe("late");
        var since = _scope.EqualWeightSince(late, new DateOnly(2025, 12, 15));
        var basket = late.Basket(new DateOnly(2025, 12, 15));

        Assert.Equal(basket.TotalReturn.Value, since.Value, 12);
        Assert.Contains("each quarter's own members", since.Inputs, StringComparison.Ordinal);
        Assert.Contains("joined after the first quarter: AMD", since.Inputs, StringComparison.Ordinal);
    }

    [Fact]
    public void EqualWeightSince_UnchangedMembers_IsTheRebalancedMeanOfTheEditionsMembers()
    {
        var chips = _scope.Universe("chips");
        var since = _scope.EqualWeightSince(chips, new DateOnly(2025, 12, 15));

        Assert.Equal(chips.Basket(new DateOnly(2025, 12, 15)).TotalReturn.Value, since.Value, 12);
        Assert.DoesNotContain("each quarter's own members", since.Inputs, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_RiskReturnOfAUniverse_LeavesOutAMemberWithoutTheWholeWindow_AndNamesIt()
    {
        // Before, the sample's ETF risk chart had to list its funds by hand (a fund listed later threw) and its title said
        // "CHAT and MAGS, listed in 2023, left out" even in editions where both had a full year of prices.
        var spec = ChartBinder.Bind(Declare("risk-return", "universe: listed\n    benchmark: SPY\n    window: since:2025-12-15"), _scope, string.Empty);

        Assert.Equal(["NVDA", "SPY"], spec.Points.Select(p => p.Ticker));
        Assert.EndsWith("; left out, without prices for the whole window: SMH", spec.SourceLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_RiskReturn_ASecurityTheChartNamesWithoutTheWindow_StillFails()
    {
        Assert.ThrowsAny<Exception>(() => ChartBinder.Bind(Declare("risk-return", "securities: [NVDA, SMH]\n    benchmark: SPY\n    window: since:2025-12-15"), _scope, string.Empty));
    }

    [Fact]
    public void Bind_Universes_AltTextCaptionAndCsvNameEveryLine()
    {
        var spec = ChartBinder.Bind(Declare("indexed-performance", Multi), _scope, "Two baskets");

        Assert.StartsWith("Line chart: Chips (equal weight) ", spec.AltText, StringComparison.Ordinal);
        Assert.Contains(", Late (equal weight) ", spec.AltText, StringComparison.Ordinal);
        Assert.Contains(" vs S&P 500 (SPY) ", spec.AltText, StringComparison.Ordinal);
        Assert.Contains("Late (equal weight) at ", spec.Caption, StringComparison.Ordinal);
        var csv = ChartDataCsv.Write(spec, _scope.AsOf);
        Assert.Contains("# Source: ", csv, StringComparison.Ordinal);
        Assert.Contains("# As of: 2026-03-31", csv, StringComparison.Ordinal);
        foreach (var line in spec.Lines)
        {
            Assert.Equal(line.Values.Count, csv.Split('\n').Count(r => r.StartsWith("line,", StringComparison.Ordinal) && r.Contains(line.Label, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Render_Universes_ThreeLegendEntriesOneDashedBenchmark_AndEveryColourHasADarkCounterpart()
    {
        var spec = ChartBinder.Bind(Declare("indexed-performance", Multi), _scope, "Two baskets");

        foreach (var layout in new[] { ChartLayout.Wide, ChartLayout.Narrow })
        {
            var svg = Encoding.UTF8.GetString(ChartRenderer.RenderSvg(spec, layout));
            Assert.Empty(ChartSvg.UnmappedColors(svg));
            Assert.Contains("prefers-color-scheme:dark", svg, StringComparison.Ordinal);
        }

        var legend = ChartPlotBuilder.LegendOf(spec);
        Assert.Equal(["Chips (equal weight)", "Late (equal weight)", "S&P 500 (SPY)"], legend.Select(e => e.Label));
        Assert.Equal([false, false, true], legend.Select(e => e.Dashed));
        Assert.Equal(3, legend.Select(e => e.Color).Distinct().Count());
    }

    [Fact]
    public void Bind_DrawdownOfUniverses_OneLineEach()
    {
        var spec = ChartBinder.Bind(Declare("drawdown", Multi), _scope, string.Empty);

        Assert.Equal(3, spec.Lines.Count);
        Assert.All(spec.Lines, l => Assert.True(l.Values.Max() <= 0));
    }

    [Fact]
    public void Parse_UniverseAndUniverses_IsRG1140_AtTheList()
    {
        var error = ParseError("kind: indexed-performance\n    universe: chips\n    universes: [chips, late]");

        Assert.Equal(DiagnosticCodes.ChartUniversesConflict, error.Code);
        Assert.Equal("RG1140", error.Code);
        Assert.Equal("templates/reports/test.sbn-md:11:16", error.Location?.ToString());
        Assert.Contains("give either 'universe:' (one line) or 'universes:' (one line each), not both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UniverseListedTwice_IsRG1140()
    {
        var error = ParseError("kind: indexed-performance\n    universes: [chips, chips]");

        Assert.Equal(DiagnosticCodes.ChartUniversesConflict, error.Code);
        Assert.Contains("names a universe twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LabelsNotOnePerUniverse_IsRG1141_AtTheLabels()
    {
        var error = ParseError("kind: indexed-performance\n    universes: [chips, late]\n    labels: [Chips]");

        Assert.Equal(DiagnosticCodes.ChartLabelsMismatch, error.Code);
        Assert.Equal("templates/reports/test.sbn-md:11:13", error.Location?.ToString());
        Assert.Equal("chart 'c': 'labels:' gives 1 label(s) for 2 universe(s) of 'universes:'; expected one label per universe, in the same order", error.Message);
    }

    [Fact]
    public void Parse_UniversesOnABarChart_IsRG1142()
    {
        var error = ParseError("kind: sorted-returns\n    universes: [chips, late]");

        Assert.Equal(DiagnosticCodes.ChartUniversesKind, error.Code);
        Assert.Contains("expected kind indexed-performance, relative-performance or drawdown", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _fixture.Dispose();

    private static Diagnostic ParseError(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var report = ReportLoader.Parse(Text("c", yaml), "templates/reports/test.sbn-md", diagnostics);
        Assert.NotNull(report);
        Assert.Empty(report.Charts);
        return Assert.Single(diagnostics.Sorted());
    }

    private static ChartDeclaration Declare(string kind, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var report = ReportLoader.Parse(Text("c", $"kind: {kind}\n    {yaml}"), "templates/reports/test.sbn-md", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return Assert.Single(report!.Charts);
    }

    private static string Text(string id, string yaml) =>
        "---\nseries: Test\ntitle: Test\nsummary: Test\ncadence: quarterly\nfirst_period: 2026-Q1\ncharts:\n"
        + $"  - id: {id}\n    {yaml}\n---\nBody.\n";

    private static string Txtar()
    {
        var sb = new StringBuilder();
        sb.Append("-- data/sources.yml --\n").Append(DataFixture.DefaultSources.Replace("as_of: 2026-01-09", "as_of: 2026-03-31", StringComparison.Ordinal));
        sb.Append("-- data/universes.csv --\nuniverse,ticker,weight,start,end,defined\nchips,NVDA,,,,\nchips,AMD,,,,\nlate,NVDA,,,,\nlate,AMD,,2026-01-01,,\nlisted,NVDA,,,,\nlisted,SMH,,,,\n");
        ChartBinderTests.Prices(sb, "NVDA", 100, 0.004, 0.03, 3);
        ChartBinderTests.Prices(sb, "AMD", 50, -0.002, 0.04, 4);
        ChartBinderTests.Prices(sb, "SPY", 400, 0.001, 0.01, 5);
        ChartBinderTests.Prices(sb, "SMH", 20, 0.003, 0.05, 2, new DateOnly(2026, 1, 15));
        return sb.ToString();
    }
}
