using ReportGen.Charts;

namespace ReportGen.Tests.Charts;

/// <summary>
/// Synthetic but market-shaped chart data (smooth deterministic paths, no RNG), one spec per chart kind.
/// The numbers are made up; the shapes are what a quarterly AI-equities note draws.
/// </summary>
internal static class ChartFixtures
{
    public const string Source = "Source: Yahoo Finance; as of Mar 31, 2026";

    /// <summary>Weekdays from Dec 31, 2025 to Mar 31, 2026 (holidays ignored): 65 trading days.</summary>
    public static IReadOnlyList<DateOnly> Q1Days { get; } = Weekdays(new DateOnly(2025, 12, 31), new DateOnly(2026, 3, 31));

    public static IReadOnlyList<DateOnly> Weekdays(DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                days.Add(d);
            }
        }

        return days;
    }

    /// <summary>A path rebased to 100 that ends at 100 × (1 + <paramref name="total"/>), with a wiggle of <paramref name="wiggle"/> index points.</summary>
    public static IReadOnlyList<double> Path(int n, double total, double wiggle, double phase)
    {
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            var t = (double)i / (n - 1);
            values[i] = 100 * (1 + (total * t)) + (wiggle * Math.Sin((t * 9) + phase) * Math.Sin(Math.PI * t));
        }

        values[0] = 100;
        return values;
    }

    public static ChartSpec Indexed() => ChartSpec.IndexedPerformance(
        "ai-vs-spx-q1-2026",
        "AI basket beats the S&P 500 as chip stocks rally",
        [
            new ChartLine("AI infrastructure", Q1Days, Path(Q1Days.Count, 0.182, 3.5, 0.3)),
            new ChartLine("Hyperscalers", Q1Days, Path(Q1Days.Count, 0.094, 2.5, 1.7)),
            new ChartLine("S&P 500", Q1Days, Path(Q1Days.Count, 0.068, 1.5, 2.2), IsBenchmark: true),
        ],
        Source,
        periodLabel: "Q1 2026");
}
