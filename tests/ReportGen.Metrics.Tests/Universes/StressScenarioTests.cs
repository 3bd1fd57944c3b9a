using ReportGen.Metrics.Model;
using ReportGen.Metrics.Tests.Oracles;
using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.Universes.UniverseFixture;

namespace ReportGen.Metrics.Tests.Universes;

public sealed class StressScenarioTests
{
    [Fact]
    public void Apply_TwentyPercentShockToTop2_ReducesUniverseByShockTimesWeight()
    {
        // Arrange: top 2 weigh 0.4 + 0.3 = 0.7 of a $10T universe
        Holding[] weights = [new("A", 0.4), new("B", 0.3), new("C", 0.2), new("D", 0.1)];

        // Act
        var sut = StressScenario.Apply(weights, -0.20, 2, 10e12, "U");

        // Assert: -0.20 x 0.7 = -0.14; $10T x 0.86 = $8.6T
        Assert.Equal(["A", "B"], sut.Tickers);
        Assert.Equal(-0.14, sut.ReturnImpact, Tolerances.RoundOff);
        Assert.Equal(8.6e12, sut.ValueAfterUsd!.Value, Tolerances.UsdCent);
    }

    [Fact]
    public void Apply_OracleUniverse_MatchesPython()
    {
        // Act
        var sut = StressScenario.Apply(MarketCapWeights.Compute(OracleCaps(), "U"), -0.20, 3, null, "U");

        // Assert
        Assert.Equal(OracleData.ExpectedValue("stress_top3_minus20"), sut.ReturnImpact, Tolerances.RoundOff);
        Assert.Null(sut.ValueAfterUsd);
    }

    [Fact]
    public void Apply_PositiveShock_ThrowsArgumentOutOfRange()
    {
        // Act & Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => StressScenario.Apply([new Holding("A", 1.0)], 0.2, 1, null, "U"));
    }
}
