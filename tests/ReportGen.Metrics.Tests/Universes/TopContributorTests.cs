using ReportGen.Metrics.Universes;
using static ReportGen.Metrics.Tests.Universes.UniverseFixture;

namespace ReportGen.Metrics.Tests.Universes;

public sealed class TopContributorTests
{
    [Fact]
    public void Compute_OneOutlier_GivesItsShareAndTheMeanOfTheOthers()
    {
        // Arrange: four members; D's +90% makes a mean of (10 + 0 - 20 + 90) / 4 = +20%
        IReadOnlyList<ReportGen.Metrics.Returns.PeriodReturn> members = [Return("A", 0.10), Return("B", 0.00), Return("C", -0.20), Return("D", 0.90)];

        // Act
        var sut = TopContributor.Compute(members, "U");

        // Assert, by hand: D contributes 0.90 / 4 = 0.225 of the basket's 0.20, a share of 1.125 (the others together lost
        // 2.5 pp); without D the mean is (0.10 + 0 - 0.20) / 3 = -0.0333...
        Assert.Equal("D", sut.Ticker);
        Assert.Equal(0.90, sut.Return, 12);
        Assert.Equal(0.225, sut.Contribution, 12);
        Assert.Equal(0.20, sut.BasketReturn, 12);
        Assert.Equal(1.125, sut.ShareOfReturn!.Value, 12);
        Assert.Equal(-0.1 / 3, sut.ReturnExTop, 12);
        Assert.Equal(4, sut.Members);
    }

    [Fact]
    public void Compute_BroadGains_TopShareIsSmall()
    {
        // Arrange: five members each up about 10%
        IReadOnlyList<ReportGen.Metrics.Returns.PeriodReturn> members = [Return("A", 0.09), Return("B", 0.10), Return("C", 0.11), Return("D", 0.10), Return("E", 0.10)];

        // Act
        var sut = TopContributor.Compute(members, "U");

        // Assert: C contributes 0.11 / 5 = 0.022 of 0.10, 22%; the other four average 0.0975
        Assert.Equal("C", sut.Ticker);
        Assert.Equal(0.22, sut.ShareOfReturn!.Value, 12);
        Assert.Equal(0.0975, sut.ReturnExTop, 12);
    }

    [Fact]
    public void Compute_TiedTopReturns_PicksTheFirstTickerInOrdinalOrder()
    {
        // Act
        var sut = TopContributor.Compute([Return("ZZ", 0.3), Return("AA", 0.3), Return("MM", 0.1)], "U");

        // Assert
        Assert.Equal("AA", sut.Ticker);
        Assert.Equal(0.2, sut.ReturnExTop, 12); // (0.3 + 0.1) / 2
    }

    [Fact]
    public void Compute_OneMember_ThrowsNamingTheUniverse()
    {
        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => TopContributor.Compute([Return("A", 0.1)], "solo"));

        // Assert
        Assert.Equal("top_contributor for solo: needs at least 2 member returns, so that the basket without its top contributor has a member (have 1)", ex.Message);
    }

    [Fact]
    public void Compute_FlatBasket_HasNoShareButStillAReturnWithoutTheTop()
    {
        // Act
        var sut = TopContributor.Compute([Return("A", 0.1), Return("B", -0.1)], "flat");

        // Assert: a share of a zero return does not exist; the other member's return does
        Assert.Null(sut.ShareOfReturn);
        Assert.Equal(-0.1, sut.ReturnExTop, 12);
    }
}
