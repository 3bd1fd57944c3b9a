using System.Globalization;

namespace ReportGen.Facts;

/// <summary>
/// How numbers are written on the site, in the house style of research notes. Pure functions of the value;
/// invariant culture; rounding half away from zero; a value that rounds to zero prints without a sign.
/// </summary>
public static class Formats
{
    /// <summary>A fraction as a signed percent: 0.1534 → "+15.3%", -0.042 → "-4.2%".</summary>
    /// <param name="fraction">The value as a fraction of 1.</param>
    /// <param name="decimals">Digits after the decimal point, 0-4.</param>
    public static string Percent(double fraction, int decimals = 1) => Signed(fraction * 100, decimals) + "%";

    /// <summary>A fraction as an unsigned percent (the magnitude): -0.042 → "4.2%". For prose whose verb gives the direction.</summary>
    /// <param name="fraction">The value as a fraction of 1.</param>
    /// <param name="decimals">Digits after the decimal point, 0-4.</param>
    public static string PercentMagnitude(double fraction, int decimals = 1) => Fixed(Math.Abs(fraction * 100), decimals) + "%";

    /// <summary>A difference of fractions as signed percentage points: 0.052 → "+5.2 pp".</summary>
    /// <param name="difference">The difference of two fractions (0.052 = 5.2 percentage points).</param>
    /// <param name="decimals">Digits after the decimal point, 0-4.</param>
    public static string PercentagePoints(double difference, int decimals = 1) => Signed(difference * 100, decimals) + " pp";

    /// <summary>The magnitude of a difference of fractions in words: -0.052 → "5.2 percentage points".</summary>
    /// <param name="difference">The difference of two fractions.</param>
    /// <param name="decimals">Digits after the decimal point, 0-4.</param>
    public static string PercentagePointsMagnitude(double difference, int decimals = 1)
    {
        var text = Fixed(Math.Abs(difference * 100), decimals);
        return text == Fixed(1, decimals) ? text + " percentage point" : text + " percentage points";
    }

    /// <summary>A fraction in basis points: 0.0025 → "25 bp".</summary>
    /// <param name="fraction">The value as a fraction of 1 (1 bp = 0.0001).</param>
    public static string BasisPoints(double fraction) => Fixed(fraction * 10_000, 0) + " bp";

    /// <summary>US dollars with a scale: 1.23e12 → "$1.2T", 4.2e9 → "$4.2bn", 6.5e8 → "$650M", 12345 → "$12,345"; negatives "-$4.2bn".</summary>
    /// <param name="usd">Amount in US dollars.</param>
    /// <param name="decimals">Digits after the point for the T and bn scales, 0-2 (default 1: "$1.2T"; 0: "$2T").</param>
    public static string Usd(double usd, int decimals = 1)
    {
        var sign = usd < 0 ? "-" : string.Empty;
        var a = Math.Abs(usd);
        string body;
        if (Round(a / 1e12, decimals) >= 1)
        {
            body = Fixed(a / 1e12, decimals) + "T";
        }
        else if (Round(a / 1e9, decimals) >= 1)
        {
            body = Fixed(a / 1e9, decimals) + "bn";
        }
        else if (Round(a / 1e6, 0) >= 1)
        {
            body = Fixed(a / 1e6, 0) + "M";
        }
        else
        {
            body = Round(a, 0).ToString("#,0", CultureInfo.InvariantCulture);
        }

        return body.All(c => c is '0' or '.' or ',') ? "$0" : sign + "$" + body;
    }

    /// <summary>A multiple: 42.36 → "42x"; with decimals 1 → "42.4x".</summary>
    /// <param name="multiple">The ratio, e.g. a P/E.</param>
    /// <param name="decimals">Digits after the decimal point, 0-2.</param>
    public static string Multiple(double multiple, int decimals = 0) => Fixed(multiple, decimals) + "x";

    /// <summary>A count or plain number with thousands separators: 9 → "9", 1234.5 with 1 decimal → "1,234.5".</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">Digits after the decimal point, 0-4.</param>
    public static string Number(double value, int decimals = 0) =>
        Round(value, decimals).ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.');

    /// <summary>A date as a reader writes it: 2026-03-29 → "Mar 29, 2026".</summary>
    /// <param name="date">The date.</param>
    public static string Date(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Signed(double value, int decimals)
    {
        var text = Fixed(Math.Abs(value), decimals);
        var zero = text.All(c => c is '0' or '.');
        return zero ? text : (value < 0 ? "-" : "+") + text;
    }

    private static string Fixed(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 4);
        return Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
