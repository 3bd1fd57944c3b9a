using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Facts;

/// <summary>
/// The breadth, rank and return-per-risk figures the ETF monitor reads, over <see cref="QuarterlyMarket"/>: UP closes at
/// 100, 110, 120, 90, 95, 99 from 2024-Q4 to 2026-Q1 (flat within each quarter) and DOWN at 10,000 over UP's level; the
/// universe "both" holds the two, and DOWN is the edition's benchmark.
/// </summary>
public sealed class BreadthViewTests
{
    private static EditionScope Scope(int quarter, params string[] benchmarks)
    {
        var q = QuarterlyMarket.Quarters[quarter];
        return EditionScope.For(QuarterlyMarket.Data, q, QuarterlyMarket.AsOf(q), benchmarks, QuarterlyMarket.Config);
    }

    [Fact]
    public void Ranks_NumberTheMembersByPeriodReturn_HighestFirst()
    {
        // 2025-Q3: UP 120 → 90 (−25%), DOWN 10000/120 → 10000/90 (+33.3%); no benchmark among the members.
        var sut = Scope(2).Universe("both").Ranks;

        Assert.Equal(["DOWN", "UP"], sut.Select(r => r.Ticker));
        Assert.Equal([1.0, 2.0], sut.Select(r => r.Rank.Value));
        Assert.All(sut, r => Assert.Equal(MetricUnit.Number, r.Rank.Unit));
        Assert.Equal("UP", sut[1].Rank.Subject);
    }

    [Fact]
    public void MedianGap_IsTheMedianMemberMinusTheBenchmark()
    {
        // 2025-Q3 with DOWN as benchmark: the median of −25% and +33.3% is +4.17%; minus DOWN's +33.3%.
        var u = Scope(2, "DOWN").Universe("both");

        var sut = u.MedianGap;

        Assert.Equal(u.MedianReturn.Value - ((120.0 / 90) - 1), sut.Value, 12);
        Assert.True(sut.Value < 0);
        Assert.Equal(MetricUnit.PercentagePoints, sut.Unit);
    }

    [Fact]
    public void YearCounts_LeaveOutTheBenchmark_AndCountAgainstIt()
    {
        // 2026-Q1, trailing 12 months from 2025-03-31: UP 110 → 99 (−10%), DOWN 10000/110 → 10000/99 (+11.1%).
        var scope = Scope(4, "DOWN");
        var u = scope.Universe("both");
        var up = scope.Security("UP");
        var down = scope.Security("DOWN");

        Assert.Equal(1, u.WithYear.Value);
        Assert.Equal(0, u.Beating12m.Value);
        Assert.Equal(-0.1, u.MedianTrailing12m.Value, 12);
        Assert.Equal(up.Volatility.Value > down.Volatility.Value ? 1 : 0, u.MoreVolatile.Value);
        Assert.Equal(up.ReturnPerRisk.Value > down.ReturnPerRisk.Value ? 1 : 0, u.BetterReturnPerRisk.Value);
        Assert.Equal(up.CurrentDrawdown.Value, u.MedianCurrentDrawdown.Value, 12);
    }

    [Fact]
    public void YearCounts_BenchmarkOutperformed_CountsTheMember()
    {
        // 2026-Q1 with UP as benchmark: DOWN's +11.1% beats UP's −10%.
        var u = Scope(4, "UP").Universe("both");

        Assert.Equal(1, u.Beating12m.Value);
        Assert.Equal(1, u.BetterReturnPerRisk.Value);
    }

    [Fact]
    public void ReturnPerRisk_IsTheTwelveMonthReturnOverItsVolatility()
    {
        var up = Scope(4).Security("UP");

        var sut = up.ReturnPerRisk;

        Assert.Equal(up.Trailing12m.Value / up.Volatility.Value, sut.Value, 12);
        Assert.True(up.HasReturnPerRisk);
        Assert.Equal("return_per_risk", sut.Metric);
    }

    [Fact]
    public void ReturnPerRisk_LessThanAYear_IsInsufficientData()
    {
        // 2025-Q1: the prices start on 2024-12-02, so there is no close 12 months before 2025-03-31.
        var up = Scope(0).Security("UP");

        Assert.False(up.HasReturnPerRisk);
        Assert.Throws<InsufficientDataException>(() => up.ReturnPerRisk);
        Assert.Equal(0, Scope(0, "DOWN").Universe("both").WithYear.Value);
    }

    [Fact]
    public void HasYtdAndHasTrailing12m_FollowTheMembersData()
    {
        Assert.False(Scope(0).Universe("both").HasTrailing12m);
        Assert.True(Scope(4).Universe("both").HasTrailing12m);
        Assert.True(Scope(4).Universe("both").HasYtd);
    }
}
