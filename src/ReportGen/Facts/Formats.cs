using System.Globalization;
using ReportGen.Config;

namespace ReportGen.Facts;

/// <summary>
/// How numbers are written on the site, in the house style of research notes. Pure functions of the value and the
/// site's <see cref="SiteCulture"/> (<c>language</c> in reportgen.yml; English, the invariant house style, when none is
/// given); rounding half away from zero; a value that rounds to zero prints without a sign.
/// </summary>
public static class Formats
{
    /// <summary>A fraction as a signed percent: 0.1534 → "+15.3%", -0.042 → "-4.2%".</summary>
    /// <param name="fraction">The value as a fraction of 1.</param>
    /// <param name="decimals">Digits after the decimal point, 0-4.</param>
    /// <param name="culture">The site's culture ("+15,3 %" in German); English when null.</param>
    public static string Percent(double fraction, int decimals = 1, SiteCulture? culture = null) => Signed(fraction * 100, decimals, culture) + (culture ?? SiteCulture.English).PercentSuffix;

    /// <summary>A fraction as an unsigned percent (the magnitude): -0.042 → "4.2%". For prose whose verb gives the direction.</summary>
    /// <param name="fraction">The value as a fraction of 1.</param>
    /// <param name="decimals">Digits after the decimal point, 0-4.</param>
    /// <param name="culture">The site's culture; English when null.</param>
    public static string PercentMagnitude(double fraction, int decimals = 1, SiteCulture? culture = null) => Fixed(Math.Abs(fraction * 100), decimals, culture) + (culture ?? SiteCulture.English).PercentSuffix;

    /// <summary>A difference of fractions as signed percentage points: 0.052 → "+5.2 pp".</summary>
    /// <param name="difference">The difference of two fractions (0.052 = 5.2 percentage points).</param>
    /// <param name="decimals">Digits after the decimal point, 0-4.</param>
    /// <param name="culture">The site's culture ("+5,2 Pp." in German); English when null.</param>
    /// <remarks>A difference that is not zero but rounds to zero at <paramref name="decimals"/> gets one digit more
    /// (0.0003 → "+0.03 pp", never "+0.0 pp"), as does <see cref="PercentagePointsMagnitude"/>.</remarks>
    public static string PercentagePoints(double difference, int decimals = 1, SiteCulture? culture = null) => Signed(difference * 100, Visible(difference * 100, decimals), culture) + (culture ?? SiteCulture.English).PointsSuffix;

    /// <summary>The magnitude of a difference of fractions in words: -0.052 → "5.2 percentage points".</summary>
    /// <param name="difference">The difference of two fractions.</param>
    /// <param name="decimals">Digits after the decimal point, 0-4.</param>
    /// <param name="culture">The site's culture ("5,2 Prozentpunkte" in German); English when null.</param>
    public static string PercentagePointsMagnitude(double difference, int decimals = 1, SiteCulture? culture = null)
    {
        var c = culture ?? SiteCulture.English;
        decimals = Visible(difference * 100, decimals);
        var text = Fixed(Math.Abs(difference * 100), decimals, c);
        return text == Fixed(1, decimals, c) ? text + " " + c.PointsSingular : text + " " + c.PointsPlural;
    }

    // A gap in points that is not zero but would print as zero gets one more digit: "0.03", not "0.0".
    private static int Visible(double points, int decimals) =>
        points != 0 && decimals is >= 0 and < 4 && Round(Math.Abs(points), decimals) == 0 ? decimals + 1 : decimals;

    /// <summary>A fraction in basis points: 0.0025 → "25 bp".</summary>
    /// <param name="fraction">The value as a fraction of 1 (1 bp = 0.0001).</param>
    /// <param name="culture">The site's culture ("25 Bp." in German); English when null.</param>
    public static string BasisPoints(double fraction, SiteCulture? culture = null) => Fixed(fraction * 10_000, 0, culture) + (culture ?? SiteCulture.English).BasisPointsSuffix;

