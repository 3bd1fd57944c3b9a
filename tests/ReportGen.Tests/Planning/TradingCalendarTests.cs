using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Planning;

/// <summary>One trading calendar per project: the house benchmark's trading days date every edition of every report.</summary>
public sealed class TradingCalendarTests
{
    private static readonly DateOnly[] Days = [new(2026, 6, 26), new(2026, 6, 29), new(2026, 6, 30), new(2026, 7, 1), new(2026, 7, 2), new(2026, 7, 6)];

    [Fact]
    public async Task Build_HouseBenchmarkEndsBeforeTheQuarterEnds_PlansNoEditionForThatQuarter()
    {
        // Arrange: the report's own benchmark (SPY) runs to 2026-07-02, the house benchmark (QQQ) stops on 2026-06-12, so by
        // the house calendar Q2 2026 is not complete. (Before one calendar, the report's benchmark decided: Q1 and Q2.)
        using var project = new FixtureProject("mini");
        var spy = project.Read("data/prices/adjusted/SPY.csv").Split('\n');
        project.Write("data/prices/adjusted/QQQ.csv", string.Join('\n', spy.TakeWhile(l => !l.StartsWith("2026-06-15", StringComparison.Ordinal))) + "\n");
        project.Write("data/securities.csv", project.Read("data/securities.csv").TrimEnd('\n') + "\nQQQ,Invesco QQQ Trust,etf,,,\n");
        project.Write("reportgen.yml", project.Read("reportgen.yml") + "benchmark: QQQ\n");

        // Act
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["2026-Q1"], result.Editions.Select(e => e.Period.ToString()));
    }

    [Fact]
    public async Task Build_HouseBenchmarkWithoutPriceData_FailsWithNoTradingCalendar()
    {
        // Arrange
        using var project = new FixtureProject("mini");
        project.Write("reportgen.yml", project.Read("reportgen.yml") + "benchmark: XYZ\n");

        // Act
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        // Assert
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.NoTradingCalendar, error.Code);
        Assert.Equal(ProjectLayout.ConfigFile, error.Location?.Path);
        Assert.Contains("'XYZ'", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Editions);
    }

    [Fact]
    public void IndexOnOrBefore_FindsTheLastTradingDayOnOrBeforeTheDate()
    {
        // Arrange
        var calendar = new TradingCalendar("SPY", Days);

        // Act / Assert: a trading day, a weekend inside the range, before the first day, after the last.
        Assert.Equal(2, calendar.IndexOnOrBefore(new DateOnly(2026, 6, 30)));
        Assert.Equal(4, calendar.IndexOnOrBefore(new DateOnly(2026, 7, 4)));
        Assert.Equal(-1, calendar.IndexOnOrBefore(new DateOnly(2026, 6, 25)));
        Assert.Equal(5, calendar.IndexOnOrBefore(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void TradingDaysBetween_CountsDaysStrictlyBetween()
    {
        // Arrange
        var calendar = new TradingCalendar("SPY", Days);

        // Act / Assert: 06-29, 06-30, 07-01, 07-02 lie strictly between 06-26 and 07-06; none between neighbours.
        Assert.Equal(4, calendar.TradingDaysBetween(new DateOnly(2026, 6, 26), new DateOnly(2026, 7, 6)));
        Assert.Equal(0, calendar.TradingDaysBetween(new DateOnly(2026, 6, 29), new DateOnly(2026, 6, 30)));
        Assert.Equal(0, calendar.TradingDaysBetween(new DateOnly(2026, 7, 6), new DateOnly(2026, 6, 26)));
    }

    [Fact]
    public void TruncatedAt_DropsTheDaysAfterTheDate()
    {
        // Arrange
        var calendar = new TradingCalendar("SPY", Days);

        // Act
        var cut = calendar.TruncatedAt(new DateOnly(2026, 7, 3));

        // Assert
        Assert.Equal(new DateOnly(2026, 7, 2), cut.LastDate);
        Assert.Equal(5, cut.Dates.Count);
        Assert.Same(calendar, calendar.TruncatedAt(new DateOnly(2026, 7, 6)));
        Assert.Null(calendar.TruncatedAt(new DateOnly(2026, 1, 1)).LastDate);
    }

    [Fact]
    public void Covers_IsTrueOnlyInsideTheCalendar()
    {
        // Arrange
        var calendar = new TradingCalendar("SPY", Days);

        // Act / Assert
        Assert.True(calendar.Covers(new DateOnly(2026, 6, 26), new DateOnly(2026, 7, 6)));
        Assert.False(calendar.Covers(new DateOnly(2026, 6, 25), new DateOnly(2026, 7, 1)));
        Assert.False(calendar.Covers(new DateOnly(2026, 6, 29), new DateOnly(2026, 7, 7)));
        Assert.False(new TradingCalendar("SPY", []).Covers(new DateOnly(2026, 6, 29), new DateOnly(2026, 6, 30)));
    }
}
