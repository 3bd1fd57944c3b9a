using ReportGen.Metrics.Model;
using ReportGen.Metrics.Risk;
using ReportGen.Metrics.Tests.Oracles;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Risk;

public sealed class AnnualizedVolatilityTests
{
    [Fact]
    public void For_ThreeDailyReturns_IsSampleStdDevTimesRoot252()
    {
        // Arrange: closes 100, 110, 99, 99 -> returns +0.10, -0.10, 0.00; mean 0
        var series = Adj("AAA", ("2025-12-31", 100), ("2026-01-02", 110), ("2026-01-05", 99), ("2026-01-06", 99));

        // Act
        var sut = AnnualizedVolatility.For(series, ReturnWindow.Ytd, D("2026-01-06"));

        // Assert: sample variance = (0.01 + 0.01 + 0) / (3 - 1) = 0.01; s = 0.1; 0.1 x sqrt(252) = 1.587451
        Assert.Equal(1.587451, sut.Value, Tolerances.SixDecimals);
        Assert.Equal(3, sut.Observations);
        Assert.Equal((D("2025-12-31"), D("2026-01-06")), (sut.StartDate, sut.EndDate));
    }

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void For_OracleSeries_MatchesPythonStatisticsStdev(string window, double expected, int returns)
    {
        // Act: the oracle file has rows up to 2026-04-30; the as-of date is 2026-03-31
        var sut = AnnualizedVolatility.For(OracleData.Aaa, ReturnWindow.Parse(window), OracleData.AsOf);

        // Assert
        Assert.Equal(expected, sut.Value, Tolerances.RoundOff);
        Assert.Equal(returns, sut.Observations);
    }

    public static TheoryData<string, double, int> OracleRows() => OracleData.Expected("annualized_volatility");

    [Fact]
    public void For_OneReturn_ThrowsNamingTheCountNeeded()
    {
        // Arrange
        var series = Adj("AAA", ("2025-12-31", 100), ("2026-01-02", 110));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => AnnualizedVolatility.For(series, ReturnWindow.Ytd, D("2026-01-02")));

        // Assert
        Assert.Equal("annualized_volatility for AAA: needs at least 2 daily returns for YTD (have 1: closes 2025-12-31 to 2026-01-02)", ex.Message);
    }

    [Fact]
    public void For_GapInsideWindow_ThrowsNamingTheGap()
    {
        // Arrange: the rows from 2026-01-06 to 2026-01-30 are missing
        var series = Adj("AAA", ("2025-12-31", 100), ("2026-01-02", 101), ("2026-01-05", 102), ("2026-02-02", 99), ("2026-02-03", 98));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => AnnualizedVolatility.For(series, ReturnWindow.Ytd, D("2026-02-03")));

        // Assert
        Assert.Equal("annualized_volatility for AAA: needs consecutive closes at most 7 calendar days apart (gap of 28 days from 2026-01-05 to 2026-02-02)", ex.Message);
    }
}
