using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Facts;

/// <summary>
/// The top-contributor figures of a universe view over <see cref="QuarterlyMarket"/>'s universe "both" in 2025-Q1:
/// UP 100 → 110 (+10%), DOWN 100 → 10000/110 (−9.0909%).
/// </summary>
public sealed class TopContributorViewTests
{
    private static UniverseView Both()
    {
        var q1 = QuarterlyMarket.Quarters[0];
        return EditionScope.For(QuarterlyMarket.Data, q1, QuarterlyMarket.AsOf(q1), [], QuarterlyMarket.Config).Universe("both");
    }

    [Fact]
    public void ReturnExTop_IsTheMeanOfTheOtherMembers()
    {
        var sut = Both().ReturnExTop;

        // Without UP, the top contributor, only DOWN is left: 10000/110/100 − 1 = −0.090909...
        Assert.Equal((100.0 / 110) - 1, sut.Value, 12);
        Assert.Equal(MetricNames.EqualWeightReturnExTop, sut.Metric);
        Assert.Equal(MetricUnit.Fraction, sut.Unit);
        Assert.Contains("leaving out UP", sut.Inputs, StringComparison.Ordinal);
        Assert.Equal(["prices"], sut.SourceIds);
    }

    [Fact]
    public void TopContributionShare_IsTheTopMembersContributionOverTheMean()
    {
        var sut = Both().TopContributionShare;

        // UP contributes 0.10 / 2 = 0.05 of a mean of (0.10 − 0.090909) / 2 = 0.0045454...: a share of 11.
        Assert.Equal(11.0, sut.Value, 9);
        Assert.Equal(MetricNames.TopContributionShare, sut.Metric);
        Assert.Equal(MetricUnit.Fraction, sut.Unit);
    }
}
