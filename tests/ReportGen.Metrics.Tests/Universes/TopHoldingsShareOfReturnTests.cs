using ReportGen.Metrics.Model;
using ReportGen.Metrics.Tests.Oracles;
using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.Universes.UniverseFixture;

namespace ReportGen.Metrics.Tests.Universes;

public sealed class TopHoldingsShareOfReturnTests
{
    [Fact]
    public void Compute_Top1_ShareOfSumOfContributions()
    {
        // Arrange: contributions 0.6 x 0.20 = 0.12 and 0.4 x 0.05 = 0.02; total 0.14
        var contributions = ContributionToReturn.Compute([new Holding("NVDA", 0.6), new Holding("AMD", 0.4)], [Return("NVDA", 0.20), Return("AMD", 0.05)], "chips");

        // Act
        var sut = TopHoldingsShareOfReturn.Compute(contributions, 1, "chips");

        // Assert: 0.12 / 0.14 = 0.857143
        Assert.Equal(["NVDA"], sut.Tickers);
        Assert.Equal(0.857143, sut.Share, Tolerances.SixDecimals);
    }

    [Fact]
    public void Compute_OracleUniverse_MatchesPythonIncludingNegativeShare()
    {
        // Arrange: the three largest members fell while the universe rose slightly, so the share is below -1
        var weights = MarketCapWeights.Compute(OracleCaps(), "U");
        var contributions = ContributionToReturn.Compute(weights, OracleReturns(), "U");

        // Act
        var sut = TopHoldingsShareOfReturn.Compute(contributions, 3, "U");

        // Assert
        Assert.Equal(OracleData.ExpectedValue("top3_share_of_return"), sut.Share, Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_ZeroUniverseReturn_ThrowsBecauseShareIsUndefined()
    {
        // Arrange
        var contributions = new[] { new Contribution("A", 0.5, 0.1, 0.05), new Contribution("B", 0.5, -0.1, -0.05) };

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => TopHoldingsShareOfReturn.Compute(contributions, 1, "U"));

        // Assert
        Assert.Equal("top_share_of_return for U: needs a non-zero universe return (a share of a zero return is undefined)", ex.Message);
    }
}
