using ReportGen.Metrics.Risk;

namespace ReportGen.Metrics.Tests.Risk;

public sealed class ReturnPerRiskTests
{
    [Fact]
    public void Compute_ReturnOverVolatility()
    {
        // Act: +25% over a year at 40% annualized volatility
        var sut = ReturnPerRisk.Compute(0.25, 0.40, "AAA");

        // Assert: 0.25 / 0.40
        Assert.Equal(0.625, sut, Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_NegativeReturn_GivesNegativeRatio()
    {
        // Act
        var sut = ReturnPerRisk.Compute(-0.10, 0.20, "AAA");

        // Assert
        Assert.Equal(-0.5, sut, Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_ZeroVolatility_IsInsufficientData()
    {
        // Act & Assert: a series that never moved has no risk to divide by, never an infinite ratio
        var e = Assert.Throws<InsufficientDataException>(() => ReturnPerRisk.Compute(0.05, 0.0, "AAA"));
        Assert.Equal(("return_per_risk", "AAA"), (e.Metric, e.Security));
    }

    [Fact]
    public void Compute_NonFiniteInput_Throws()
    {
        // Act & Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => ReturnPerRisk.Compute(double.NaN, 0.2, "AAA"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReturnPerRisk.Compute(0.1, double.PositiveInfinity, "AAA"));
    }
}
