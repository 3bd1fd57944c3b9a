using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Tests.Oracles;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Returns;

public sealed class TotalReturnTests
{
    // An AI index: 100 at the 2025 close, 115 at the end of Q1 2026, then a row after the as-of date.
    private static readonly PriceSeries Index = Adj("AIIDX",
        ("2025-12-30", 95), ("2025-12-31", 100), ("2026-01-02", 104), ("2026-02-27", 108),
        ("2026-03-02", 110), ("2026-03-17", 112), ("2026-03-31", 115), ("2026-04-01", 200));

    [Fact]
    public void ForPeriod_QuarterOver_UsesCloseBeforeQuarterAndLastCloseInIt()
    {
        // Act
        var sut = TotalReturn.ForPeriod(Index, Period.Parse("2026-Q1"), D("2026-04-15"));

        // Assert: 115 / 100 - 1 = 0.15, i.e. "the AI index rises 15%"
        Assert.Equal(0.15, sut.Value, Tolerances.RoundOff);
        Assert.Equal((D("2025-12-31"), 100.0, D("2026-03-31"), 115.0), (sut.StartDate, sut.StartPrice, sut.EndDate, sut.EndPrice));
    }

    [Fact]
    public void For_Mtd_BaseIsLastCloseOfPreviousMonth()
    {
        // Act
        var sut = TotalReturn.For(Index, ReturnWindow.Mtd, D("2026-03-18"));

        // Assert: base 2026-02-27 (108), end 2026-03-17 (112): 112 / 108 - 1 = 0.037037
        Assert.Equal(0.037037, sut.Value, Tolerances.SixDecimals);
        Assert.Equal(D("2026-02-27"), sut.StartDate);
    }

    [Fact]
    public void For_Trailing1MBaseOnHoliday_UsesLastCloseOnOrBeforeIt()
    {
        // Arrange: 2026-02-16 is Presidents' Day; as-of 2026-03-16 minus 1 month lands on it, so the base is Friday 2026-02-13
        var series = Adj("NVDA", ("2026-02-12", 180), ("2026-02-13", 184), ("2026-02-17", 190), ("2026-03-16", 207));

        // Act
        var sut = TotalReturn.For(series, ReturnWindow.Trailing(1), D("2026-03-16"));

        // Assert: 207 / 184 - 1 = 0.125
        Assert.Equal(0.125, sut.Value, Tolerances.RoundOff);
        Assert.Equal(D("2026-02-13"), sut.StartDate);
    }

    [Fact]
    public void For_FutureRowsAppended_FiguresIdentical()
    {
        // Arrange
        var truncated = Index.TruncatedAt(D("2026-03-31"));
        var extended = WithFutureRows(Index, 30, 1000);

        // Act
        var a = TotalReturn.For(truncated, ReturnWindow.Ytd, D("2026-03-31"));
        var b = TotalReturn.For(extended, ReturnWindow.Ytd, D("2026-03-31"));

        // Assert
        Assert.Equal(a, b);
    }

    [Fact]
    public void For_SeriesStartsMidPeriod_ThrowsNamingTheBaseNeeded()
    {
        // Arrange: listed 2026-01-15, so there is no close before the year
        var series = Adj("NEWCO", ("2026-01-15", 20), ("2026-03-31", 30));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => TotalReturn.For(series, ReturnWindow.Ytd, D("2026-03-31")));

        // Assert
        Assert.Equal("total_return for NEWCO: needs a close on or before 2025-12-31 as the YTD base (series starts 2026-01-15)", ex.Message);
        Assert.Equal(("total_return", "NEWCO"), (ex.Metric, ex.Security));
    }

    [Fact]
    public void For_OneObservation_ThrowsNamingTheEndCloseNeeded()
    {
        // Arrange
        var series = Adj("ONE", ("2025-12-31", 50));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => TotalReturn.For(series, ReturnWindow.Ytd, D("2026-03-31")));

        // Assert
        Assert.Equal("total_return for ONE: needs a close after 2025-12-31 and on or before 2026-03-31 for YTD (series ends 2025-12-31)", ex.Message);
    }

    [Fact]
    public void For_GapBeforeBaseCutoff_ThrowsInsteadOfUsingStaleClose()
    {
        // Arrange: December is missing, so the latest close before 2025-12-31 is a month old
        var series = Adj("GAP", ("2025-11-28", 50), ("2026-01-02", 52), ("2026-03-31", 60));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => TotalReturn.For(series, ReturnWindow.Ytd, D("2026-03-31")));

        // Assert
        Assert.Equal("total_return for GAP: needs a close within 7 calendar days on or before 2025-12-31 as the YTD base (the last close before it is 2025-11-28, 33 days earlier)", ex.Message);
    }

    [Fact]
    public void For_DataEndsWeeksBeforeAsOf_ThrowsInsteadOfReportingStaleReturn()
    {
        // Arrange
        var series = Adj("STALE", ("2025-12-31", 50), ("2026-02-27", 55));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => TotalReturn.For(series, ReturnWindow.Ytd, D("2026-03-31")));

        // Assert
        Assert.Equal("total_return for STALE: needs a close within 7 calendar days on or before 2026-03-31 for YTD (the last close is 2026-02-27, 32 days earlier)", ex.Message);
    }

    [Fact]
    public void ForPeriod_AsOfBeforePeriodStarts_ThrowsNamingBothDates()
    {
        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => TotalReturn.ForPeriod(Index, Period.Parse("2026-Q2"), D("2026-03-31")));

        // Assert
        Assert.Equal("total_return for AIIDX: needs an as-of date inside 2026-Q2, which starts 2026-04-01 (as-of is 2026-03-31)", ex.Message);
    }

    [Fact]
    public void For_QuotedCloses_ThrowsArgumentException()
    {
        // Arrange
        var series = Close("NVDA", ("2025-12-31", 100), ("2026-01-02", 101));

        // Act & Assert
        Assert.Throws<ArgumentException>(() => TotalReturn.For(series, ReturnWindow.Ytd, D("2026-01-02")));
    }

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void For_OracleSeries_MatchesPythonOracle(string window, double expected, int returns)
    {
        // Act
        var sut = TotalReturn.For(OracleData.Aaa, ReturnWindow.Parse(window), OracleData.AsOf);

        // Assert
        Assert.Equal(expected, sut.Value, Tolerances.RoundOff);
        Assert.Equal(returns, OracleData.Aaa.IndexOnOrBefore(sut.EndDate) - OracleData.Aaa.IndexOnOrBefore(sut.StartDate));
    }

    public static TheoryData<string, double, int> OracleRows() => OracleData.Expected("total_return");
}
