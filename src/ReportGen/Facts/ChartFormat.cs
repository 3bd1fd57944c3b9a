using System.Globalization;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Facts;

/// <summary>Invariant-culture number and date formats for chart text: axis ticks, labels, alt text, captions, tables.</summary>
internal static class ChartFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A fraction as a signed percentage: 0.1823 → "+18.2%", -0.05 → "-5.0%", 0 → "0.0%".</summary>
    public static string Percent(double fraction, int decimals = 1) => Signed(fraction * 100, decimals, "%");

    /// <summary>A fraction difference as signed percentage points: 0.114 → "+11.4 pp".</summary>
    public static string PercentagePoints(double fraction, int decimals = 1) => Signed(fraction * 100, decimals, " pp");

    /// <summary>Unsigned percentage for non-negative quantities such as volatility: 0.352 → "35.2%".</summary>
    public static string PercentUnsigned(double fraction, int decimals = 1) => Fixed(fraction * 100, decimals) + "%";

    /// <summary>USD with a scale and at most one decimal, none from 100 up: 4.2e9 → "$4.2bn", 1.25e12 → "$1.3T", 9.8e11 → "$980bn", 3.5e8 → "$350m", -2e9 → "-$2.0bn".</summary>
    public static string Usd(double usd, int decimals = 1)
    {
        var sign = usd < 0 ? "-" : string.Empty;
        var a = Math.Abs(usd);
        var (div, suffix) = a switch
        {
            >= 1e12 => (1e12, "T"),
            >= 1e9 => (1e9, "bn"),
            >= 1e6 => (1e6, "m"),
            _ => (1.0, string.Empty),
        };
        if (div == 1.0)
        {
            return sign + "$" + a.ToString("N0", Inv);
        }

        var scaled = a / div;
        var d = scaled >= 99.95 ? 0 : decimals;
        return sign + "$" + Fixed(scaled, d) + suffix;
    }

    /// <summary>A multiple: 35.24 → "35.2x".</summary>
    public static string Multiple(double multiple, int decimals = 1) => Fixed(multiple, decimals) + "x";

    /// <summary>An index level: 118.234 → "118.2".</summary>
    public static string Level(double level, int decimals = 1) => Fixed(level, decimals);

    /// <summary>A date as a reader sees it: "Mar 31, 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("MMM d, yyyy", Inv);

    /// <summary>A value in <paramref name="unit"/> with <paramref name="decimals"/> decimals, as in tables and captions.</summary>
    public static string Value(double value, MetricUnit unit, int decimals = 1) => unit switch
    {
        MetricUnit.Fraction => Percent(value, decimals),
        MetricUnit.PercentagePoints => PercentagePoints(value, decimals),
        MetricUnit.Usd => Usd(value, decimals),
        MetricUnit.Multiple => Multiple(value, decimals),
        MetricUnit.IndexLevel => Level(value, decimals),
        _ => value.ToString("G6", Inv),
    };

    /// <summary>An axis tick label: as <see cref="Value"/> but with the fewest decimals that tell ticks apart ("+15%", "$1.5T", "40x").</summary>
    public static string Tick(double value, MetricUnit unit, double spacing)
    {
        if (Math.Abs(value) < spacing * 1e-6)
        {
            value = 0;
        }

        return unit switch
        {
            MetricUnit.Fraction => Signed(value * 100, DecimalsFor(spacing * 100), "%"),
            MetricUnit.PercentagePoints => Signed(value * 100, DecimalsFor(spacing * 100), " pp"),
            MetricUnit.Usd => UsdTick(value, spacing),
            MetricUnit.Multiple => value.ToString("F" + DecimalsFor(spacing).ToString(Inv), Inv) + "x",
            _ => value.ToString("F" + DecimalsFor(spacing).ToString(Inv), Inv),
        };
    }

    /// <summary>The round-trip text of a double, for hashes and snapshots.</summary>
    public static string Exact(double value) => value.ToString("R", Inv);

    private static string UsdTick(double usd, double spacing)
    {
        if (usd == 0)
        {
            return "$0";
        }

        var a = Math.Max(Math.Abs(usd), spacing);
        var (div, suffix) = a switch
        {
            >= 1e12 => (1e12, "T"),
            >= 1e9 => (1e9, "bn"),
            >= 1e6 => (1e6, "m"),
            _ => (1.0, string.Empty),
        };
        var sign = usd < 0 ? "-" : string.Empty;
        var d = DecimalsFor(spacing / div);
        return sign + "$" + (Math.Abs(usd) / div).ToString("F" + d.ToString(Inv), Inv) + suffix;
    }

    private static int DecimalsFor(double spacing)
    {
        var d = 0;
        while (d < 4 && Math.Abs((spacing * Math.Pow(10, d)) - Math.Round(spacing * Math.Pow(10, d))) > 1e-6)
        {
            d++;
        }

        return d;
    }

    /// <summary>Fixed decimals, rounding halves away from zero (1.25 → "1.3") as a reader expects, not to even.</summary>
    private static string Fixed(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(Inv), Inv);

    private static string Signed(double value, int decimals, string suffix)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("F" + decimals.ToString(Inv), Inv);
        var sign = rounded > 0 ? "+" : rounded < 0 ? "-" : string.Empty;
        return sign + text + suffix;
    }
}
