using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Model;

namespace ReportGen.Tests.Data;

/// <summary>Point-in-time universes: the <c>start</c>, <c>end</c> and <c>defined</c> columns of data/universes.csv decide which
/// members an edition sees on its own date (docs/universes.md).</summary>
public sealed class UniverseMembershipTests
{
    private const string Project = """
        -- data/prices/NVDA.csv --
        Date,Close
        2026-01-05,10.0
        2026-01-06,11.0
        2026-01-07,12.0
        2026-01-08,13.0
        2026-01-09,14.0
        -- data/prices/AMD.csv --
        Date,Close
        2026-01-05,20.0
        2026-01-06,21.0
        2026-01-07,22.0
        2026-01-08,23.0
        2026-01-09,24.0
        -- data/universes.csv --
        universe,ticker,weight,start,end,defined
        chips,NVDA,,,,2026-01-02
        chips,AMD,,2026-01-06,2026-01-07,2026-01-02
        chips,AMD,,2026-01-09,,2026-01-08
        """;

    [Theory]
    [InlineData("2026-01-05", "NVDA")]
    [InlineData("2026-01-06", "NVDA AMD")]
    [InlineData("2026-01-07", "NVDA AMD")]
    [InlineData("2026-01-08", "NVDA")]
    [InlineData("2026-01-09", "NVDA AMD")]
    public void Cut_KeepsTheMembersOfItsOwnDate(string date, string expected)
    {
        using var sut = DataFixture.Create(Project);
        var (data, diagnostics) = sut.Load();
        Assert.Empty(diagnostics.Sorted());

        var cut = MarketDataCut.Of(data, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.Split(' '), cut.Universes["chips"].Members);
        Assert.Equal(["NVDA", "AMD"], data.Universes["chips"].Members); // the full data lists every member of any day
    }

    [Fact]
    public void View_SaysWhenTheBasketWasDefined_AndWhetherWithHindsight()
    {
        using var sut = DataFixture.Create(Project);
        var (data, _) = sut.Load();
        var config = SiteConfigReader.Read(sut.Root, new DiagnosticBag());
        var quarter = Period.Parse("2026-Q1");

        var early = EditionScope.For(data, quarter, new DateOnly(2026, 1, 7), [], config).Universe("chips");
        var late = EditionScope.For(data, quarter, new DateOnly(2026, 1, 9), [], config).Universe("chips");

        Assert.True(early.IsPointInTime);
        Assert.Equal(new DateOnly(2026, 1, 2), early.Defined);
        Assert.False(early.DefinedWithHindsight);
        Assert.Equal(["AMD"], early.JoinedInPeriod);
        Assert.Equal(new DateOnly(2026, 1, 8), late.Defined); // AMD's second membership was decided on 2026-01-08
        Assert.False(late.DefinedWithHindsight);
        var hindsight = EditionScope.For(data, quarter, new DateOnly(2026, 1, 5), [], config).Universe("chips");
        Assert.Equal(new DateOnly(2026, 1, 2), hindsight.Defined);
        Assert.False(hindsight.DefinedWithHindsight);
    }

    [Fact]
    public void View_BasketDefinedAfterTheEditionDate_IsMarkedHindsight()
    {
        using var sut = DataFixture.Create(Project.Replace("chips,NVDA,,,,2026-01-02", "chips,NVDA,,,,2026-01-08", StringComparison.Ordinal));
        var (data, _) = sut.Load();
        var config = SiteConfigReader.Read(sut.Root, new DiagnosticBag());

        var view = EditionScope.For(data, Period.Parse("2026-Q1"), new DateOnly(2026, 1, 6), [], config).Universe("chips");

        Assert.Equal(new DateOnly(2026, 1, 8), view.Defined);
        Assert.True(view.DefinedWithHindsight);
    }

    [Fact]
    public void Read_UndatedDuplicate_StaysADuplicateKey()
    {
        using var sut = DataFixture.Create("""
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-05,10.5
            -- data/universes.csv --
            universe,ticker
            ai,NVDA
            ai,NVDA
            """);

        var (_, diagnostics) = sut.Load();

        Assert.Equal(DiagnosticCodes.DuplicateKey, Assert.Single(diagnostics.Sorted()).Code);
    }
}
