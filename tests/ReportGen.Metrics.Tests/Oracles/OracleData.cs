using System.Globalization;
using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Tests.Oracles;

/// <summary>Reads Oracles/prices.csv and Oracles/expected.csv, written by Oracles/generate_oracles.py (Python stdlib only).</summary>
internal static class OracleData
{
    public static readonly DateOnly AsOf = new(2026, 3, 31);

    private static readonly Lazy<(PriceSeries Aaa, PriceSeries Bbb)> s_prices = new(LoadPrices);

    public static PriceSeries Aaa => s_prices.Value.Aaa;

    public static PriceSeries Bbb => s_prices.Value.Bbb;

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
