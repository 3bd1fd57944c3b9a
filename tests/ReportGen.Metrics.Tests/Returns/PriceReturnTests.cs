using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Returns;

public sealed class PriceReturnTests
{
    [Fact]
    public void For_StockPayingDividend_PriceReturnBelowTotalReturn()
    {
        // Arrange: quoted close 100 -> 110; the adjusted close before the ex-date is scaled down to 98 by the dividend
        var close = Close("MSFT", ("2025-12-31", 100), ("2026-03-31", 110));
        var adjusted = Adj("MSFT", ("2025-12-31", 98), ("2026-03-31", 110));

        // Act
        var price = PriceReturn.For(close, ReturnWindow.Qtd, D("2026-03-31"));
        var total = TotalReturn.For(adjusted, ReturnWindow.Qtd, D("2026-03-31"));

        // Assert: 110 / 100 - 1 = 0.10; 110 / 98 - 1 = 0.122449
        Assert.Equal(0.10, price.Value, Tolerances.RoundOff);
        Assert.Equal(0.122449, total.Value, Tolerances.SixDecimals);
    }

    [Fact]
    public void For_AdjustedCloses_ThrowsArgumentException()
    {
        // Arrange
        var adjusted = Adj("MSFT", ("2025-12-31", 98), ("2026-03-31", 110));

        // Act
        var ex = Assert.Throws<ArgumentException>(() => PriceReturn.For(adjusted, ReturnWindow.Qtd, D("2026-03-31")));

        // Assert
        Assert.StartsWith("price_return for MSFT needs Close prices, got AdjustedClose", ex.Message, StringComparison.Ordinal);
    }
}
