using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Model;

namespace ReportGen.Tests.Data;

/// <summary>Monthly macro series (<c>data/macro/&lt;name&gt;.csv</c>, the sample's Shiller file): a month is visible only once it
/// has ended, 0 is the origin's "not yet published", and a value more than two months old is not current.</summary>
public sealed class MacroSeriesTests
{
    private static readonly string Project = "-- data/sources.yml --\n"
        + DataFixture.DefaultSources.Replace("misc/*.csv]", "misc/*.csv, macro/*.csv]", StringComparison.Ordinal) + """

        -- data/prices/SPY.csv --
        Date,Close
        2025-12-31,600.0
        2026-01-02,601.0
        2026-01-05,602.0
        2026-01-06,603.0
        2026-01-07,604.0
        2026-01-08,605.0
        2026-01-09,606.0
        -- data/macro/shiller.csv --
        Date,SP500,Long Interest Rate,PE10,Earnings
        2025-10-01,6000.0,4.1,30.1,200.0
        2025-11-01,6100.0,4.2,30.5,0.0
        2025-12-01,6200.0,0.0,0.0,0.0
        """;

    [Fact]
    public void Cut_ShowsAMonthOnlyAfterItEnded_AndZeroIsMissing()
    {
        using var sut = DataFixture.Create(Project);
        var (data, diagnostics) = sut.Load();
        Assert.Empty(diagnostics.Sorted());

        var november = MarketDataCut.Of(data, new DateOnly(2025, 11, 29)).Macro["shiller"];
        var december = MarketDataCut.Of(data, new DateOnly(2025, 12, 31)).Macro["shiller"];

        Assert.Equal((new DateOnly(2025, 10, 1), 30.1), november.Latest("PE10"));
        Assert.Equal((new DateOnly(2025, 11, 1), 4.2), december.Latest("Long Interest Rate"));
        Assert.Equal((new DateOnly(2025, 10, 1), 200.0), december.Latest("Earnings"));
        Assert.Null(december.Latest("CPI"));
    }

    [Fact]
    public void View_GivesFigures_AndSaysWhenTheyAreTooOld()
    {
        using var sut = DataFixture.Create(Project);
        var (data, _) = sut.Load();
        var config = SiteConfigReader.Read(sut.Root, new DiagnosticBag());

        var fresh = EditionScope.For(data, Period.Parse("2025-Q4"), new DateOnly(2025, 12, 31), [], config).Macro("shiller");
        var stale = EditionScope.For(data, Period.Parse("2026-Q1"), new DateOnly(2026, 3, 31), [], config).Macro("shiller");

        Assert.True(fresh.IsCurrent);
        Assert.Equal(0.042, fresh.TenYearYield.Value, 12);
        Assert.Equal(new DateOnly(2025, 11, 30), fresh.TenYearYield.AsOf);
        Assert.Equal(30.5, fresh.Cape.Value);
        Assert.True(fresh.EarningsCurrent); // October's earnings, two months before December: still current
        Assert.False(stale.IsCurrent);
        Assert.True(stale.HasCape);
        Assert.Throws<KeyNotFoundException>(() => EditionScope.For(data, Period.Parse("2025-Q4"), new DateOnly(2025, 12, 31), [], config).Macro("shiler"));
    }
}
