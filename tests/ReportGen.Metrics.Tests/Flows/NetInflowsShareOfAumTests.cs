using ReportGen.Metrics.Flows;
using ReportGen.Metrics.Model;
using static ReportGen.Metrics.Tests.Flows.NetInflowsTests;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Flows;

public sealed class NetInflowsShareOfAumTests
{
    [Fact]
    public void For_Mtd_DividesByAumAtPreviousMonthEnd()
    {
        // Arrange: $100bn at the end of March, $4.2bn of April inflows
        var flows = FlowRows("SMH", ("2026-03-31", 7m), ("2026-04-01", 2_500_000_000m), ("2026-04-02", 1_700_000_000m));
        var aum = new UsdSeries("SMH", [D("2026-03-31"), D("2026-04-02")], [100_000_000_000m, 120_000_000_000m]);

        // Act
        var sut = NetInflowsShareOfAum.For(flows, aum, ReturnWindow.Mtd, D("2026-04-02"));

        // Assert: 4.2bn / 100bn = 0.042 (4.2% of starting assets)
        Assert.Equal(0.042, sut.Share, Tolerances.RoundOff);
        Assert.Equal((100_000_000_000m, D("2026-03-31")), (sut.StartingAumUsd, sut.AumDate));
    }

    [Fact]
    public void For_OnlyEndOfPeriodAumSnapshot_ThrowsNamingTheAumNeeded()
    {
        // Arrange: the shared data set has AUM only as of its last day, which would look ahead
        var flows = FlowRows("SMH", ("2026-04-01", 1m), ("2026-04-02", 2m));
        var aum = new UsdSeries("SMH", [D("2026-04-03")], [120_000_000_000m]);

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => NetInflowsShareOfAum.For(flows, aum, ReturnWindow.Mtd, D("2026-04-02")));

        // Assert
        Assert.Equal("net_inflows_pct_aum for SMH: needs AUM within 7 calendar days on or before 2026-03-31, the start of MTD (AUM observations: 2026-04-03 to 2026-04-03)", ex.Message);
    }
}
