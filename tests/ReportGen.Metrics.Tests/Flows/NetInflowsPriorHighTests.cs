using ReportGen.Metrics.Flows;
using ReportGen.Metrics.Model;
using static ReportGen.Metrics.Tests.Flows.NetInflowsTests;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Flows;

public sealed class NetInflowsPriorHighTests
{
    // Weekly rows from 2026-01-02 to 2026-04-03: January +3bn, February -1bn, March +5bn (by hand below), April +0.5bn.
    private static readonly UsdSeries Flows = FlowRows("QQQ",
        ("2026-01-02", 1_000_000_000m), ("2026-01-09", 1_000_000_000m), ("2026-01-16", 500_000_000m), ("2026-01-23", 250_000_000m), ("2026-01-30", 250_000_000m),
        ("2026-02-06", -500_000_000m), ("2026-02-13", -500_000_000m), ("2026-02-20", 0m), ("2026-02-27", 0m),
        ("2026-03-06", 2_000_000_000m), ("2026-03-13", 1_000_000_000m), ("2026-03-20", 1_000_000_000m), ("2026-03-27", 1_000_000_000m), ("2026-03-31", 0m),
        ("2026-04-03", 500_000_000m));

    [Fact]
    public void Compute_March_TheHighOfJanuaryAndFebruary()
    {
        // Act
        var sut = NetInflowsPriorHigh.Compute(Flows, Period.Parse("2026-03"), D("2026-03-31"));

        // Assert: January's +3bn beats February's -1bn
        Assert.Equal(3_000_000_000m, sut.Usd);
        Assert.Equal(Period.Parse("2026-01"), sut.Period);
        Assert.Equal(2, sut.Periods);
        Assert.Equal(Period.Parse("2026-01"), sut.First);
    }

    [Fact]
    public void Compute_April_MarchIsTheNewHigh_AndAprilItselfIsNotCompared()
    {
        // Act
        var sut = NetInflowsPriorHigh.Compute(Flows, Period.Parse("2026-04"), D("2026-04-03"));

        // Assert: March +5bn; three earlier months compared
        Assert.Equal(5_000_000_000m, sut.Usd);
        Assert.Equal(Period.Parse("2026-03"), sut.Period);
        Assert.Equal(3, sut.Periods);
    }

    [Fact]
    public void Compute_FirstMonthOfTheData_ThrowsForWantOfAnEarlierMonth()
    {
        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => NetInflowsPriorHigh.Compute(Flows, Period.Parse("2026-01"), D("2026-01-30")));

        // Assert
        Assert.Equal("net_inflows_prior_high for QQQ: needs daily flows covering the whole of at least one period of the same kind before 2026-01", ex.Message);
    }

    [Fact]
    public void Compute_PeriodTheDataCoversOnlyInPart_IsNotCompared()
    {
        // Arrange: the data starts mid-February, so February is not a whole month of flows
        var flows = FlowRows("XLK", ("2026-02-16", 9_000_000_000m), ("2026-02-23", 1m), ("2026-03-02", 1m), ("2026-03-09", 1m), ("2026-03-16", 1m), ("2026-03-23", 1m), ("2026-03-30", 1m), ("2026-04-03", 1m));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => NetInflowsPriorHigh.Compute(flows, Period.Parse("2026-03"), D("2026-03-31")));

        // Assert
        Assert.StartsWith("net_inflows_prior_high for XLK", ex.Message, StringComparison.Ordinal);
    }
}
