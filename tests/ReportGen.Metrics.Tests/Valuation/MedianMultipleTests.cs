using ReportGen.Metrics.Tests.Oracles;
using ReportGen.Metrics.Valuation;

namespace ReportGen.Metrics.Tests.Valuation;

public sealed class MedianMultipleTests
{
    [Fact]
    public void Compute_NegativeZeroAndMissing_AreExcludedAndListed()
    {
        // Arrange
        MultipleObservation[] pe = [new("NVDA", 45), new("INTC", -12), new("AMD", 90), new("MU", null), new("AVGO", 30), new("WOLF", 0), new("QCOM", 15)];

        // Act
        var sut = MedianMultiple.Compute(pe, "pe", "chips");

        // Assert: kept 15, 30, 45, 90 -> median (30 + 45) / 2 = 37.5
        Assert.Equal(37.5, sut.Median, Tolerances.RoundOff);
        Assert.Equal(4, sut.Included);
        Assert.Equal(["INTC", "MU", "WOLF"], sut.Excluded);
    }

    [Fact]
    public void Compute_OracleUniverse_MatchesPythonMedianOfPositivePe()
    {
        // Arrange
        var pe = OracleData.Universe.Select(m => new MultipleObservation(m.Ticker, m.Pe)).ToList();

        // Act
        var sut = MedianMultiple.Compute(pe, "pe", "U");

        // Assert
        Assert.Equal(OracleData.ExpectedValue("median_pe"), sut.Median, Tolerances.RoundOff);
        Assert.Equal(8, sut.Included);
    }

    [Fact]
    public void Compute_NoPositiveMultiple_ThrowsListingTheMembers()
    {
        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => MedianMultiple.Compute([new("RIVN", -3), new("LCID", null)], "pe", "ev-makers"));

        // Assert
        Assert.Equal("median_pe for ev-makers: needs at least one member with a positive pe (missing or non-positive for all 2: LCID, RIVN)", ex.Message);
    }
}