    /// <summary>A price per share in US dollars, to the cent: 32.149 → "$32.15", 1234.5 → "$1,234.50", -3 → "-$3.00".</summary>
    /// <param name="usd">Price in US dollars per share (or per unit of a fund).</param>
    /// <param name="decimals">Digits after the point, 0-4 (default 2: cents).</param>
    /// <param name="culture">The site's culture: German puts the sign after the number, "1.234,50 $"; English when null.</param>
    /// <remarks><see cref="Usd"/> scales amounts to T/bn/M and rounds smaller ones to whole dollars, which suits market
    /// capitalization and flows but turns a $32.15 share price into "$32"; prices use this instead.</remarks>
    public static string Price(double usd, int decimals = 2, SiteCulture? culture = null)
    {
        var c = culture ?? SiteCulture.English;
        var body = Math.Abs(usd).ToString("#,0." + new string('0', Math.Clamp(decimals, 0, 4)), c.Format).TrimEnd('.', ',');
        var sign = usd < 0 && body.Any(ch => ch is >= '1' and <= '9') ? "-" : string.Empty;
        return c.CurrencyAfter ? sign + body + SiteCulture.NoBreakSpace + "$" : sign + "$" + body;
    }

    /// <summary>US dollars with a scale: 1.23e12 → "$1.2T", 4.2e9 → "$4.2bn", 6.5e8 → "$650M", 12345 → "$12,345"; negatives "-$4.2bn".</summary>
    /// <param name="usd">Amount in US dollars.</param>
    /// <param name="decimals">Digits after the point for the T and bn scales, 0-2 (default 1: "$1.2T"; 0: "$2T").</param>
    /// <param name="culture">The site's culture: German puts the sign after the number, "1,2 Bio. $", "4,2 Mrd. $", "650 Mio. $", "12.345 $"; English when null.</param>
    public static string Usd(double usd, int decimals = 1, SiteCulture? culture = null)
    {
        var c = culture ?? SiteCulture.English;
        var sign = usd < 0 ? "-" : string.Empty;
        var a = Math.Abs(usd);
        string body;
        if (Round(a / 1e12, decimals) >= 1)
        {
            body = Fixed(a / 1e12, decimals, c) + c.Trillions;
        }
        else if (Round(a / 1e9, decimals) >= 1)
        {
            body = Fixed(a / 1e9, decimals, c) + c.Billions;
        }
        else if (Round(a / 1e6, 0) >= 1)
        {
            body = Fixed(a / 1e6, 0, c) + c.Millions;
        }
        else if (Round(a, 0) >= 1)
        {
            body = Round(a, 0).ToString("#,0", c.Format);
        }
        else
        {
            return c.CurrencyAfter ? "0" + SiteCulture.NoBreakSpace + "$" : "$0";
        }

        return c.CurrencyAfter ? sign + body + SiteCulture.NoBreakSpace + "$" : sign + "$" + body;
    }

    /// <summary>A multiple: 42.36 → "42x"; with decimals 1 → "42.4x".</summary>
    /// <param name="multiple">The ratio, e.g. a P/E.</param>
    /// <param name="decimals">Digits after the decimal point, 0-2.</param>
    /// <param name="culture">The site's culture ("42,4x" in German); English when null.</param>
    public static string Multiple(double multiple, int decimals = 0, SiteCulture? culture = null) => Fixed(multiple, decimals, culture) + "x";

    /// <summary>A count or plain number with thousands separators: 9 → "9", 1234.5 with 1 decimal → "1,234.5".</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">Digits after the decimal point, 0-4.</param>
    /// <param name="culture">The site's culture ("1.234,5" in German); English when null.</param>
    public static string Number(double value, int decimals = 0, SiteCulture? culture = null) =>
        Round(value, decimals).ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), (culture ?? SiteCulture.English).Format);

    /// <summary>A date as a reader writes it: 2026-03-29 → "Mar 29, 2026" ("29. März 2026" in German).</summary>
    /// <param name="date">The date.</param>
    /// <param name="culture">The site's culture ("29. März 2026" in German); English when null.</param>
    public static string Date(DateOnly date, SiteCulture? culture = null) => (culture ?? SiteCulture.English).Date(date);

    private static string Signed(double value, int decimals, SiteCulture? culture)
    {
        var text = Fixed(Math.Abs(value), decimals, culture);
        var zero = Round(Math.Abs(value), decimals) == 0;
        return zero ? text : (value < 0 ? "-" : "+") + text;
    }

    private static string Fixed(double value, int decimals, SiteCulture? culture = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 4);
        return Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), (culture ?? SiteCulture.English).Format);
    }

    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
