using ReportGen.Data;
using ReportGen.Facts;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Facts;

/// <summary>
/// A price index (kind <c>index</c> in data/securities.csv, such as ^SPX) carries no dividends: its returns are labelled
/// price return, from the security kind. Over <see cref="QuarterlyMarket"/> with UP listed as an index and DOWN as a stock.
/// </summary>
public sealed class PriceIndexLabelTests
{
    private static EditionScope Scope()
    {
        var data = QuarterlyMarket.Data with
        {
            Securities = new Dictionary<string, Security>(StringComparer.Ordinal)
            {
                ["UP"] = new("UP", "Up Index", SecurityKind.Index, string.Empty, string.Empty),
                ["DOWN"] = new("DOWN", "Down Corp", SecurityKind.Stock, "Tech", "Software"),
            },
        };
        var q = QuarterlyMarket.Quarters[4];
        return EditionScope.For(data, q, QuarterlyMarket.AsOf(q), [], QuarterlyMarket.Config);
    }

    [Fact]
    public void ReturnBasis_FromTheSecurityKind()
    {
        var scope = Scope();

        Assert.Equal("price return", scope.Security("UP").ReturnBasis);
        Assert.Equal("total return", scope.Security("DOWN").ReturnBasis);
        Assert.Contains("this is a price return", scope.Security("UP").PeriodReturn.Inputs, StringComparison.Ordinal);
        Assert.DoesNotContain("price return", scope.Security("DOWN").PeriodReturn.Inputs, StringComparison.Ordinal);
    }

    [Fact]
    public void IndexedChart_OfAPriceIndex_IsLabelledPriceReturn()
    {
        var scope = Scope();
        ChartSpec Chart(params string[] securities) => ChartBinder.Bind(new ChartDeclaration("c", ChartKind.IndexedPerformance, string.Empty, string.Empty, securities, string.Empty, ChartWindow.Period, string.Empty, string.Empty, 1), scope, string.Empty);

        Assert.StartsWith("Price return, rebased to 100 on", Chart("UP").Subtitle, StringComparison.Ordinal);
        Assert.StartsWith("Total return (price return for UP), rebased to 100 on", Chart("DOWN", "UP").Subtitle, StringComparison.Ordinal);
        Assert.StartsWith("Total return, rebased to 100 on", Chart("DOWN").Subtitle, StringComparison.Ordinal);
    }
}
