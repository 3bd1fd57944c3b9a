using ReportGen.Metrics.Tests.Oracles;
using ReportGen.Metrics.Valuation;

namespace ReportGen.Metrics.Tests.Valuation;

public sealed class ValuationPremiumTests
{
    private static readonly DateOnly Day = new(2024, 12, 31);

    [Theory]
    [InlineData(30.0, 20.0, 0.5)]
    [InlineData(16.0, 20.0, -0.2)]
    [InlineData(25.0, 25.0, 0.0)]
    public void Of_HandComputed(double inside, double rest, double expected) =>
        Assert.Equal(expected, ValuationPremium.Of(inside, rest), Tolerances.RoundOff);

    [Theory]
    [InlineData(0.0, 20.0)]
    [InlineData(30.0, -5.0)]
    [InlineData(double.NaN, 20.0)]
    public void Of_NonPositiveMultiple_Throws(double inside, double rest) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ValuationPremium.Of(inside, rest));

    [Fact]
    public void Compare_SplitsTheIndexAndExcludesNonPositivePe()
    {
        // Arrange: the set is A, B, C, D (C loses money, D has no P/E) plus X, which is not in the snapshot.
        MultipleObservation[] index = [new("A", 10), new("B", 50), new("C", -5), new("D", null), new("E", 30), new("F", 10), new("G", 20), new("H", 25), new("I", -3)];
        var set = new HashSet<string>(StringComparer.Ordinal) { "A", "B", "C", "D", "E", "X" };

        // Act
        var sut = ValuationPremium.Compare(Day, index, set, "ai");

        // Assert: inside 10, 30, 50 -> 30; rest 10, 20, 25 -> 20 (I left out); premium 30 / 20 - 1 = 0.5
        Assert.Equal(30, sut.Inside.Median, Tolerances.RoundOff);
        Assert.Equal(3, sut.Inside.Included);
        Assert.Equal(["C", "D"], sut.Inside.Excluded);
        Assert.Equal(20, sut.Rest.Median, Tolerances.RoundOff);
        Assert.Equal(["I"], sut.Rest.Excluded);
        Assert.Equal(0.5, sut.Premium, Tolerances.RoundOff);
        Assert.Equal(Day, sut.AsOf);
    }

    [Fact]
    public void Compare_EvenCounts_TakeTheMeanOfTheMiddleTwo()
    {
        // Arrange: inside 12, 18, 40, 60 -> (18 + 40) / 2 = 29; rest 14, 16 -> 15; premium 29 / 15 - 1 = 0.9333...
        MultipleObservation[] index = [new("A", 12), new("B", 60), new("C", 18), new("D", 40), new("R1", 16), new("R2", 14)];

        // Act
        var sut = ValuationPremium.Compare(Day, index, new HashSet<string>(["A", "B", "C", "D"], StringComparer.Ordinal), "ai");

        // Assert
        Assert.Equal(29, sut.Inside.Median, Tolerances.RoundOff);
        Assert.Equal(15, sut.Rest.Median, Tolerances.RoundOff);
        Assert.Equal(14.0 / 15.0, sut.Premium, Tolerances.RoundOff);
    }

    [Fact]
    public void Compare_NoMemberInTheSnapshot_Throws()
    {
        MultipleObservation[] index = [new("R1", 16), new("R2", 14)];
        var ex = Assert.Throws<InsufficientDataException>(() => ValuationPremium.Compare(Day, index, new HashSet<string>(["NVDA"], StringComparer.Ordinal), "ai"));
        Assert.Contains("2024-12-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HighestLowestAndChange_HandComputed()
    {
        // Arrange: premiums 0.20 (Oct), 0.50 (Nov), 0.50 (Dec), 0.10 (Jan)
        var oct = At(new(2024, 10, 31), 0.2);
        var nov = At(new(2024, 11, 29), 0.5);
        var dec = At(new(2024, 12, 31), 0.5);
        var jan = At(new(2025, 1, 31), 0.1);
        PeComparison[] history = [jan, dec, oct, nov];

        // Act / Assert: a tie goes to the earlier snapshot; the change is the difference in points
        Assert.Same(nov, ValuationPremium.Highest(history));
        Assert.Same(jan, ValuationPremium.Lowest(history));
        Assert.Equal(0.3, ValuationPremium.Change(nov, oct), Tolerances.RoundOff);
        Assert.Equal(-0.4, ValuationPremium.Change(jan, dec), Tolerances.RoundOff);
        Assert.Throws<ArgumentException>(() => ValuationPremium.Highest([]));
    }

    private static PeComparison At(DateOnly day, double premium) =>
        new(day, new MedianMultipleResult("ai", "pe", 20 * (1 + premium), 5, []), new MedianMultipleResult("rest", "pe", 20, 400, []), premium);
}
