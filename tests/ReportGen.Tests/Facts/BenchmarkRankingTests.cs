using ReportGen.Facts;
using ReportGen.Metrics.Model;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Facts;

/// <summary>
/// The edition's benchmark is compared with, never ranked among the members: over <see cref="QuarterlyMarket"/>'s
/// universe "both" (UP +4.2%, DOWN −4.0% in 2026-Q1) with UP as the report's benchmark, no ranking names UP.
/// </summary>
public sealed class BenchmarkRankingTests
{
    private static EditionScope Scope()
    {
        var q = QuarterlyMarket.Quarters[4];
        return EditionScope.For(QuarterlyMarket.Data, q, QuarterlyMarket.AsOf(q), ["UP"], QuarterlyMarket.Config);
    }

    [Fact]
    public void Leaders_UniverseHoldingTheBenchmark_LeavesItOut()
    {
        var sut = Scope().Universe("both");

        Assert.Equal(["DOWN"], sut.Leaders.Select(m => m.Ticker));
        Assert.Equal(["DOWN"], sut.ByVolatility.Select(m => m.Ticker));
        Assert.Equal(["DOWN"], sut.ByDrawdown.Select(m => m.Ticker));
        Assert.Equal(2, sut.Members.Count);
    }

    [Fact]
    public void SortedReturnsCaption_BenchmarkInTheUniverse_IsNotCalledBest()
    {
        var declaration = new ChartDeclaration("both", ChartKind.SortedReturns, string.Empty, "both", [], string.Empty, ChartWindow.Period, string.Empty, string.Empty, 1);

        var caption = ChartBinder.Bind(declaration, Scope(), string.Empty).Caption;

        Assert.DoesNotContain("best UP", caption, StringComparison.Ordinal);
        Assert.Contains("benchmark UP +4.2%", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmarks_NoReportBenchmark_AreTheHouseBenchmark()
    {
        var q1 = QuarterlyMarket.Quarters[0];

        var sut = EditionScope.For(QuarterlyMarket.Data, q1, QuarterlyMarket.AsOf(q1), [], QuarterlyMarket.Config);

        Assert.Equal([QuarterlyMarket.Config.Benchmark], sut.Benchmarks);
    }
}
