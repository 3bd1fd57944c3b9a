using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Returns;

public sealed class AnnualizedReturnTests
{
    [Fact]
    public void Since_ThreeYearsIncludingLeapDay_CompoundsOverCalendarYears()
    {
        // Arrange: 100 on 2023-03-31, 172.8 on 2026-03-31 (1.2^3 = 1.728)
        var series = Adj("SMH", ("2023-03-31", 100), ("2024-06-28", 130), ("2026-03-31", 172.8));

        // Act
        var sut = AnnualizedReturn.Since(series, D("2023-04-01"), D("2026-03-31"));

        // Assert: 365 + 366 + 365 = 1096 days; years = 1096 / 365.25 = 3.000684; CAGR = 1.728^(1/3.000684) - 1 = 0.199950
        Assert.Equal(1096 / 365.25, sut.Years, Tolerances.RoundOff);
        Assert.Equal(0.199950, sut.Value, Tolerances.SixDecimals);
        Assert.Equal(0.728, sut.Cumulative.Value, Tolerances.RoundOff);
    }

    [Fact]
    public void For_LessThanOneYear_ThrowsBecauseGipsForbidsAnnualizing()
    {
        // Arrange
        var series = Adj("SMH", ("2025-12-31", 100), ("2026-03-31", 120));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => AnnualizedReturn.For(series, ReturnWindow.Ytd, D("2026-03-31")));

        // Assert
        Assert.Equal("annualized_return for SMH: needs at least 365 calendar days between the base and end closes to annualize (2025-12-31 to 2026-03-31 is 90)", ex.Message);
    }
}
