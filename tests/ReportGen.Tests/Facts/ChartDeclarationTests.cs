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
    public void Parse_UnknownKind_IsRG1073_AtTheValue_ListingEveryKind()
    {
        var diagnostics = new DiagnosticBag();

        var report = ReportLoader.Parse(Report("    kind: line-chart\n"), Path, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.SchemaValueNotAllowed, error.Code);
        Assert.Equal($"{Path}:9:11", error.Location?.ToString());
        Assert.Equal(
            "'line-chart' is not allowed in 'charts[0].kind'; expected one of 'contribution', 'drawdown', 'flows', 'indexed-performance', 'market-cap', 'relative-performance', 'risk-return', 'sorted-returns', 'valuation', 'valuation-history'",
            error.Message);
        Assert.All(ChartKindNames.All, kind => Assert.Contains($"'{kind}'", error.Message, StringComparison.Ordinal));
        Assert.Null(report);
    }

    [Fact]
    public void Parse_MistypedKind_SuggestsTheKind()
    {
        var diagnostics = new DiagnosticBag();

        ReportLoader.Parse(Report("    kind: drawdwon\n"), Path, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("'drawdwon' is not allowed in 'charts[0].kind'; did you mean 'drawdown'?", error.Message);
    }

    [Theory]
    [InlineData("2y")]
    [InlineData("YTD")]
    public void Parse_UnknownWindow_IsRG1073_AtTheValue(string window)
    {
        var diagnostics = new DiagnosticBag();

        var report = ReportLoader.Parse(Report($"    kind: drawdown\n    window: {window}\n"), Path, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.SchemaValueNotAllowed, error.Code);
        Assert.Equal($"{Path}:10:13", error.Location?.ToString());
        Assert.StartsWith($"'{window}' is not allowed in 'charts[0].window': expected the form ^(period|ytd|1y|3y|since:", error.Message, StringComparison.Ordinal);
        Assert.Null(report);
    }

    [Fact]
    public void Parse_WindowSinceADayThatDoesNotExist_IsRG2004_AtTheValue()
    {
        var diagnostics = new DiagnosticBag();

        var report = ReportLoader.Parse(Report("    kind: drawdown\n    window: since:2026-02-30\n"), Path, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.BadFrontMatter, error.Code);
        Assert.Equal($"{Path}:10:13", error.Location?.ToString());
        Assert.Equal("unknown chart window 'since:2026-02-30'; expected period, ytd, 1y, 3y or since:yyyy-MM-dd", error.Message);
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
