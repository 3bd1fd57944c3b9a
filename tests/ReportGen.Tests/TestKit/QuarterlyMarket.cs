using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Model;

namespace ReportGen.Tests.TestKit;

/// <summary>
/// A synthetic market for edition memory: security UP closes flat within each quarter and returns, by quarter,
/// 2025-Q1 +10%, Q2 +9.1%, Q3 -25%, Q4 +5.6%, 2026-Q1 +4.2%; DOWN is its reciprocal (it falls when UP rises); universe
/// "both" holds the two. It trades every weekday from 2024-12-02 to 2026-03-31. A series on it starts in 2025-Q1.
/// </summary>
public static class QuarterlyMarket
{
    /// <summary>The series' quarters, oldest first: 2025-Q1 … 2026-Q1.</summary>
    public static IReadOnlyList<Period> Quarters { get; } = [.. new[] { "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1" }.Select(Period.Parse)];

    // Closing level of UP in each quarter (constant within it), from 2024-Q4 on.
    private static readonly double[] Levels = [100, 110, 120, 90, 95, 99];

    private static readonly Lazy<MarketData> Market = new(Build);

    /// <summary>Default site settings.</summary>
    public static SiteConfig Config { get; } = SiteConfigReader.Parse(string.Empty, new DiagnosticBag());

    /// <summary>The market.</summary>
    public static MarketData Data => Market.Value;

    /// <summary>The as-of date of an edition for <paramref name="period"/>: its last weekday (the market trades every weekday).</summary>
    public static DateOnly AsOf(Period period)
    {
        var d = period.End;
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            d = d.AddDays(-1);
        }

        return d;
    }

    /// <summary>The history of the edition of <c>Quarters[edition]</c>: the quarters before it, each as of its last weekday.</summary>
    public static EditionHistory History(int edition) =>
        EditionHistory.For(Data, [.. Quarters.Take(edition).Select(q => new EditionDate(q, AsOf(q)))], [], Config);

    private static MarketData Build()
    {
        var dates = new List<DateOnly>();
        for (var d = new DateOnly(2024, 12, 2); d <= new DateOnly(2026, 3, 31); d = d.AddDays(1))
        {
            if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                dates.Add(d);
            }
        }

        // Quarter index of each date: 0 for 2024-Q4, 1 for 2025-Q1 ... 5 for 2026-Q1.
        var up = dates.Select(d => Levels[(((d.Year - 2024) * 12) + d.Month - 10) / 3]).ToList();
        var down = up.Select(v => 10_000 / v).ToList();
        var prices = new Dictionary<string, SecurityPrices>(StringComparer.Ordinal)
        {
            ["UP"] = new("UP", new PriceSeries("UP", PriceField.AdjustedClose, dates, up), "prices", null, null),
            ["DOWN"] = new("DOWN", new PriceSeries("DOWN", PriceField.AdjustedClose, dates, down), "prices", null, null),
        };
        var universes = new Dictionary<string, Universe>(StringComparer.Ordinal)
        {
            ["both"] = new("both", ["UP", "DOWN"], new Dictionary<string, double>()),
        };
        return new MarketData(
            new Dictionary<string, DataSource>(StringComparer.Ordinal),
            new Dictionary<string, Security>(StringComparer.Ordinal),
            prices,
            universes,
            new Dictionary<string, string>(StringComparer.Ordinal));
    }
}
