using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportGen.Tests.Charts;

[Collection(ChartTestGroup.Name)]
public sealed class ChartSpecTests
{
    [Theory]
    [MemberData(nameof(ChartFixtures.AllKinds), MemberType = typeof(ChartFixtures))]
    public void Describe_EveryKind_MatchesSnapshot(ChartKind kind)
    {
        var sut = ChartFixtures.ForKind(kind);

        var text = sut.Describe();

        Snapshot.Match(text, new SnapshotNameExtension(kind.ToString()));
    }

    [Fact]
    public void AltText_IndexedPerformance_NamesReturnsAndPeriod()
    {
        var sut = ChartFixtures.Indexed();

        Assert.Equal("Line chart: AI infrastructure +18.2%, Hyperscalers +9.4% vs S&P 500 +6.8% in Q1 2026.", sut.AltText);
    }

    [Fact]
    public void AltText_NoPeriodLabel_NamesTheDates()
    {
        var sut = ChartFixtures.Indexed() with { PeriodLabel = null };

        Assert.EndsWith("from Dec 31, 2025 to Mar 31, 2026.", sut.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void AltText_SinceWindow_ReadsSinceNotInSince()
    {
        // Bug: the ai-cohorts charts (window: since:2023-12-30) said "... +40.5% in since Dec 30, 2023."
        var sut = ChartFixtures.Indexed() with { PeriodLabel = "since Dec 30, 2023" };

        Assert.EndsWith("vs S&P 500 +6.8% since Dec 30, 2023.", sut.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void SortedReturns_UnsortedInput_HighestFirstTiesByLabel()
    {
        var sut = ChartSpec.SortedReturns("r", "T", [new ChartBar("B", 0.1), new ChartBar("C", 0.3), new ChartBar("A", 0.1)], ChartFixtures.Source);

        Assert.Equal(["C", "A", "B"], sut.Bars.Select(b => b.Label));
    }

    [Fact]
    public void SortedReturns_Caption_NeverRanksTheBenchmarkAmongTheMembers()
    {
        // Bug: the 2025-11 ETF monitor's caption said "best QQQ (Nasdaq-100) -1.6%": the benchmark topped the bars and was
        // called the best of the funds it is compared with.
        var sut = ChartSpec.SortedReturns("r", "T", [new ChartBar("ARKQ", -0.115), new ChartBar("QQQ", -0.016, IsBenchmark: true), new ChartBar("SMH", -0.03)], ChartFixtures.Source);

        Assert.Contains(": best SMH -3.0%, worst ARKQ -11.5%; benchmark QQQ -1.6%.", sut.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void MarketCap_LargestFourPointThreeTrillion_MilestonesOneToFour()
    {
        var sut = ChartFixtures.MarketCap();

        Assert.Equal(["$1T", "$2T", "$3T", "$4T"], sut.ReferenceLines.Select(r => r.Label));
    }

    [Fact]
    public void Table_Flows_HasRunningTotal()
    {
        var sut = ChartFixtures.Flows();

        Assert.Equal(["Jun 2026", "+$770m", "+$4.2bn"], sut.Table.Rows[^1]);
    }

    [Theory]
    [InlineData(1, "ai-vs-spx-q1-2026.png")]
    [InlineData(2, "ai-vs-spx-q1-2026@2x.png")]
    public void FileName_Scale_IdWithDensitySuffix(int scale, string expected)
    {
        var sut = ChartFixtures.Indexed();

        Assert.Equal(expected, sut.FileName(scale));
    }

    [Theory]
    [InlineData("AI-vs-SPX")]
    [InlineData("ai_vs_spx")]
    [InlineData("ai--spx")]
    [InlineData("")]
    public void IndexedPerformance_BadId_Throws(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => ChartSpec.IndexedPerformance(id, "T", ChartFixtures.Indexed().Lines, ChartFixtures.Source));

        Assert.Equal("id", ex.ParamName);
    }

    [Fact]
    public void IndexedPerformance_LineNotRebased_ThrowsNamingLine()
    {
        var days = ChartFixtures.Q1Days.Take(3).ToList();

        var ex = Assert.Throws<ArgumentException>(() => ChartSpec.IndexedPerformance("x", "T", [new ChartLine("NVDA", days, [101, 102, 103])], ChartFixtures.Source));

        Assert.Contains("line 'NVDA': first value is 101", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IndexedPerformance_UnorderedDates_Throws()
    {
        DateOnly[] days = [new(2026, 1, 2), new(2026, 1, 2)];

        var ex = Assert.Throws<ArgumentException>(() => ChartSpec.IndexedPerformance("x", "T", [new ChartLine("NVDA", days, [100, 101])], ChartFixtures.Source));

        Assert.Contains("strictly ascending", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Drawdown_PositiveValue_Throws()
    {
        var days = ChartFixtures.Q1Days.Take(2).ToList();

        var ex = Assert.Throws<ArgumentException>(() => ChartSpec.Drawdown("x", "T", [new ChartLine("NVDA", days, [0, 0.01])], ChartFixtures.Source));

        Assert.Contains("at or below 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SortedReturns_NaN_Throws()
    {
        Assert.Throws<ArgumentException>(() => ChartSpec.SortedReturns("x", "T", [new ChartBar("NVDA", double.NaN)], ChartFixtures.Source));
    }

    [Fact]
    public void FormatSourceLine_SupplierAndDate_HouseForm()
    {
        Assert.Equal("Source: Yahoo Finance; as of Mar 31, 2026", ChartSpec.FormatSourceLine("Yahoo Finance", new DateOnly(2026, 3, 31)));
    }
}
