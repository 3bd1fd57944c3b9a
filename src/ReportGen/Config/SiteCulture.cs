using System.Globalization;

namespace ReportGen.Config;

/// <summary>
/// How one site language writes numbers and dates: the culture every formatter (<see cref="Facts.Formats"/>, chart text, layout
/// dates) takes, chosen by <c>language</c> in reportgen.yml. The data is pinned here, not read from the machine's ICU:
/// ReportGen runs with invariant globalization (Directory.Build.props), so a printed figure, which the publication
/// ledger records character for character, is the same on every machine and does not change when the system's ICU/CLDR
/// is upgraded (docs/languages.md). The German data is CLDR 42's (as shipped in ICU 72): month names, abbreviations,
/// separators and the percent pattern "#,##0 %" with U+00A0.
/// </summary>
public sealed class SiteCulture
{
    /// <summary>The no-break space (U+00A0) CLDR puts between a German number and its unit (percent pattern "#,##0 %").</summary>
    public const string NoBreakSpace = "\u00A0";

    private SiteCulture(string name, CultureInfo format)
    {
        Name = name;
        Format = format;
    }

    /// <summary>The house style of the English notes, exactly as before languages existed: "+15.3%", "$4.2bn", "Mar 29, 2026" (invariant culture).</summary>
    public static SiteCulture English { get; } = new("en", CultureInfo.InvariantCulture);

    /// <summary>German (CLDR de): "+15,3 %", "4,2 Mrd. $", "29. März 2026", decimal comma, thousands point.</summary>
    public static SiteCulture German { get; } = new("de", BuildGerman())
    {
        PercentSuffix = NoBreakSpace + "%",
        PointsSuffix = NoBreakSpace + "Pp.",
        PointsSingular = "Prozentpunkt",
        PointsPlural = "Prozentpunkte",
        BasisPointsSuffix = NoBreakSpace + "Bp.",
        CurrencyAfter = true,
        Trillions = NoBreakSpace + "Bio.",
        Billions = NoBreakSpace + "Mrd.",
        Millions = NoBreakSpace + "Mio.",
        ChartMillions = NoBreakSpace + "Mio.",
        DatePattern = "d. MMMM yyyy",
        DayMonthPattern = "d. MMM",
        DayMonthYearPattern = "d. MMM yyyy",
    };

    /// <summary>The <c>language</c> values ReportGen has data for (compared ignoring case), and the culture of each.</summary>
    public static IReadOnlyDictionary<string, SiteCulture> Supported { get; } = new Dictionary<string, SiteCulture>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["en-US"] = English,
        ["en-GB"] = English,
        ["de"] = German,
        ["de-DE"] = German,
    };

    /// <summary>The short name of the culture's data: "en" or "de" (not the page's <c>lang</c>, which is <c>language</c> as written).</summary>
    public string Name { get; }

    /// <summary>Separators, group sizes and month names for <see cref="double.ToString(string, IFormatProvider)"/> and <see cref="DateOnly.ToString(string, IFormatProvider)"/>.</summary>
    public CultureInfo Format { get; }

    /// <summary>What follows a percent number: "%" (en) or U+00A0 "%" (de).</summary>
    public string PercentSuffix { get; private init; } = "%";

    /// <summary>What follows percentage points: " pp" (en) or U+00A0 "Pp." (de).</summary>
    public string PointsSuffix { get; private init; } = " pp";

    /// <summary>"percentage point" (en) or "Prozentpunkt" (de), after exactly 1.</summary>
    public string PointsSingular { get; private init; } = "percentage point";

    /// <summary>"percentage points" (en) or "Prozentpunkte" (de).</summary>
    public string PointsPlural { get; private init; } = "percentage points";

    /// <summary>What follows basis points: " bp" (en) or U+00A0 "Bp." (de).</summary>
    public string BasisPointsSuffix { get; private init; } = " bp";

    /// <summary>False: "$4.2bn" (en); true: "4,2 Mrd. $" (de, CLDR's currency pattern "#,##0.00 ¤").</summary>
    public bool CurrencyAfter { get; private init; }

    /// <summary>The 10^12 scale: "T" (en) or " Bio." (de).</summary>
    public string Trillions { get; private init; } = "T";

    /// <summary>The 10^9 scale: "bn" (en) or " Mrd." (de).</summary>
    public string Billions { get; private init; } = "bn";

    /// <summary>The 10^6 scale in prose: "M" (en) or " Mio." (de).</summary>
    public string Millions { get; private init; } = "M";

    /// <summary>The 10^6 scale in chart text: "m" (en, as charts always wrote it) or " Mio." (de).</summary>
    public string ChartMillions { get; private init; } = "m";

    /// <summary>A date in prose, bylines and charts: "MMM d, yyyy" ("Mar 29, 2026") or "d. MMMM yyyy" ("29. März 2026").</summary>
    public string DatePattern { get; private init; } = "MMM d, yyyy";

    /// <summary>A date-axis tick within one year: "MMM d" ("Mar 2") or "d. MMM" ("2. März").</summary>
    public string DayMonthPattern { get; private init; } = "MMM d";

    /// <summary>A date-axis tick that starts a year: "MMM d, yyyy" or "d. MMM yyyy".</summary>
    public string DayMonthYearPattern { get; private init; } = "MMM d, yyyy";

    /// <summary>The culture of a <c>language</c> value.</summary>
    /// <param name="language">A BCP 47 tag from reportgen.yml, e.g. "en" or "de-DE"; case is ignored.</param>
    /// <param name="culture">The culture, or null when ReportGen has no data for the tag.</param>
    /// <returns>Whether the tag is one of <see cref="Supported"/>.</returns>
    public static bool TryGet(string language, out SiteCulture culture)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Supported.TryGetValue(language.Trim(), out var found))
        {
            culture = found;
            return true;
        }

        culture = English;
        return false;
    }

    /// <summary>The culture of a <c>language</c> value, English for a tag without data (which the settings reader reports as RG1090).</summary>
    /// <param name="language">A BCP 47 tag, e.g. "de-DE".</param>
    public static SiteCulture Of(string language) => TryGet(language, out var culture) ? culture : English;

    /// <summary>A date in the culture's <see cref="DatePattern"/>.</summary>
    /// <param name="date">The date.</param>
    public string Date(DateOnly date) => date.ToString(DatePattern, Format);

    /// <inheritdoc/>
    public override string ToString() => Name;

    // CLDR 42 "de" (ICU 72): decimal ',', group '.', groups of 3; month names, format (genitive) and stand-alone abbreviations.
    private static CultureInfo BuildGerman()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        numbers.NumberDecimalSeparator = ",";
        numbers.NumberGroupSeparator = ".";
        numbers.PercentDecimalSeparator = ",";
        numbers.PercentGroupSeparator = ".";
        numbers.CurrencyDecimalSeparator = ",";
        numbers.CurrencyGroupSeparator = ".";
        var dates = (DateTimeFormatInfo)CultureInfo.InvariantCulture.DateTimeFormat.Clone();
        string[] months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", string.Empty];
        dates.MonthNames = months;
        dates.MonthGenitiveNames = months;
        dates.AbbreviatedMonthNames = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez", string.Empty];
        dates.AbbreviatedMonthGenitiveNames = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", string.Empty];
        dates.DayNames = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];
        dates.AbbreviatedDayNames = ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."];
        culture.NumberFormat = numbers;
        culture.DateTimeFormat = dates;
        return CultureInfo.ReadOnly(culture);
    }
}
