using ReportGen.Metrics.Valuation;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Valuation;

public sealed class MarketCapitalizationTests
{
    [Fact]
    public void On_Weekend_UsesFridayCloseTimesShares()
    {
        // Arrange
        var close = Close("NVDA", ("2026-03-26", 170), ("2026-03-27", 175));

        // Act
        var sut = MarketCapitalization.On(close, 2.4e10, D("2026-03-29"));

        // Assert: 24bn shares x $175 = $4.2T
        Assert.Equal(4.2e12, sut.Usd, Tolerances.UsdCent);
        Assert.Equal(D("2026-03-27"), sut.Date);
    }

    [Fact]
    public void On_MissingPriceForWeeks_ThrowsNamingTheDateNeeded()
    {
        // Arrange
        var close = Close("NVDA", ("2026-02-27", 170));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => MarketCapitalization.On(close, 2.4e10, D("2026-03-31")));

        // Assert
        Assert.Equal("market_capitalization for NVDA: needs a close within 7 calendar days on or before 2026-03-31 (series runs 2026-02-27 to 2026-02-27)", ex.Message);
    }
}
