using ReportGen.Metrics.Flows;

namespace ReportGen.Metrics.Tests.Flows;

public sealed class FeeDragTests
{
    [Fact]
    public void Compute_35BasisPointsForOneYear_IsJustUnderTheExpenseRatio()
    {
        // Act
        var sut = FeeDrag.Compute(0.0035, 365);

        // Assert: 1 - (1 - 0.0035 / 365)^365 = 1 - e^(365 ln(0.99999041)) = 0.003494 (daily accrual on a shrinking base)
        Assert.Equal(0.003494, sut, Tolerances.SixDecimals);
    }

    [Fact]
    public void CostUsd_TenThousandForNinetyDays_RoundsToCents()
    {
        // Act
        var sut = FeeDrag.CostUsd(10_000m, 0.0035, 90);

        // Assert: 10,000 x (1 - (1 - 0.0035 / 365)^90) = 10,000 x 0.00086264 = $8.63
        Assert.Equal(8.63m, sut);
    }

    [Fact]
    public void Compute_ExpenseRatioInPercent_ThrowsArgumentOutOfRange()
    {
        // Act: 0.35 passed as "0.35%" would be a 35% fee
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FeeDrag.Compute(35, 365));

        // Assert
        Assert.Equal("expenseRatio", ex.ParamName);
    }
}
