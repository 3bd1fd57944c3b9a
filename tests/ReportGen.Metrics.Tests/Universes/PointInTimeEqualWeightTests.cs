using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Universes;

/// <summary>Issue 15: a basket whose members change at a quarter start is the chain of each quarter's own equal-weight basket.</summary>
public sealed class PointInTimeEqualWeightTests
{
    // AAA trades throughout; BBB lists on 2025-12-15 and joins the basket from 2026-01-01.
    private static readonly ReportGen.Metrics.Model.PriceSeries A = Adj("AAA", ("2025-12-12", 100), ("2025-12-31", 110), ("2026-02-13", 121), ("2026-03-31", 99));
    private static readonly ReportGen.Metrics.Model.PriceSeries B = Adj("BBB", ("2025-12-15", 40), ("2025-12-31", 50), ("2026-02-13", 75), ("2026-03-31", 60));

    [Fact]
    public void Rebased_MemberJoinsAtAQuarterStart_ChainsQuarterOfOneWithQuarterOfTwo()
    {
        BasketSegment[] segments = [new(D("2025-12-13"), [A]), new(D("2026-01-01"), [A, B])];

        var line = PointInTimeEqualWeight.Rebased(segments, D("2025-12-12"), D("2026-03-31"), "late");

        // Q4: AAA alone, 100 → 110. Q1: from equal weights at the Dec 31 close, (0.9 + 1.2) / 2 = 1.05 → 115.5.
        Assert.Equal([D("2025-12-12"), D("2025-12-31"), D("2026-02-13"), D("2026-03-31")], line.Select(p => p.Date));
        Assert.Equal(100, line[0].Value, 12);
        Assert.Equal(110, line[1].Value, 12);
        Assert.Equal(110 * ((1.1 + 1.5) / 2), line[2].Value, 12);
        Assert.Equal(110 * ((0.9 + 1.2) / 2), line[3].Value, 12);
    }

    [Fact]
    public void Rebased_OneSegment_IsTheEqualWeightLine()
    {
        var line = PointInTimeEqualWeight.Rebased([new(D("2026-01-01"), [A, B])], D("2025-12-31"), D("2026-03-31"), "both");

        var plain = EqualWeightReturn.Rebased([A, B], D("2025-12-31"), D("2026-03-31"), "both");
        Assert.Equal(plain, line);
    }

    [Fact]
    public void Rebased_MemberWithoutACloseAtItsSegmentsBase_IsInsufficientData()
    {
        // BBB would join from the first day, but it has no close on the base date.
        var error = Assert.Throws<InsufficientDataException>(() => PointInTimeEqualWeight.Rebased([new(D("2025-12-13"), [A, B])], D("2025-12-12"), D("2026-03-31"), "early"));

        Assert.Contains("BBB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebased_SegmentsOutOfOrder_Throws()
    {
        BasketSegment[] segments = [new(D("2026-01-01"), [A]), new(D("2025-12-13"), [A, B])];

        Assert.Throws<ArgumentException>(() => PointInTimeEqualWeight.Rebased(segments, D("2025-12-12"), D("2026-03-31"), "late"));
    }
}
