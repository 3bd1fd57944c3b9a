using System.Globalization;
using ReportGen.Config;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Facts;

/// <summary>Number and date formats for chart text (axis ticks, labels, alt text, captions, tables) in the site's <see cref="SiteCulture"/>; English (invariant) when none is given.</summary>
internal static class ChartFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static SiteCulture C(SiteCulture? culture) => culture ?? SiteCulture.English;

    /// <summary>A fraction as a signed percentage: 0.1823 → "+18.2%", -0.05 → "-5.0%", 0 → "0.0%".</summary>
    public static string Percent(double fraction, int decimals = 1, SiteCulture? culture = null) => Signed(fraction * 100, decimals, C(culture).PercentSuffix, culture);

    /// <summary>A fraction difference as signed percentage points: 0.114 → "+11.4 pp".</summary>
    public static string PercentagePoints(double fraction, int decimals = 1, SiteCulture? culture = null) => Signed(fraction * 100, decimals, C(culture).PointsSuffix, culture);

    /// <summary>Unsigned percentage for non-negative quantities such as volatility: 0.352 → "35.2%".</summary>
    public static string PercentUnsigned(double fraction, int decimals = 1, SiteCulture? culture = null) => Fixed(fraction * 100, decimals, culture) + C(culture).PercentSuffix;

    /// <summary>USD with a scale and at most one decimal, none from 100 up: 4.2e9 → "$4.2bn", 1.25e12 → "$1.3T", 9.8e11 → "$980bn", 3.5e8 → "$350m", -2e9 → "-$2.0bn".</summary>
    public static string Usd(double usd, int decimals = 1, SiteCulture? culture = null)
    {
        var c = C(culture);
        var sign = usd < 0 ? "-" : string.Empty;
        var a = Math.Abs(usd);
        var (div, suffix) = Scale(a, c);
        if (div == 1.0)
        {
            return Dollars(sign, a.ToString("N0", c.Format), c);
        }

        var scaled = a / div;
        var d = scaled >= 99.95 ? 0 : decimals;
        return Dollars(sign, Fixed(scaled, d, culture) + suffix, c);
    }

    /// <summary>A multiple: 35.24 → "35.2x".</summary>
    public static string Multiple(double multiple, int decimals = 1, SiteCulture? culture = null) => Fixed(multiple, decimals, culture) + "x";

    /// <summary>An index level: 118.234 → "118.2".</summary>
    public static string Level(double level, int decimals = 1, SiteCulture? culture = null) => Fixed(level, decimals, culture);

    /// <summary>A date as a reader sees it: "Mar 31, 2026" ("31. März 2026" in German).</summary>
    public static string Date(DateOnly date, SiteCulture? culture = null) => C(culture).Date(date);

    /// <summary>A value in <paramref name="unit"/> with <paramref name="decimals"/> decimals, as in tables and captions.</summary>
    public static string Value(double value, MetricUnit unit, int decimals = 1, SiteCulture? culture = null) => unit switch
    {
        MetricUnit.Fraction => Percent(value, decimals, culture),
        MetricUnit.PercentagePoints => PercentagePoints(value, decimals, culture),
        MetricUnit.Usd => Usd(value, decimals, culture),
        MetricUnit.Multiple => Multiple(value, decimals, culture),
        MetricUnit.IndexLevel => Level(value, decimals, culture),
        _ => value.ToString("G6", C(culture).Format),
    };

    /// <summary>An axis tick label: as <see cref="Value"/> but with the fewest decimals that tell ticks apart ("+15%", "$1.5T", "40x").</summary>
    public static string Tick(double value, MetricUnit unit, double spacing, SiteCulture? culture = null)
    {
        var c = C(culture);
        if (Math.Abs(value) < spacing * 1e-6)
        {
            value = 0;
        }

        return unit switch
        {
            MetricUnit.Fraction => Signed(value * 100, DecimalsFor(spacing * 100), c.PercentSuffix, c),
            MetricUnit.PercentagePoints => Signed(value * 100, DecimalsFor(spacing * 100), c.PointsSuffix, c),
            MetricUnit.Usd => UsdTick(value, spacing, c),
            MetricUnit.Multiple => value.ToString("F" + DecimalsFor(spacing).ToString(Inv), c.Format) + "x",
            _ => value.ToString("F" + DecimalsFor(spacing).ToString(Inv), c.Format),
        };
    }

    /// <summary>The round-trip text of a double, for hashes and snapshots.</summary>
    public static string Exact(double value) => value.ToString("R", Inv);

    private static string UsdTick(double usd, double spacing, SiteCulture c)
    {
        if (usd == 0)
        {
            return Dollars(string.Empty, "0", c);
        }

        var a = Math.Max(Math.Abs(usd), spacing);
        var (div, suffix) = Scale(a, c);
        var sign = usd < 0 ? "-" : string.Empty;
        var d = DecimalsFor(spacing / div);
        return Dollars(sign, (Math.Abs(usd) / div).ToString("F" + d.ToString(Inv), c.Format) + suffix, c);
    }

    // The scale of a magnitude in chart text: T, bn, m in English (" Bio.", " Mrd.", " Mio." in German).
    private static (double Div, string Suffix) Scale(double magnitude, SiteCulture c) => magnitude switch
    {
        >= 1e12 => (1e12, c.Trillions),
        >= 1e9 => (1e9, c.Billions),
        >= 1e6 => (1e6, c.ChartMillions),
        _ => (1.0, string.Empty),
    };

    // "$4.2bn" in English; "4,2 Mrd. $" where the culture writes the currency after the number.
    private static string Dollars(string sign, string body, SiteCulture c) => c.CurrencyAfter ? sign + body + SiteCulture.NoBreakSpace + "$" : sign + "$" + body;

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
    private static string Fixed(double value, int decimals, SiteCulture? culture = null) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(Inv), C(culture).Format);

    private static string Signed(double value, int decimals, string suffix, SiteCulture? culture)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("F" + decimals.ToString(Inv), C(culture).Format);
        var sign = rounded > 0 ? "+" : rounded < 0 ? "-" : string.Empty;
        return sign + text + suffix;
    }
}
