using ReportGen.Metrics.Tests.Oracles;
using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.Universes.UniverseFixture;

namespace ReportGen.Metrics.Tests.Universes;

public sealed class CapWeightReturnTests
{
    [Fact]
    public void Compute_TwoMembers_WeightsByStartMarketCap()
    {
        // Arrange: $3T returning +20% and $1T returning -10%
        var returns = new[] { Return("NVDA", 0.20), Return("INTC", -0.10) };
        var caps = new[] { Cap("NVDA", 3e12), Cap("INTC", 1e12) };

        // Act
        var sut = CapWeightReturn.Compute(returns, caps, "chips");

        // Assert: 0.75 x 0.20 + 0.25 x (-0.10) = 0.15 - 0.025 = 0.125 (equal weight would give 0.05)
        Assert.Equal(0.125, sut, Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_OracleUniverse_MatchesPython()
    {
        // Act
        var sut = CapWeightReturn.Compute(OracleReturns(), OracleCaps(), "U");

        // Assert
        Assert.Equal(OracleData.ExpectedValue("cap_weight_return"), sut, Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_MarketCapFromEndOfPeriod_ThrowsBecauseWeightsWouldLookAhead()
    {
        // Arrange
        var returns = new[] { Return("NVDA", 0.20), Return("INTC", -0.10) };
        var caps = new[] { Cap("NVDA", 3e12), new ReportGen.Metrics.Model.MarketCap("INTC", End, 1e12) };

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => CapWeightReturn.Compute(returns, caps, "chips"));

        // Assert
        Assert.Equal("cap_weight_return for INTC: needs a market capitalization on 2025-12-31, its base close (have one on 2026-03-31)", ex.Message);
    }

    [Fact]
    public void Compute_MemberWithoutMarketCap_ThrowsNamingTheMember()
    {
        // Arrange: a missing price means no market cap for AMD
        var returns = new[] { Return("NVDA", 0.20), Return("AMD", 0.05) };
        var caps = new[] { Cap("NVDA", 3e12) };

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => CapWeightReturn.Compute(returns, caps, "chips"));

        // Assert
        Assert.Equal("cap_weight_return for AMD: needs a market capitalization on 2025-12-31, its base close (it is a member of chips)", ex.Message);
    }
}
