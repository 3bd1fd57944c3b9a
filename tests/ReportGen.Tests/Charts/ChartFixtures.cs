using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

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

    public static ChartSpec Relative()
    {
        var n = Q1Days.Count;
        var spx = Path(n, 0.068, 1.5, 2.2);
        var ai = Path(n, 0.182, 3.5, 0.3);
        var hyper = Path(n, 0.094, 2.5, 1.7);
        return ChartSpec.RelativePerformance(
            "ai-relative-q1-2026",
            "AI infrastructure leads the S&P 500 by 11 points",
            "S&P 500",
            [
                new ChartLine("AI infrastructure", Q1Days, [.. ai.Select((v, i) => (v - spx[i]) / 100)]),
                new ChartLine("Hyperscalers", Q1Days, [.. hyper.Select((v, i) => (v - spx[i]) / 100)]),
            ],
            Source,
            periodLabel: "Q1 2026");
    }

    public static ChartSpec Drawdown()
    {
        static IReadOnlyList<double> Underwater(IReadOnlyList<double> levels)
        {
            var peak = double.MinValue;
            return [.. levels.Select(v => { peak = Math.Max(peak, v); return (v / peak) - 1; })];
        }

        var n = Q1Days.Count;
        return ChartSpec.Drawdown(
            "ai-drawdown-q1-2026",
            "AI infrastructure fell 15% from its January high, then recovered",
            [
                new ChartLine("AI infrastructure", Q1Days, Underwater(Path(n, 0.02, 12, 0.8))),
                new ChartLine("S&P 500", Q1Days, Underwater(Path(n, 0.01, 4, 1.1)), IsBenchmark: true),
            ],
            Source,
            periodLabel: "Q1 2026");
    }

    public static ChartSpec Sorted() => ChartSpec.SortedReturns(
        "ai-leaders-returns-q1-2026",
        "Nvidia and Broadcom lead; Intel and Oracle fall",
        [
            new ChartBar("NVDA", 0.421), new ChartBar("AVGO", 0.302), new ChartBar("TSM", 0.188), new ChartBar("AMD", 0.121),
            new ChartBar("META", 0.094), new ChartBar("MSFT", 0.052), new ChartBar("S&P 500", 0.068, IsBenchmark: true),
            new ChartBar("GOOGL", 0.031), new ChartBar("AMZN", -0.018), new ChartBar("ORCL", -0.074), new ChartBar("INTC", -0.123),
        ],
        Source,
        periodLabel: "Q1 2026");

    public static ChartSpec Contribution() => ChartSpec.Contribution(
        "ai-basket-contribution-q1-2026",
        "Three chip makers delivered most of the AI basket's gain",
        "AI basket",
        [
            new ChartBar("NVDA", 0.0421), new ChartBar("AVGO", 0.0302), new ChartBar("TSM", 0.0188), new ChartBar("AMD", 0.0121),
            new ChartBar("META", 0.0094), new ChartBar("MSFT", 0.0052), new ChartBar("GOOGL", 0.0031), new ChartBar("AMZN", -0.0018),
            new ChartBar("ORCL", -0.0074), new ChartBar("INTC", -0.0123),
        ],
        Source,
        periodLabel: "Q1 2026");

    public static ChartSpec Flows() => ChartSpec.Flows(
        "ai-etf-flows-h1-2026",
        "AI ETFs draw $4.2bn in the first half",
        [
            new ChartBar("Jan 2026", 0.62e9), new ChartBar("Feb 2026", 1.15e9), new ChartBar("Mar 2026", -0.34e9),
            new ChartBar("Apr 2026", 0.48e9), new ChartBar("May 2026", 1.52e9), new ChartBar("Jun 2026", 0.77e9),
        ],
        "Source: ETF issuers via etf.com; as of Jun 30, 2026",
        periodLabel: "H1 2026");

    public static ChartSpec MarketCap() => ChartSpec.MarketCap(
        "ai-market-caps-2026-06",
        "Six AI companies are worth more than $1 trillion",
        [
            new ChartBar("NVDA", 4.31e12), new ChartBar("MSFT", 3.62e12), new ChartBar("GOOGL", 2.41e12), new ChartBar("AMZN", 2.28e12),
            new ChartBar("META", 1.79e12), new ChartBar("AVGO", 1.52e12), new ChartBar("TSM", 0.98e12), new ChartBar("ORCL", 0.62e12),
            new ChartBar("AMD", 0.27e12),
        ],
        "Source: company filings, Yahoo Finance; as of Jun 30, 2026");

    public static ChartSpec Valuation() => ChartSpec.Valuation(
        "universe-valuations-2026-06",
        "Software trades at twice the market's multiple",
        "Median trailing P/E by universe",
        [
            new ChartBar("AI software", 48.2), new ChartBar("AI infrastructure", 37.5), new ChartBar("Hyperscalers", 29.1),
            new ChartBar("S&P 500 equal weight", 18.4, IsBenchmark: true), new ChartBar("S&P 500", 22.3, IsBenchmark: true),
        ],
        "Source: Yahoo Finance fundamentals; as of Jun 30, 2026");

    public static ChartSpec RiskReturn() => ChartSpec.RiskReturn(
        "ai-risk-return-12m",
        "Higher returns came with higher volatility",
        [
            new ChartPoint("NVDA", 0.512, 0.842), new ChartPoint("AVGO", 0.468, 0.611), new ChartPoint("TSM", 0.389, 0.402),
            new ChartPoint("AMD", 0.551, 0.121), new ChartPoint("META", 0.352, 0.298), new ChartPoint("MSFT", 0.241, 0.151),
            new ChartPoint("GOOGL", 0.298, 0.287), new ChartPoint("AMZN", 0.311, 0.162), new ChartPoint("ORCL", 0.402, 0.305),
            new ChartPoint("INTC", 0.487, -0.212), new ChartPoint("SPY", 0.158, 0.131, IsBenchmark: true),
        ],
        "Source: Yahoo Finance; as of Mar 31, 2026",
        periodLabel: "12 months to Mar 31, 2026");

    public static ChartSpec ValuationHistory() => ChartSpec.ValuationHistory(
        "pe-history",
        "Median trailing P/E: AI leaders and the rest of the S&P 500",
        [
            new ChartLine("AI leaders", [new(2024, 10, 31), new(2024, 12, 31), new(2026, 5, 29), new(2026, 6, 30)], [43.9, 43.9, 31.8, 28.9]),
            new ChartLine("Rest of the S&P 500", [new(2024, 10, 31), new(2024, 12, 31), new(2026, 5, 29), new(2026, 6, 30)], [25.4, 25.1, 24.8, 24.9], IsBenchmark: true),
        ],
        "Source: S&P 500 companies financials (Yahoo Finance); as of Jun 30, 2026",
        "Median trailing P/E at each fundamentals snapshot");

    /// <summary>One spec per kind, keyed by kind, for theories.</summary>
    public static ChartSpec ForKind(ChartKind kind) => kind switch
    {
        ChartKind.IndexedPerformance => Indexed(),
        ChartKind.RelativePerformance => Relative(),
        ChartKind.Drawdown => Drawdown(),
        ChartKind.SortedReturns => Sorted(),
        ChartKind.Contribution => Contribution(),
        ChartKind.Flows => Flows(),
        ChartKind.MarketCap => MarketCap(),
        ChartKind.Valuation => Valuation(),
        ChartKind.RiskReturn => RiskReturn(),
        ChartKind.ValuationHistory => ValuationHistory(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no fixture"),
    };

    public static IEnumerable<object[]> AllKinds => Enum.GetValues<ChartKind>().Select(k => new object[] { k });
}
