using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Planning;

namespace ReportGen.Tests.Facts;

/// <summary>Issue 13: a chart's kind and window are read once, when the report is loaded, into typed values; a bad one is an
/// error at its value naming what is accepted.</summary>
public sealed class ChartDeclarationTests
{
    private const string Path = "templates/reports/chips.sbn-md";

    public static TheoryData<ChartKind> AllKinds => [.. Enum.GetValues<ChartKind>()];

    [Fact]
    public void Parse_UnknownKind_IsRG2004_AtTheValue_ListingEveryKind()
    {
        var diagnostics = new DiagnosticBag();

        var report = ReportLoader.Parse(Report("    kind: line-chart\n"), Path, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.BadFrontMatter, error.Code);
        Assert.Equal($"{Path}:9:11", error.Location?.ToString());
        Assert.Equal(
            "unknown chart kind 'line-chart'; expected one of: indexed-performance, relative-performance, drawdown, sorted-returns, contribution, flows, market-cap, valuation, risk-return",
            error.Message);
        Assert.Empty(report!.Charts);
    }

    [Theory]
    [InlineData("2y")]
    [InlineData("since:2026-02-30")]
    [InlineData("YTD")]
    public void Parse_UnknownWindow_IsRG2004_AtTheValue(string window)
    {
        var diagnostics = new DiagnosticBag();

        var report = ReportLoader.Parse(Report($"    kind: drawdown\n    window: {window}\n"), Path, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.BadFrontMatter, error.Code);
        Assert.Equal($"{Path}:10:13", error.Location?.ToString());
        Assert.Equal($"unknown chart window '{window}'; expected period, ytd, 1y, 3y or since:yyyy-MM-dd", error.Message);
        Assert.Empty(report!.Charts);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Parse_EveryKindByItsName_IsThatKind(ChartKind kind)
    {
        var diagnostics = new DiagnosticBag();

        var report = ReportLoader.Parse(Report($"    kind: {ChartKindNames.Name(kind)}\n"), Path, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(kind, Assert.Single(report!.Charts).Kind);
    }

    [Theory]
    [InlineData(null, ChartWindowKind.Period, "period")]
    [InlineData("ytd", ChartWindowKind.YearToDate, "ytd")]
    [InlineData("1y", ChartWindowKind.OneYear, "1y")]
    [InlineData("3y", ChartWindowKind.ThreeYears, "3y")]
    [InlineData("since:2023-12-29", ChartWindowKind.Since, "since:2023-12-29")]
    public void Parse_Window_TypedAndSpelledBack(string? window, ChartWindowKind expected, string spelling)
    {
        var diagnostics = new DiagnosticBag();

        var report = ReportLoader.Parse(Report("    kind: indexed-performance\n" + (window is null ? string.Empty : $"    window: {window}\n")), Path, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        var chart = Assert.Single(report!.Charts);
        Assert.Equal(expected, chart.Window.Kind);
        Assert.Equal(spelling, chart.Window.ToString());
    }

    private static string Report(string chart) =>
        "---\n"
        + "series: Chips Quarterly\n"
        + "title: Chips\n"
        + "summary: Two chip makers.\n"
        + "cadence: quarterly\n"
        + "first_period: 2026-Q1\n"
        + "charts:\n"
        + "  - id: performance\n"
        + chart
        + "    universe: chips\n"
        + "---\n"
        + "Body.\n";
}
