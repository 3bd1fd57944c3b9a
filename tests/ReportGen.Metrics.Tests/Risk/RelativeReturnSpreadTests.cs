using ReportGen.Metrics.Model;
using ReportGen.Metrics.Risk;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Risk;

public sealed class RelativeReturnSpreadTests
{
    [Fact]
    public void For_StockBeatsBenchmark_SpreadInPercentagePoints()
    {
        // Arrange: +15% against +5%
        var stock = Adj("SMH", ("2025-12-31", 200), ("2026-03-31", 230));
        var benchmark = Adj("SPY", ("2025-12-31", 600), ("2026-03-31", 630));

        // Act
        var sut = RelativeReturnSpread.For(stock, benchmark, ReturnWindow.Ytd, D("2026-03-31"));

        // Assert: 0.15 - 0.05 = 0.10 (10 percentage points); 1.15 / 1.05 = 1.095238
        Assert.Equal(0.10, sut.Spread, Tolerances.RoundOff);
        Assert.Equal(1.095238, sut.Ratio, Tolerances.SixDecimals);
    }

    [Fact]
    public void For_BenchmarkMissingTheEndClose_ThrowsNamingTheBenchmark()
    {
        // Arrange
        var stock = Adj("SMH", ("2025-12-31", 200), ("2026-03-30", 225), ("2026-03-31", 230));
        var benchmark = Adj("SPY", ("2025-12-31", 600), ("2026-03-30", 630));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => RelativeReturnSpread.For(stock, benchmark, ReturnWindow.Ytd, D("2026-03-31")));

        // Assert
        Assert.Equal("relative_return for SPY: needs closes on the same trading days as its pair for YTD: SMH runs 2025-12-31 to 2026-03-31, SPY 2025-12-31 to 2026-03-30", ex.Message);
    }
}
