using ReportGen.Metrics.Flows;
using ReportGen.Metrics.Model;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Flows;

public sealed class NetInflowsTests
{
    internal static UsdSeries FlowRows(string ticker, params (string Date, decimal Usd)[] rows) =>
        new(ticker, rows.Select(r => D(r.Date)).ToArray(), rows.Select(r => r.Usd).ToArray());

    // SMH daily flows around the turn of the quarter
    private static readonly UsdSeries SmhFlows = FlowRows("SMH",
        ("2026-03-30", 999_000_000m), ("2026-03-31", 1_000_000m), ("2026-04-01", 2_500_000_000m), ("2026-04-02", -300_000_000m),
        ("2026-04-06", 2_000_000_000m), ("2026-04-07", 50_000_000m));

    [Fact]
    public void For_Qtd_SumsRowsFromQuarterStartToAsOf()
    {
        // Act: as of 2026-04-06 (the 2026-04-07 row is after it)
        var sut = NetInflows.For(SmhFlows, ReturnWindow.Qtd, D("2026-04-06"));

        // Assert: 2.5bn - 0.3bn + 2.0bn = $4.2bn, "AI ETFs draw $4.2bn"
        Assert.Equal(4_200_000_000m, sut.Usd);
        Assert.Equal((D("2026-04-01"), D("2026-04-06"), 3), (sut.From, sut.To, sut.Days));
    }

    [Fact]
    public void For_FundLaunchedMidQuarter_ThrowsNamingTheStartNeeded()
    {
        // Arrange
        var flows = FlowRows("NEWETF", ("2026-02-17", 5_000_000m), ("2026-03-31", 1_000_000m));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => NetInflows.For(flows, ReturnWindow.For(Period.Parse("2026-Q1")), D("2026-03-31")));

        // Assert
        Assert.Equal("net_inflows for NEWETF: needs daily flows from the start of 2026-Q1: a row within 7 calendar days of 2026-01-01 (series starts 2026-02-17)", ex.Message);
    }

    [Fact]
    public void For_MissingWeeksInside_ThrowsInsteadOfCountingThemAsZero()
    {
        // Arrange
        var flows = FlowRows("SMH", ("2026-01-02", 1m), ("2026-01-05", 2m), ("2026-02-02", 3m), ("2026-03-31", 4m));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => NetInflows.For(flows, ReturnWindow.Ytd, D("2026-02-02")));

        // Assert
        Assert.Equal("net_inflows for SMH: needs daily flow rows at most 7 calendar days apart (gap of 28 days from 2026-01-05 to 2026-02-02)", ex.Message);
    }
}
