using System.Globalization;
using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Tests.Oracles;

/// <summary>Reads Oracles/prices.csv and Oracles/expected.csv, written by Oracles/generate_oracles.py (Python stdlib only).</summary>
internal static class OracleData
{
    public static readonly DateOnly AsOf = new(2026, 3, 31);

    private static readonly Lazy<(PriceSeries Aaa, PriceSeries Bbb)> Prices = new(LoadPrices);

    public static PriceSeries Aaa => Prices.Value.Aaa;

    public static PriceSeries Bbb => Prices.Value.Bbb;

    /// <summary>The synthetic universe "U" of Oracles/universe.csv: ticker, return (fraction), start market cap (USD), P/E (null = missing).</summary>
    public static IReadOnlyList<(string Ticker, double Return, double StartCapUsd, double? Pe)> Universe { get; } =
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Oracles", "universe.csv")).Skip(1).Select(line => line.Split(',')).Select(f =>
            (f[0], Num(f[1]), Num(f[2]), f[3].Length == 0 ? (double?)null : Num(f[3])))];

    /// <summary>The single expected value of a universe metric in expected.csv.</summary>
    public static double ExpectedValue(string metric) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Oracles", "expected.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == metric).Select(f => Num(f[3])).Single();

    private static double Num(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Expected rows of one metric: (subject, window code, value, observations).</summary>
    public static TheoryData<string, double, int> Expected(string metric)
    {
        var data = new TheoryData<string, double, int>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Oracles", "expected.csv")).Skip(1))
        {
            var f = line.Split(',');
            if (f[0] == metric)
            {
                data.Add(f[2], double.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture));
            }
        }

        return data;
    }

    private static (PriceSeries, PriceSeries) LoadPrices()
    {
        var a = (Dates: new List<DateOnly>(), Values: new List<double>());
        var b = (Dates: new List<DateOnly>(), Values: new List<double>());
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Oracles", "prices.csv")).Skip(1))
        {
            var f = line.Split(',');
            var date = DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            a.Dates.Add(date);
            a.Values.Add(double.Parse(f[1], CultureInfo.InvariantCulture));
            if (f[2].Length > 0)
            {
                b.Dates.Add(date);
                b.Values.Add(double.Parse(f[2], CultureInfo.InvariantCulture));
            }
        }

        return (new PriceSeries("AAA", PriceField.AdjustedClose, a.Dates, a.Values), new PriceSeries("BBB", PriceField.AdjustedClose, b.Dates, b.Values));
    }
}
