using ReportGen.Metrics.Model;
using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.Universes.UniverseFixture;

namespace ReportGen.Metrics.Tests.Universes;

public sealed class ContributionToReturnTests
{
    [Fact]
    public void Compute_ThreeMembers_WeightTimesReturnLargestFirst()
    {
        // Arrange
        var weights = new[] { new Holding("NVDA", 0.5), new Holding("AVGO", 0.3), new Holding("INTC", 0.2) };
        var returns = new[] { Return("NVDA", 0.10), Return("AVGO", 0.40), Return("INTC", -0.20) };

        // Act
        var sut = ContributionToReturn.Compute(weights, returns, "chips");

        // Assert: AVGO 0.3 x 0.40 = 0.12; NVDA 0.5 x 0.10 = 0.05; INTC 0.2 x -0.20 = -0.04; sum 0.13
        Assert.Equal(["AVGO", "NVDA", "INTC"], sut.Select(c => c.Ticker).ToArray());
        Assert.Equal(0.12, sut[0].Value, Tolerances.RoundOff);
        Assert.Equal(-0.04, sut[2].Value, Tolerances.RoundOff);
        Assert.Equal(0.13, sut.Sum(c => c.Value), Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_MemberReturnOverDifferentDays_ThrowsNamingIt()
    {
        // Arrange: INTC's return starts a day late (its base close is missing)
        var weights = new[] { new Holding("NVDA", 0.5), new Holding("INTC", 0.5) };
        var returns = new[] { Return("NVDA", 0.10), Return("INTC", -0.20) with { StartDate = Base.AddDays(2) } };

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => ContributionToReturn.Compute(weights, returns, "chips"));

        // Assert
        Assert.Equal("contribution_to_return for INTC: needs a return from 2025-12-31 to 2026-03-31 like NVDA (have 2026-01-02 to 2026-03-31)", ex.Message);
    }

    [Fact]
    public void Compute_WeightsNotSummingToOne_ThrowsArgumentException()
    {
        // Arrange: a published top-holdings list that omits the rest of the fund
        var weights = new[] { new Holding("NVDA", 0.2), new Holding("AVGO", 0.1) };

        // Act
        var ex = Assert.Throws<ArgumentException>(() => ContributionToReturn.Compute(weights, [Return("NVDA", 0.1), Return("AVGO", 0.1)], "SMH"));

        // Assert
        Assert.StartsWith("contribution_to_return for SMH: weights sum to 0.30000000000000004; expected 1", ex.Message, StringComparison.Ordinal);
    }
}
