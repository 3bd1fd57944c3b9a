using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Facts;

/// <summary>
/// Every multi-quarter equal-weight figure of a universe view resets the weights at each quarter start (S&amp;P DJI's
/// equal-weight indices, RSP). Over <see cref="QuarterlyMarket"/>'s universe "both" in 2025 H1: UP 100 → 110 → 120,
/// DOWN 100 → 100/1.1 → 100/1.2. Q1 mean (10% − 1/11) / 2 = 1/220; Q2 mean (1/11 − 1/12) / 2 = 1/264; chained
/// (221/220)(265/264) − 1 = 485/58080 = +0.835%. Buy-and-hold from January would give (20% − 1/6) / 2 = 1/60 = +1.667%.
/// </summary>
public sealed class EqualWeightConventionTests
{
    private const double Rebalanced = 485.0 / 58080;

    private static EditionScope Scope(int quarter)
    {
        var q = QuarterlyMarket.Quarters[quarter];
        return EditionScope.For(QuarterlyMarket.Data, q, QuarterlyMarket.AsOf(q), [], QuarterlyMarket.Config);
    }

    [Fact]
    public void Ytd_TwoQuarters_ResetsWeightsAtTheQuarterStart()
    {
        var sut = Scope(1).Universe("both").Ytd;

        Assert.Equal(Rebalanced, sut.Value, 12);
        Assert.Equal(MetricNames.EqualWeightReturnYtd, sut.Metric);
        Assert.Contains("in 2 quarterly pieces, equal weights reset at the start of each", sut.Inputs, StringComparison.Ordinal);
    }

    [Fact]
    public void Since_TwoQuarters_ResetsWeightsAtTheQuarterStart()
    {
        var scope = Scope(1);

        var sut = scope.EqualWeightSince(scope.Universe("both"), new DateOnly(2025, 1, 1));

        Assert.Equal(Rebalanced, sut.Value, 12);
    }

    [Fact]
    public void PeriodReturn_OneQuarter_IsTheMeanOfMembers()
    {
        var sut = Scope(1).Universe("both").PeriodReturn;

        Assert.Equal(1.0 / 264, sut.Value, 12);
        Assert.Contains("equal-weight mean of 2 members", sut.Inputs, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing12m_FourQuarters_ChainsTheQuarterlyMeans()
    {
        // 2025-Q4 edition, as of 2025-12-31: base 2024-12-31 (UP 100). UP by quarter 110, 120, 90, 95; DOWN the reciprocal.
        double Mean(double from, double to) => ((to / from) - 1 + (from / to) - 1) / 2;
        var expected = ((1 + Mean(100, 110)) * (1 + Mean(110, 120)) * (1 + Mean(120, 90)) * (1 + Mean(90, 95))) - 1;

        var sut = Scope(3).Universe("both").Trailing12m;

        Assert.Equal(expected, sut.Value, 12);
        Assert.NotEqual(Mean(100, 95), sut.Value, 6);
    }

    [Fact]
    public void IndexedChart_SinceLine_EndsAtTheSinceFigure()
    {
        var scope = Scope(1);
        var declaration = new ChartDeclaration("both", ChartKind.IndexedPerformance, string.Empty, "both", [], string.Empty, new ChartWindow(ChartWindowKind.Since, new DateOnly(2025, 1, 1)), string.Empty, string.Empty, 1);

        var spec = ChartBinder.Bind(declaration, scope, string.Empty);

        Assert.Equal(100 * (1 + Rebalanced), spec.Lines[0].LastValue, 9);
    }
}
