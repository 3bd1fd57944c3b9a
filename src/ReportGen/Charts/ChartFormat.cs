using System.Globalization;

namespace ReportGen.Charts;

/// <summary>Invariant-culture number and date formats for chart text: axis ticks, labels, alt text, captions, tables.</summary>
internal static class ChartFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A fraction as a signed percentage: 0.1823 → "+18.2%", -0.05 → "-5.0%", 0 → "0.0%".</summary>
    public static string Percent(double fraction, int decimals = 1) => Signed(fraction * 100, decimals, "%");

    /// <summary>A fraction difference as signed percentage points: 0.114 → "+11.4 pp".</summary>
    public static string PercentagePoints(double fraction, int decimals = 1) => Signed(fraction * 100, decimals, " pp");

    /// <summary>Unsigned percentage for non-negative quantities such as volatility: 0.352 → "35.2%".</summary>
    public static string PercentUnsigned(double fraction, int decimals = 1) =>
        (fraction * 100).ToString("F" + decimals.ToString(Inv), Inv) + "%";

    /// <summary>USD with a scale: 4.2e9 → "$4.2bn", 1.25e12 → "$1.3T", 3.5e8 → "$350.0m", -2e9 → "-$2.0bn".</summary>
    public static string Usd(double usd, int decimals = 1)
    {
        var sign = usd < 0 ? "-" : string.Empty;
        var a = Math.Abs(usd);
        var f = "F" + decimals.ToString(Inv);
        return a switch
        {
            >= 1e12 => sign + "$" + (a / 1e12).ToString(f, Inv) + "T",
            >= 1e9 => sign + "$" + (a / 1e9).ToString(f, Inv) + "bn",
            >= 1e6 => sign + "$" + (a / 1e6).ToString(f, Inv) + "m",
            _ => sign + "$" + a.ToString("N0", Inv),
        };
    }

    /// <summary>A multiple: 35.24 → "35.2x".</summary>
    public static string Multiple(double multiple, int decimals = 1) => multiple.ToString("F" + decimals.ToString(Inv), Inv) + "x";

    /// <summary>An index level: 118.234 → "118.2".</summary>
    public static string Level(double level, int decimals = 1) => level.ToString("F" + decimals.ToString(Inv), Inv);

    /// <summary>A date as a reader sees it: "Mar 31, 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("MMM d, yyyy", Inv);

    /// <summary>A value in <paramref name="unit"/> with <paramref name="decimals"/> decimals, as in tables and captions.</summary>
    public static string Value(double value, ChartUnit unit, int decimals = 1) => unit switch
    {
        ChartUnit.Percent => Percent(value, decimals),
        ChartUnit.PercentagePoints => PercentagePoints(value, decimals),
        ChartUnit.Usd => Usd(value, decimals),
        ChartUnit.Multiple => Multiple(value, decimals),
        ChartUnit.IndexLevel => Level(value, decimals),
        _ => value.ToString("G6", Inv),
    };

    /// <summary>An axis tick label: as <see cref="Value"/> but with the fewest decimals that tell ticks apart ("+15%", "$1.5T", "40x").</summary>
    public static string Tick(double value, ChartUnit unit, double spacing)
    {
        if (Math.Abs(value) < spacing * 1e-6)
        {
            value = 0;
        }

        return unit switch
        {
            ChartUnit.Percent => Signed(value * 100, DecimalsFor(spacing * 100), "%"),
            ChartUnit.PercentagePoints => Signed(value * 100, DecimalsFor(spacing * 100), " pp"),
            ChartUnit.Usd => UsdTick(value, spacing),
            ChartUnit.Multiple => value.ToString("F" + DecimalsFor(spacing).ToString(Inv), Inv) + "x",
            _ => value.ToString("F" + DecimalsFor(spacing).ToString(Inv), Inv),
        };
    }

    /// <summary>The round-trip text of a double, for hashes and snapshots.</summary>
    public static string Exact(double value) => value.ToString("R", Inv);

    private static string UsdTick(double usd, double spacing)
    {
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

    private static string Signed(double value, int decimals, string suffix)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("F" + decimals.ToString(Inv), Inv);
        var sign = rounded > 0 ? "+" : rounded < 0 ? "-" : string.Empty;
        return sign + text + suffix;
    }
}
