using ReportGen.Metrics.Model;
using ReportGen.Metrics.Risk;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Risk;

public sealed class CurrentDrawdownTests
{
    [Fact]
    public void For_BelowPeak_IsLastOverPeakMinusOne()
    {
        // Arrange
        var series = Adj("AAA", ("2025-12-31", 100), ("2026-01-02", 120), ("2026-01-05", 90), ("2026-01-06", 130), ("2026-01-07", 104), ("2026-01-08", 117));

        // Act
        var sut = CurrentDrawdown.For(series, ReturnWindow.Ytd, D("2026-01-08"));

        // Assert: 117 / 130 - 1 = -0.10
        Assert.Equal(-0.10, sut.Depth, Tolerances.RoundOff);
        Assert.Equal((D("2026-01-06"), 130.0, D("2026-01-08"), 117.0), (sut.PeakDate, sut.PeakPrice, sut.Date, sut.Price));
    }

    [Fact]
    public void For_AtNewHigh_DepthIsZero()
    {
        // Arrange
        var series = Adj("AAA", ("2025-12-31", 100), ("2026-01-02", 90), ("2026-01-05", 101));

        // Act
        var sut = CurrentDrawdown.For(series, ReturnWindow.Inception, D("2026-01-05"));

        // Assert
        Assert.Equal(0.0, sut.Depth);
        Assert.Equal(D("2026-01-05"), sut.PeakDate);
    }
}
