using ReportGen.Metrics.Model;
using ReportGen.Metrics.Risk;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Risk;

public sealed class RelativeStrengthTests
{
    [Fact]
    public void Series_TwoSeries_RatioRebasedTo100OnCommonDays()
    {
        // Arrange: the benchmark lacks 2026-01-05, so that day is skipped
        var stock = Adj("SMH", ("2025-12-31", 200), ("2026-01-02", 220), ("2026-01-05", 210), ("2026-01-06", 230));
        var benchmark = Adj("SPY", ("2025-12-31", 600), ("2026-01-02", 606), ("2026-01-06", 630));

        // Act
        var sut = RelativeStrength.Series(stock, benchmark, ReturnWindow.Ytd, D("2026-01-06"));

        // Assert: 100; 100 x 1.10 / 1.01 = 108.910891; 100 x 1.15 / 1.05 = 109.523810
        Assert.Equal([D("2025-12-31"), D("2026-01-02"), D("2026-01-06")], sut.Select(p => p.Date).ToArray());
        Assert.Equal(100.0, sut[0].Value, Tolerances.RoundOff);
        Assert.Equal(108.910891, sut[1].Value, Tolerances.SixDecimals);
        Assert.Equal(109.523810, sut[2].Value, Tolerances.SixDecimals);
    }
}
