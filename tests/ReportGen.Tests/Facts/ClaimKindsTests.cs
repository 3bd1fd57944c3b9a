using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Tests.Facts;

public sealed class ClaimKindsTests
{
    private static MetricValue R(double v, string subject = "X") => new(v, MetricUnit.Fraction, "total_return", subject, "", ["prices"], new DateOnly(2026, 3, 31));

    private static MetricValue Pp(double v) => new(v, MetricUnit.PercentagePoints, "spread", "X vs Y", "", ["prices"], new DateOnly(2026, 3, 31));

    private static MetricValue N(double v) => new(v, MetricUnit.Number, "count", "X", "", ["prices"], new DateOnly(2026, 3, 31));

    [Theory]
    [InlineData("up", 0.001, true)]
    [InlineData("up", 0.0, false)]
    [InlineData("down", -0.001, true)]
    [InlineData("down", 0.0, false)]
    [InlineData("flat", 0.0049, true)]
    [InlineData("flat", -0.005, false)]
    public void Direction_OnTheSignOfTheReturn(string kind, double value, bool expected)
    {
        var holds = ClaimKinds.Evaluate(kind, [R(value)]);

        Assert.Equal(expected, holds);
    }

    [Fact]
    public void Beat_TakesASpreadOrTwoFigures()
    {
        Assert.True(ClaimKinds.Evaluate("beat", [Pp(0.001)]));
        Assert.False(ClaimKinds.Evaluate("beat", [Pp(-0.001)]));
        Assert.True(ClaimKinds.Evaluate("lagged", [R(0.02), R(0.03)]));
        Assert.False(ClaimKinds.Evaluate("beat", [R(0.03), R(0.03)]));
        Assert.True(ClaimKinds.Evaluate("matched", [Pp(0.005)]));
        Assert.False(ClaimKinds.Evaluate("matched", [Pp(0.0051)]));
    }

    [Fact]
    public void Best_IsComputedOverTheWholeSet_TiesIncluded()
    {
        var set = new[] { R(-0.05, "A"), R(-0.01, "B"), R(-0.01, "C") };

        Assert.True(ClaimKinds.Evaluate("best", [set[1], .. set]));
        Assert.False(ClaimKinds.Evaluate("best", [set[0], .. set]));
        Assert.True(ClaimKinds.Evaluate("worst", [set[0], .. set]));
    }

    [Fact]
    public void Breadth_HalfIsNarrow_MoreThanHalfIsBroad()
    {
        Assert.False(ClaimKinds.Evaluate("broad", [N(4), N(8)]));
        Assert.True(ClaimKinds.Evaluate("narrow", [N(4), N(8)]));
        Assert.True(ClaimKinds.Evaluate("broad", [N(5), N(9)]));
        Assert.True(ClaimKinds.Evaluate("all", [N(9), N(9)]));
        Assert.False(ClaimKinds.Evaluate("all", [N(0), N(0)]));
        Assert.True(ClaimKinds.Evaluate("none", [N(0)]));
    }

    [Fact]
    public void SameDirection_AZeroMovesNeitherWay()
    {
        Assert.True(ClaimKinds.Evaluate("same_direction", [R(-0.1), R(-0.02), R(-0.3)]));
        Assert.False(ClaimKinds.Evaluate("same_direction", [R(0.1), R(0.0)]));
        Assert.True(ClaimKinds.Evaluate("mixed_direction", [R(0.1), R(-0.01)]));
        Assert.False(ClaimKinds.Evaluate("mixed_direction", [R(0.1), R(0.0)]));
    }

    [Fact]
    public void Record_MustExceedEveryEarlierValue()
    {
        Assert.True(ClaimKinds.Evaluate("record", [R(0.2), R(0.1), R(0.19)]));
        Assert.False(ClaimKinds.Evaluate("record", [R(0.2), R(0.2)]));
    }

    [Fact]
    public void UnknownKind_ListsTheKinds()
    {
        var e = Assert.Throws<ArgumentException>(() => ClaimKinds.Evaluate("leads", [R(0.1)]));

        Assert.Contains("expected one of: up, down, flat", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongNumberOfFigures_SaysWhatTheKindTakes()
    {
        var e = Assert.Throws<ArgumentException>(() => ClaimKinds.Evaluate("broad", [N(1)]));

        Assert.Equal("'broad' takes a count and a total; got 1", e.Message);
    }

    [Fact]
    public void ComparingFiguresOfDifferentUnits_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => ClaimKinds.Evaluate("higher", [R(0.1), N(3)]));

        Assert.Contains("a claim compares figures of one unit", e.Message, StringComparison.Ordinal);
    }
}
