using ReportGen.Metrics.Tests.Oracles;
using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.Universes.UniverseFixture;

namespace ReportGen.Metrics.Tests.Universes;

public sealed class EqualWeightReturnTests
{
    [Fact]
    public void Compute_OracleUniverse_MatchesPythonMean()
    {
        // Act
        var sut = EqualWeightReturn.Compute(OracleReturns(), "U");

        // Assert
        Assert.Equal(OracleData.ExpectedValue("equal_weight_return"), sut, Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_NoMembers_ThrowsNamingTheUniverse()
    {
        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => EqualWeightReturn.Compute([], "hyperscalers"));

        // Assert
        Assert.Equal("equal_weight_return for hyperscalers: needs at least one member with a return for the period", ex.Message);
    }
}
