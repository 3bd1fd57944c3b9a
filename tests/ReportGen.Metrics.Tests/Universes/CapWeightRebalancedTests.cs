using ReportGen.Metrics.Model;
using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Universes;

public sealed class CapWeightRebalancedTests
{
    [Fact]
    public void ImpliedShares_MarketCapOverClose()
    {
        // Act & Assert: $3T at $150 a share = 20 billion shares
        Assert.Equal(2e10, CapWeightRebalanced.ImpliedShares(3e12, 150), Tolerances.RoundOff);
        Assert.Throws<ArgumentOutOfRangeException>(() => CapWeightRebalanced.ImpliedShares(3e12, 0));
    }

    [Fact]
    public void Compute_OneQuarter_WeightsByMarketCapAtTheQuarterStart()
    {
        // Arrange: A 100 shares at 10 ($1,000) returns +20%; B 150 shares at 20 ($3,000) returns -10%
        var a = Member("A", [("2025-12-31", 10), ("2026-03-31", 12)], ("2025-12-31", 1000));
        var b = Member("B", [("2025-12-31", 20), ("2026-03-31", 18)], ("2025-12-31", 3000));

        // Act
        var sut = CapWeightRebalanced.Compute([a, b], D("2025-12-31"), D("2026-03-31"), "U");

        // Assert: 0.25 x 0.20 + 0.75 x (-0.10) = -0.025 (equal weight: +0.05); end weights drift: 0.30 / 0.975, 0.675 / 0.975
        Assert.Equal(-0.025, sut.Value, Tolerances.RoundOff);
        Assert.Equal(1, sut.Pieces);
        Assert.Equal(["B", "A"], sut.StartWeights.Select(h => h.Ticker));
        Assert.Equal(0.75, sut.StartWeights[0].Weight, Tolerances.RoundOff);
        Assert.Equal(0.675 / 0.975, sut.EndWeights[0].Weight, Tolerances.RoundOff);
        Assert.Equal(0.30 / 0.975, sut.EndWeights[1].Weight, Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_TwoQuarters_ResetsWeightsAtTheQuarterStartAndChains()
    {
        // Arrange: one snapshot (2025-12-31: A $1,200 = 100 shares, B $1,800 = 100 shares) serves both quarter starts
        var a = Member("A", [("2025-09-30", 10), ("2025-12-31", 12), ("2026-03-31", 15)], ("2025-12-31", 1200));
        var b = Member("B", [("2025-09-30", 20), ("2025-12-31", 18), ("2026-03-31", 18)], ("2025-12-31", 1800));

        // Act
        var sut = CapWeightRebalanced.Compute([a, b], D("2025-09-30"), D("2026-03-31"), "U");

        // Assert: Q4 weights 1/3, 2/3: 0.2/3 - 0.2/3 = 0; Q1 weights 0.4, 0.6: 0.4 x 0.25 = 0.1; (1 + 0)(1 + 0.1) - 1 = 0.1,
        // which is the change in the two companies' combined value, $3,000 to $3,300, as it must be with constant shares
        Assert.Equal(0.1, sut.Value, Tolerances.RoundOff);
        Assert.Equal(2, sut.Pieces);
        Assert.Equal(0.4, sut.StartWeights.Single(h => h.Ticker == "A").Weight, Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_SharesFromTheSnapshotNearestEachQuarterStart()
    {
        // Arrange: A has 200 shares on 2025-09-30 ($2,000) and 100 on 2025-12-31 ($1,200, after a buyback); B 100 shares
        var a = Member("A", [("2025-09-30", 10), ("2025-12-31", 12), ("2026-03-31", 15)], ("2025-09-30", 2000), ("2025-12-31", 1200));
        var b = Member("B", [("2025-09-30", 20), ("2025-12-31", 18), ("2026-03-31", 18)], ("2025-12-31", 1800));

        // Act
        var sut = CapWeightRebalanced.Compute([a, b], D("2025-09-30"), D("2026-03-31"), "U");

        // Assert: Q4 weights 2000/4000 and 2000/4000: 0.5 x 0.2 + 0.5 x (-0.1) = 0.05; Q1 0.4 x 0.25 = 0.1; 1.05 x 1.1 - 1 = 0.155
        Assert.Equal(0.155, sut.Value, Tolerances.RoundOff);
    }

    [Fact]
    public void Compute_MemberWithoutQuotedCloseOnItsSnapshotDate_Throws()
    {
        // Arrange: B's only market cap is dated where its quoted closes have ended (as after 2026-05-29 in the sample)
        var a = Member("A", [("2025-12-31", 10), ("2026-03-31", 12)], ("2025-12-31", 1000));
        var b = Member("B", [("2025-12-31", 20), ("2026-03-31", 18)], ("2026-06-30", 3000));

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => CapWeightRebalanced.Compute([a, b], D("2025-12-31"), D("2026-03-31"), "U"));

        // Assert
        Assert.Contains("B", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NoMarketCap_ThrowsNamingTheMember()
    {
        // Arrange
        var a = Member("A", [("2025-12-31", 10), ("2026-03-31", 12)], ("2025-12-31", 1000));
        var b = Member("TSM", [("2025-12-31", 20), ("2026-03-31", 18)]);

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => CapWeightRebalanced.Compute([a, b], D("2025-12-31"), D("2026-03-31"), "U"));

        // Assert
        Assert.Contains("TSM", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StressOnNamedHoldings_EqualWeights_ShocksTheNamedMembersAtOneNth()
    {
        // Arrange: four members at 1/4; the two named (the largest by market cap elsewhere) fall 20%
        var weights = EqualWeights.Compute(["A", "B", "C", "D"], "U");

        // Act
        var sut = StressOnNamedHoldings.Apply(weights, ["C", "A"], -0.20, "U");

        // Assert: -0.20 x (0.25 + 0.25) = -0.10
        Assert.Equal(-0.10, sut.ReturnImpact, Tolerances.RoundOff);
        Assert.Equal(0.5, sut.ShockedWeight, Tolerances.RoundOff);
        Assert.Equal(["C", "A"], sut.Tickers);
        Assert.Throws<ArgumentException>(() => StressOnNamedHoldings.Apply(weights, ["Z"], -0.20, "U"));
    }

    private static CapWeightMember Member(string ticker, (string Date, double Price)[] closes, params (string Date, double Usd)[] caps) =>
        new(ticker, Adj(ticker, closes), Close(ticker, closes), [.. caps.Select(c => new MarketCap(ticker, D(c.Date), c.Usd))]);
}
