using ReportGen.Metrics.Model;
using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Universes;

/// <summary>
/// A two-member basket over two quarters where buy-and-hold and quarterly rebalancing differ. A: 100 → 200 (Q1) → 100 (Q2);
/// B: 100 → 100 → 100. Buy-and-hold from equal weights: both end where they started, so 0%. Reset to equal weights at
/// the start of Q2: Q1 mean (+100% + 0%) / 2 = +50%, Q2 mean (−50% + 0%) / 2 = −25%, chained 1.5 × 0.75 − 1 = +12.5%.
/// </summary>
public sealed class EqualWeightRebalancedTests
{
    private static readonly PriceSeries A = Adj("A", ("2025-12-31", 100), ("2026-02-13", 150), ("2026-03-31", 200), ("2026-05-15", 150), ("2026-06-30", 100));
    private static readonly PriceSeries B = Adj("B", ("2025-12-31", 100), ("2026-02-13", 100), ("2026-03-31", 100), ("2026-05-15", 100), ("2026-06-30", 100));

    [Fact]
    public void Compute_TwoQuarters_ResetsWeightsAtTheQuarterStart()
    {
        var sut = EqualWeightRebalanced.Compute([A, B], ReturnWindow.Ytd, D("2026-06-30"), "ab");

        Assert.Equal(0.125, sut.Value, 15);
        Assert.Equal(2, sut.Pieces);
    }

    [Fact]
    public void Compute_OneQuarter_IsThePlainMean()
    {
        var sut = EqualWeightRebalanced.Compute([A, B], ReturnWindow.For(Period.Parse("2026-Q2")), D("2026-06-30"), "ab");

        // (−50% + 0%) / 2, exactly as EqualWeightReturn.Compute gives it.
        Assert.Equal(-0.25, sut.Value);
        Assert.Equal(1, sut.Pieces);
    }

    [Fact]
    public void Between_TwoQuarters_ResetsWeightsAtTheQuarterStart()
    {
        var sut = EqualWeightRebalanced.Between([A, B], D("2025-12-31"), D("2026-06-30"), "ab");

        Assert.Equal(0.125, sut.Value, 15);
    }

    [Fact]
    public void Rebased_TwoQuarters_EndsAtTheRebalancedReturnNotBuyAndHold()
    {
        var sut = EqualWeightReturn.Rebased([A, B], D("2025-12-31"), D("2026-06-30"), "ab");

        // Q1: 100 × (150/100 + 1) / 2 = 125 on Feb 13, 150 on Mar 31; Q2 from 150: 150 × (150/200 + 1) / 2 = 131.25, then 112.5.
        Assert.Equal([100, 125, 150, 131.25, 112.5], sut.Select(p => p.Value).ToArray());
    }

    [Fact]
    public void Rebased_OneMember_IsThePriceRatio()
    {
        var sut = EqualWeightReturn.Rebased([A], D("2025-12-31"), D("2026-06-30"), "A");

        Assert.Equal([100, 150, 200, 150, 100], sut.Select(p => p.Value).ToArray());
    }

    [Fact]
    public void Rebased_SeriesEndsWeeksBeforeTheAsOfDate_Throws()
    {
        // An index series that stops on Feb 27 must not draw a line "as of" Mar 31.
        var spx = Adj("^SPX", ("2025-12-31", 100), ("2026-02-13", 101), ("2026-02-27", 102));

        var ex = Assert.Throws<InsufficientDataException>(() => EqualWeightReturn.Rebased([spx], D("2025-12-31"), D("2026-03-31"), "^SPX"));

        Assert.Contains("the last close is 2026-02-27, 32 days earlier", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_MemberWithoutACloseNearTheQuarterEnd_Throws()
    {
        var gappy = Adj("C", ("2025-12-31", 100), ("2026-02-13", 100), ("2026-05-15", 100), ("2026-06-30", 100));

        var ex = Assert.Throws<InsufficientDataException>(() => EqualWeightRebalanced.Compute([A, gappy], ReturnWindow.Ytd, D("2026-06-30"), "ac"));

        Assert.Contains("on or before 2026-03-31, where the equal weights are reset", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cutoffs_SinceMidQuarter_CutsAtEachQuarterEndInside()
    {
        var sut = EqualWeightRebalanced.Cutoffs(D("2026-02-10"), D("2026-08-05"));

        Assert.Equal([D("2026-02-10"), D("2026-03-31"), D("2026-06-30"), D("2026-08-05")], sut);
    }
}
