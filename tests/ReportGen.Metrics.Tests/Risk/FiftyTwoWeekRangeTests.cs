using ReportGen.Metrics.Model;
using ReportGen.Metrics.Risk;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Risk;

public sealed class FiftyTwoWeekRangeTests
{
    // Flat at 100 on weekdays, except: 300 on 2025-03-20 (before the look-back), 150 on 2025-04-01 (its first day),
    // 60 on 2025-10-15, 120 on 2026-03-31 (the as-of date) and 500 on 2026-04-01 (after it).
    private static readonly PriceSeries Series = Weekdays("NVDA", PriceField.Close, "2025-01-02", "2026-04-10", d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) switch
    {
        "2025-03-20" => 300,
        "2025-04-01" => 150,
        "2025-10-15" => 60,
        "2026-03-31" => 120,
        "2026-04-01" => 500,
        _ => 100,
    });

    [Fact]
    public void For_AsOfDate_LooksBack364DaysInclusive()
    {
        // Act: 2026-03-31 minus 364 days = 2025-04-01
        var sut = FiftyTwoWeekRange.For(Series, D("2026-03-31"));

        // Assert: high 150, low 60, last 120; 120 / 150 - 1 = -0.20; 120 / 60 - 1 = 1.00
        Assert.Equal((150.0, D("2025-04-01"), 60.0, D("2025-10-15")), (sut.High, sut.HighDate, sut.Low, sut.LowDate));
        Assert.Equal(-0.20, sut.FromHigh, Tolerances.RoundOff);
        Assert.Equal(1.00, sut.FromLow, Tolerances.RoundOff);
    }

    [Fact]
    public void For_SeriesStartsMidWindow_ThrowsNamingTheStartNeeded()
    {
        // Arrange
        var young = Series.TruncatedAt(D("2026-03-31"));
        var series = new PriceSeries("CRWV", PriceField.Close, young.Dates[200..].ToArray(), young.Values[200..].ToArray());

        // Act
        var ex = Assert.Throws<InsufficientDataException>(() => FiftyTwoWeekRange.For(series, D("2026-03-31")));

        // Assert
        Assert.Equal("fifty_two_week_range for CRWV: needs 52 weeks of closes: a close within 7 calendar days of 2025-04-01 (series starts 2025-10-09)", ex.Message);
    }
}
