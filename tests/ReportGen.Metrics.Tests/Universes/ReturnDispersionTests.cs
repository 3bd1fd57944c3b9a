using ReportGen.Metrics.Tests.Oracles;
using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.Universes.UniverseFixture;

namespace ReportGen.Metrics.Tests.Universes;

public sealed class ReturnDispersionTests
{
    [Fact]
    public void Compute_FiveReturns_InterpolatedQuartiles()
    {
        // Arrange: sorted -0.10, 0.00, 0.05, 0.20, 0.40
        var returns = new[] { Return("A", 0.20), Return("B", -0.10), Return("C", 0.05), Return("D", 0.40), Return("E", 0.00) };

        // Act
        var sut = ReturnDispersion.Compute(returns, "U");

        // Assert: h = 4p -> Q1 = x1 = 0.00, median = x2 = 0.05, Q3 = x3 = 0.20; spread 0.20 (20 percentage points)
        Assert.Equal((0.00, 0.05, 0.20), (sut.LowerQuartile, sut.Median, sut.UpperQuartile));
        Assert.Equal(0.20, sut.Spread, Tolerances.RoundOff);
        Assert.Equal((-0.10, 0.40), (sut.Lowest, sut.Highest));
    }

    [Fact]
    public void Compute_OracleUniverse_MatchesPythonStatisticsQuantilesInclusive()
    {
        // Act
        var sut = ReturnDispersion.Compute(OracleReturns(), "U");

        // Assert
        Assert.Equal(OracleData.ExpectedValue("dispersion_median"), sut.Median, Tolerances.RoundOff);
        Assert.Equal(OracleData.ExpectedValue("dispersion_q1"), sut.LowerQuartile, Tolerances.RoundOff);
        Assert.Equal(OracleData.ExpectedValue("dispersion_q3"), sut.UpperQuartile, Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_ThreeMembers_ThrowsNamingTheMinimum()
    {
        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => ReturnDispersion.Compute([Return("A", 0.1), Return("B", 0.2), Return("C", 0.3)], "trio"));

        // Assert
        Assert.Equal("return_dispersion for trio: needs at least 4 member returns for quartiles (have 3)", ex.Message);
    }
}
