using ReportGen.Metrics.Model;
using ReportGen.Metrics.Risk;
using ReportGen.Metrics.Tests.Oracles;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Risk;

public sealed class MaxDrawdownTests
{
    // 100 -> 120 (peak) -> 90 (trough, -25%) -> 110 -> 130 (recovered, new peak) -> 104 (-20%) -> 125
    private static readonly PriceSeries Series = Adj("AAA",
        ("2025-12-31", 100), ("2026-01-02", 120), ("2026-01-05", 90), ("2026-01-06", 110),
        ("2026-01-07", 130), ("2026-01-08", 104), ("2026-01-09", 125));

    [Fact]
    public void For_TwoDrawdowns_ReportsTheDeeperWithPeakTroughAndRecovery()
    {
        // Act
        var sut = MaxDrawdown.For(Series, ReturnWindow.Ytd, D("2026-01-09"));

        // Assert: 90 / 120 - 1 = -0.25 beats 104 / 130 - 1 = -0.20; recovered when 130 >= 120
        Assert.Equal(-0.25, sut.Depth, Tolerances.RoundOff);
        Assert.Equal((D("2026-01-02"), 120.0, D("2026-01-05"), 90.0), (sut.PeakDate, sut.PeakPrice, sut.TroughDate, sut.TroughPrice));
        Assert.Equal(D("2026-01-07"), sut.RecoveryDate);
    }

    [Fact]
    public void For_AsOfBeforeRecovery_RecoveryIsNull()
    {
        // Act: as of 2026-01-06 the 120 peak has not been regained (110)
        var sut = MaxDrawdown.For(Series, ReturnWindow.Ytd, D("2026-01-06"));

        // Assert
        Assert.Equal(-0.25, sut.Depth, Tolerances.RoundOff);
        Assert.Null(sut.RecoveryDate);
    }

    [Fact]
    public void For_OnlyRisingCloses_DepthIsZero()
    {
        // Arrange
        var series = Adj("UP", ("2025-12-31", 100), ("2026-01-02", 101), ("2026-01-05", 102));

        // Act
        var sut = MaxDrawdown.For(series, ReturnWindow.Ytd, D("2026-01-05"));

        // Assert
        Assert.Equal(0.0, sut.Depth);
        Assert.Null(sut.RecoveryDate);
    }

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void For_OracleSeries_MatchesBruteForcePythonOracle(string window, double expected, int closes)
    {
        // Arrange
        var sut = ReturnWindow.Parse(window);
        var bounds = sut.Resolve(OracleData.AsOf);

        // Act
        var result = MaxDrawdown.For(OracleData.Aaa, sut, OracleData.AsOf);

        // Assert: the oracle takes the minimum of P_j / P_i - 1 over all pairs i <= j (no running peak), over the same closes
        Assert.Equal(expected, result.Depth, Tolerances.RoundOff);
        Assert.Equal(closes, OracleData.Aaa.IndexOnOrBefore(bounds.EndOnOrBefore) - OracleData.Aaa.IndexOnOrBefore(bounds.BaseOnOrBefore!.Value) + 1);
    }

    public static TheoryData<string, double, int> OracleRows() => OracleData.Expected("max_drawdown");

    [Fact]
    public void For_GapInsideWindow_ThrowsBecauseTheTroughCouldBeHidden()
    {
        // Arrange
        var series = Adj("AAA", ("2025-12-31", 100), ("2026-01-02", 90), ("2026-01-20", 110));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => MaxDrawdown.For(series, ReturnWindow.Ytd, D("2026-01-20")));

        // Assert
        Assert.Equal("max_drawdown for AAA: needs consecutive closes at most 7 calendar days apart (gap of 18 days from 2026-01-02 to 2026-01-20)", ex.Message);
    }
}
