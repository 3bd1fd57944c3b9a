using ReportGen.Metrics.Model;
using ReportGen.Metrics.Risk;
using ReportGen.Metrics.Tests.Oracles;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Risk;

public sealed class CorrelationTests
{
    [Fact]
    public void For_ReturnsAnExactLinearFunction_IsOne()
    {
        // Arrange: stock returns = 2 x benchmark + 0.1% (see BetaTests)
        var (stock, benchmark) = BetaTests.TwiceTheMarket();

        // Act
        var sut = Correlation.For(stock, benchmark, ReturnWindow.Ytd, D("2026-01-07"));

        // Assert
        Assert.Equal(1.0, sut.Value, Tolerances.RoundOff);
    }

    [Fact]
    public void For_MirroredReturns_IsMinusOne()
    {
        // Arrange: returns +10%, -10%, +5% against -10%, +10%, -5%
        var stock = Adj("LONG", ("2025-12-31", 100), ("2026-01-02", 110), ("2026-01-05", 99), ("2026-01-06", 103.95));
        var benchmark = Adj("SHORT", ("2025-12-31", 100), ("2026-01-02", 90), ("2026-01-05", 99), ("2026-01-06", 94.05));

        // Act
        var sut = Correlation.For(stock, benchmark, ReturnWindow.Ytd, D("2026-01-06"));

        // Assert
        Assert.Equal(-1.0, sut.Value, Tolerances.RoundOff);
    }

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void For_OracleSeries_MatchesPythonStatisticsCorrelation(string window, double expected, int returns)
    {
        // Act
        var sut = Correlation.For(OracleData.Aaa, OracleData.Bbb, ReturnWindow.Parse(window), OracleData.AsOf);

        // Assert
        Assert.Equal(expected, sut.Value, Tolerances.RoundOff);
        Assert.Equal(returns, sut.Observations);
    }

    public static TheoryData<string, double, int> OracleRows() => OracleData.Expected("correlation");
}
