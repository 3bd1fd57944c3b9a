using ReportGen.Metrics.Model;

namespace ReportGen.Benchmarks;

/// <summary>
/// Deterministic synthetic market data for benchmarks: 50 stocks, a benchmark and 10 ETFs with daily flows, 10 years of weekdays
/// (2016-01-04 to 2025-12-31), from a seeded <see cref="Random"/>. Same seed, same data, on every machine.
/// </summary>
public sealed class SyntheticMarket
{
    /// <summary>The seed every benchmark uses.</summary>
    public const int Seed = 20260401;

    /// <summary>The as-of date of every benchmark: the last generated day.</summary>
    public static readonly DateOnly AsOf = new(2025, 12, 31);

    /// <summary>Every window an edition can ask for, as <see cref="ReturnWindow"/> codes.</summary>
    public static readonly string[] WindowCodes =
        ["WTD", "MTD", "QTD", "YTD", "1M", "3M", "6M", "12M", "2025", "2025-Q4", "2025-12", "2025-W50", "since:2020-01-01", "inception"];

    /// <summary>The windows of at least a year, which <c>AnnualizedReturn</c> accepts.</summary>
    public static readonly string[] AnnualizableCodes = ["12M", "since:2020-01-01", "inception"];

    public SyntheticMarket(int securities = 50, int funds = 10)
    {
        var rng = new Random(Seed);
        var dates = new List<DateOnly>();
        for (var d = new DateOnly(2016, 1, 4); d <= AsOf; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                dates.Add(d);
            }
        }

        var market = new double[dates.Count];
        for (var i = 0; i < market.Length; i++)
        {
            market[i] = 0.0004 + (0.011 * Gauss(rng));
        }

        Benchmark = Walk("BENCH", PriceField.AdjustedClose, dates, 400, i => market[i]);
        var adjusted = new List<PriceSeries>();
        var closes = new List<PriceSeries>();
        var shares = new List<double>();
        for (var s = 0; s < securities; s++)
        {
            var ticker = $"S{s:D2}";
            var beta = 0.6 + (1.4 * rng.NextDouble());
            var idio = 0.01 + (0.02 * rng.NextDouble());
            var noise = new double[dates.Count];
            for (var i = 0; i < noise.Length; i++)
            {
                noise[i] = (beta * market[i]) + (idio * Gauss(rng));
            }

            var start = 20 + (180 * rng.NextDouble());
            adjusted.Add(Walk(ticker, PriceField.AdjustedClose, dates, start, i => noise[i]));
            closes.Add(Walk(ticker, PriceField.Close, dates, start * 1.15, i => noise[i] - 0.00006));   // ~1.5%/yr dividend gap
            shares.Add(Math.Round(1e9 + (2.4e10 * rng.NextDouble())));
        }

        Adjusted = adjusted;
        Closes = closes;
        SharesOutstanding = shares;
        Universes = [.. Enumerable.Range(0, 5).Select(u => Enumerable.Range(u * 10, 10).ToArray()), Enumerable.Range(0, securities).ToArray()];

        var flows = new List<UsdSeries>();
        var aum = new List<UsdSeries>();
        for (var f = 0; f < funds; f++)
        {
            var ticker = $"E{f:D2}";
            flows.Add(new UsdSeries(ticker, dates, [.. dates.Select(_ => Math.Round((decimal)(Gauss(rng) * 5e7), 2))]));
            aum.Add(new UsdSeries(ticker, dates, [.. dates.Select((_, i) => Math.Round((decimal)(1e10 * (1 + (i * 1e-4))), 2))]));
        }

        Flows = flows;
        Aum = aum;
    }

    /// <summary>The benchmark's adjusted closes.</summary>
    public PriceSeries Benchmark { get; }

    /// <summary>Adjusted closes of each security.</summary>
    public IReadOnlyList<PriceSeries> Adjusted { get; }

    /// <summary>Quoted closes of each security (higher than adjusted: dividends are not taken out).</summary>
    public IReadOnlyList<PriceSeries> Closes { get; }

    /// <summary>Shares outstanding of each security, a count.</summary>
    public IReadOnlyList<double> SharesOutstanding { get; }

    /// <summary>Universes as indices into <see cref="Adjusted"/>: five of 10 members and one of all securities.</summary>
    public IReadOnlyList<int[]> Universes { get; }

    /// <summary>Daily net flows of each fund, USD.</summary>
    public IReadOnlyList<UsdSeries> Flows { get; }

    /// <summary>Daily AUM of each fund, USD.</summary>
    public IReadOnlyList<UsdSeries> Aum { get; }

    private static PriceSeries Walk(string ticker, PriceField field, List<DateOnly> dates, double start, Func<int, double> dailyReturn)
    {
        var values = new double[dates.Count];
        var p = start;
        for (var i = 0; i < values.Length; i++)
        {
            p *= 1 + Math.Max(-0.5, dailyReturn(i));
            values[i] = p;
        }

        return new PriceSeries(ticker, field, dates, values);
    }

    private static double Gauss(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
