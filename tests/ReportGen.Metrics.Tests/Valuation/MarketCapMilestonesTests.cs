using ReportGen.Metrics.Valuation;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Valuation;

public sealed class MarketCapMilestonesTests
{
    // 10bn shares: $90 -> $0.9T, $101 -> $1.01T, $95, $205 -> $2.05T, $310 after the as-of date
    private static readonly ReportGen.Metrics.Model.PriceSeries Closes = Close("AAPL",
        ("2026-01-02", 90), ("2026-01-05", 101), ("2026-01-06", 95), ("2026-01-07", 205), ("2026-01-08", 310));

    [Fact]
    public void Find_CrossesOneAndTwoTrillion_ReportsFirstCloseAtOrAboveEach()
    {
        // Act: as of 2026-01-07, so the $3T close on 2026-01-08 is not seen
        var sut = MarketCapMilestones.Find(Closes, 1e10, MarketCapMilestones.EveryTrillion(3), D("2026-01-07"));

        // Assert: $1T first on 2026-01-05 (1e10 x 101 = 1.01e12); $2T on 2026-01-07 (2.05e12); $3T not reached
        Assert.Equal([(1e12, D("2026-01-05")), (2e12, D("2026-01-07"))], sut.Select(c => (c.ThresholdUsd, c.Date)).ToArray());
        Assert.Equal(1.01e12, sut[0].MarketCapUsd, Tolerances.UsdCent);
        Assert.All(sut, c => Assert.False(c.AtSeriesStart));
    }

    [Fact]
    public void Find_AlreadyAboveAtFirstClose_FlagsAtSeriesStart()
    {
        // Act: $0.5T is below the first close's $0.9T
        var sut = MarketCapMilestones.Find(Closes, 1e10, [5e11], D("2026-01-07"));

        // Assert
        Assert.True(sut.Single().AtSeriesStart);
        Assert.Equal(D("2026-01-02"), sut.Single().Date);
    }

    [Fact]
    public void Find_CrossingAfterGap_ThrowsBecauseTheDateIsUnknown()
    {
        // Arrange
        var close = Close("MSFT", ("2026-01-02", 90), ("2026-01-30", 120));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => MarketCapMilestones.Find(close, 1e10, [1e12], D("2026-01-30")));

        // Assert
        Assert.Equal("market_cap_milestones for MSFT: needs consecutive closes around the $1T crossing (gap of 28 days from 2026-01-02 to 2026-01-30)", ex.Message);
    }
}
