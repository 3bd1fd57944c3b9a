using ReportGen.Metrics.Model;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Model;

public sealed class ReturnWindowTests
{
    [Theory]
    [InlineData("2026-03-31", 1, "2026-02-28")]   // month arithmetic clamps to February's last day
    [InlineData("2026-03-31", 3, "2025-12-31")]
    [InlineData("2026-03-31", 6, "2025-09-30")]
    [InlineData("2026-03-31", 12, "2025-03-31")]
    [InlineData("2024-02-29", 12, "2023-02-28")]   // leap day minus a year
    [InlineData("2026-05-15", 1, "2026-04-15")]
    public void Trailing_AsOfDate_BaseCutoffIsAsOfMinusNMonths(string asOf, int months, string expectedBase)
    {
        // Arrange
        var sut = ReturnWindow.Trailing(months);

        // Act
        var bounds = sut.Resolve(D(asOf));

        // Assert
        Assert.Equal(new WindowBounds(D(expectedBase), D(asOf)), bounds);
    }

    [Theory]
    [InlineData("MTD", "2026-03-18", "2026-02-28")]
    [InlineData("QTD", "2026-05-20", "2026-03-31")]
    [InlineData("YTD", "2026-03-31", "2025-12-31")]
    [InlineData("WTD", "2026-04-02", "2026-03-29")]   // ISO week 14 of 2026 starts Monday 2026-03-30
    public void ToDate_AsOfDate_BaseCutoffIsDayBeforePeriodStart(string code, string asOf, string expectedBase)
    {
        // Arrange
        var sut = ReturnWindow.Parse(code);

        // Act
        var bounds = sut.Resolve(D(asOf));

        // Assert
        Assert.Equal(new WindowBounds(D(expectedBase), D(asOf)), bounds);
    }

    [Fact]
    public void For_PeriodAlreadyOver_EndCutoffIsPeriodEnd()
    {
        // Arrange
        var sut = ReturnWindow.For(Period.Parse("2026-Q1"));

        // Act
        var bounds = sut.Resolve(D("2026-06-30"));

        // Assert
        Assert.Equal(new WindowBounds(D("2025-12-31"), D("2026-03-31")), bounds);
    }

    [Theory]
    [InlineData("ytd", "YTD")]
    [InlineData("3m", "3M")]
    [InlineData("12M", "12M")]
    [InlineData("2026-q1", "2026-Q1")]
    [InlineData("2026-W14", "2026-W14")]
    [InlineData("since:2025-01-01", "since:2025-01-01")]
    [InlineData("Inception", "inception")]
    public void Parse_ValidCode_RoundTripsToCanonicalText(string text, string expected)
    {
        // Act
        var sut = ReturnWindow.Parse(text);

        // Assert
        Assert.Equal(expected, sut.ToString());
    }

    [Fact]
    public void Parse_UnknownCode_ThrowsFormatExceptionListingTheForms()
    {
        // Act
        var ex = Assert.Throws<FormatException>(() => ReturnWindow.Parse("last quarter"));

        // Assert
        Assert.Equal("'last quarter' is not a return window; expected WTD, MTD, QTD, YTD, 1M, 3M, 6M, 12M, inception, since:2025-01-01 or a period such as 2026-Q1", ex.Message);
    }
}
