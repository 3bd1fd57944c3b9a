using ReportGen.Metrics.Model;
using ReportGen.Metrics.Tests.Oracles;
using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.Universes.UniverseFixture;

namespace ReportGen.Metrics.Tests.Universes;

/// <summary>TopWeight, HerfindahlIndex and EffectiveHoldings: the three concentration measures, on the same weights.</summary>
public sealed class ConcentrationTests
{
    private static readonly Holding[] Weights = [new("A", 0.4), new("B", 0.3), new("C", 0.2), new("D", 0.1)];

    [Fact]
    public void TopWeight_Top2_SumsTheTwoLargest()
    {
        // Act & Assert: 0.4 + 0.3 = 0.7
        Assert.Equal(0.7, TopWeight.Compute(Weights, 2, "U"), Tolerances.RoundOff);
    }

    [Fact]
    public void HerfindahlIndex_FourWeights_IsSumOfSquares()
    {
        // Act & Assert: 0.16 + 0.09 + 0.04 + 0.01 = 0.30
        Assert.Equal(0.30, HerfindahlIndex.Compute(Weights, "U"), Tolerances.RoundOff);
    }

    [Fact]
    public void EffectiveHoldings_FourWeights_IsOneOverHhi()
    {
        // Act & Assert: 1 / 0.30 = 3.333333 holdings
        Assert.Equal(3.333333, EffectiveHoldings.Compute(Weights, "U"), Tolerances.SixDecimals);
    }

    [Fact]
    public void EffectiveHoldings_EqualWeights_IsTheMemberCount()
    {
        // Arrange
        var weights = EqualWeights.Compute(["A", "B", "C", "D", "E"], "U");

        // Act & Assert
        Assert.Equal(5.0, EffectiveHoldings.Compute(weights, "U"), Tolerances.RoundOff);
    }

    [Fact]
    public void Concentration_OracleUniverseCapWeights_MatchPython()
    {
        // Arrange
        var weights = MarketCapWeights.Compute(OracleCaps(), "U");

        // Act
        var (top3, hhi, effective) = (TopWeight.Compute(weights, 3, "U"), HerfindahlIndex.Compute(weights, "U"), EffectiveHoldings.Compute(weights, "U"));

        // Assert
        Assert.Equal(OracleData.ExpectedValue("top3_weight"), top3, Tolerances.RoundOff);
        Assert.Equal(OracleData.ExpectedValue("hhi"), hhi, Tolerances.RoundOff);
        Assert.Equal(OracleData.ExpectedValue("effective_holdings"), effective, Tolerances.RoundOff);
    }

    [Fact]
    public void TopWeight_FewerMembersThanN_ThrowsNamingTheCount()
    {
        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => TopWeight.Compute(Weights, 10, "hyperscalers"));

        // Assert
        Assert.Equal("top_weight for hyperscalers: needs at least 10 members for a top-10 weight (have 4)", ex.Message);
    }
}
