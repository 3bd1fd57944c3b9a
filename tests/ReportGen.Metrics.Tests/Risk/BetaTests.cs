using ReportGen.Metrics.Model;
using ReportGen.Metrics.Risk;
using ReportGen.Metrics.Tests.Oracles;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Risk;

public sealed class BetaTests
{
    // Benchmark daily returns +1%, -1%, +2%, 0%; the stock's are exactly 2 x benchmark + 0.1%.
    private static readonly string[] TradingDates = ["2025-12-31", "2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07"];
    private static readonly double[] BenchmarkReturns = [0.01, -0.01, 0.02, 0.0];

    internal static (PriceSeries Stock, PriceSeries Benchmark) TwiceTheMarket()
    {
        var b = new List<double> { 400 };
        var s = new List<double> { 50 };
        foreach (var r in BenchmarkReturns)
        {
            b.Add(b[^1] * (1 + r));
            s.Add(s[^1] * (1 + (2 * r) + 0.001));
        }

        return (Of("NVDA", PriceField.AdjustedClose, TradingDates.Zip(s, (d, p) => (d, p)).ToArray()),
                Of("SPY", PriceField.AdjustedClose, TradingDates.Zip(b, (d, p) => (d, p)).ToArray()));
    }

    [Fact]
    public void For_StockMovesTwiceTheBenchmark_BetaIsTwo()
    {
        // Arrange
        var (stock, benchmark) = TwiceTheMarket();

        // Act
        var sut = Beta.For(stock, benchmark, ReturnWindow.Ytd, D("2026-01-07"));

        // Assert: Cov(2 rb + c, rb) / Var(rb) = 2 Var(rb) / Var(rb) = 2
        Assert.Equal(2.0, sut.Value, Tolerances.RoundOff);
        Assert.Equal(4, sut.Observations);
        Assert.Equal("SPY", sut.Benchmark);
    }

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void For_OracleSeriesWithMissingBenchmarkDays_MatchesPythonStatistics(string window, double expected, int returns)
    {
        // Act: BBB lacks 2025-08-14 and 2026-02-11; returns are taken between the days both have
        var sut = Beta.For(OracleData.Aaa, OracleData.Bbb, ReturnWindow.Parse(window), OracleData.AsOf);

        // Assert
        Assert.Equal(expected, sut.Value, Tolerances.RoundOff);
        Assert.Equal(returns, sut.Observations);
    }

    public static TheoryData<string, double, int> OracleRows() => OracleData.Expected("beta");

    [Fact]
    public void For_BenchmarkMissingTwoWeeks_ThrowsNamingTheBenchmark()
    {
        // Arrange: SPY has no rows from 2026-01-05 to 2026-01-16
        var stock = Weekdays("NVDA", PriceField.AdjustedClose, "2025-12-31", "2026-01-30", d => 100 + d.Day);
        var full = Weekdays("SPY", PriceField.AdjustedClose, "2025-12-31", "2026-01-30", d => 500 + (d.Day % 3));
        var benchmark = new PriceSeries("SPY", PriceField.AdjustedClose,
            full.Dates.ToArray().Where(d => d < D("2026-01-05") || d > D("2026-01-16")).ToArray(),
            full.Dates.ToArray().Zip(full.Values.ToArray()).Where(x => x.First < D("2026-01-05") || x.First > D("2026-01-16")).Select(x => x.Second).ToArray());

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => Beta.For(stock, benchmark, ReturnWindow.Ytd, D("2026-01-30")));

        // Assert
        Assert.Equal("beta for SPY: needs closes on the trading days NVDA has, at most 7 calendar days apart (no common close from 2026-01-02 to 2026-01-19)", ex.Message);
    }

    [Fact]
    public void For_BenchmarkLacksBaseClose_ThrowsNamingTheDay()
    {
        // Arrange
        var stock = Adj("NVDA", ("2025-12-31", 100), ("2026-01-02", 101), ("2026-01-05", 103));
        var benchmark = Adj("SPY", ("2026-01-02", 500), ("2026-01-05", 505));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => Beta.For(stock, benchmark, ReturnWindow.Ytd, D("2026-01-05")));

        // Assert
        Assert.Equal("beta for SPY: needs a close on 2025-12-31, the base close of NVDA for YTD", ex.Message);
    }

    [Fact]
    public void For_FlatBenchmark_ThrowsBecauseBetaIsUndefined()
    {
        // Arrange
        var stock = Adj("NVDA", ("2025-12-31", 100), ("2026-01-02", 101), ("2026-01-05", 103));
        var benchmark = Adj("CASH", ("2025-12-31", 1), ("2026-01-02", 1), ("2026-01-05", 1));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => Beta.For(stock, benchmark, ReturnWindow.Ytd, D("2026-01-05")));

        // Assert
        Assert.Equal("beta for CASH: needs daily returns that vary (all 2 are equal)", ex.Message);
    }
}
