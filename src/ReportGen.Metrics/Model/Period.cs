using System.Globalization;

namespace ReportGen.Metrics.Model;

/// <summary>
/// One calendar week (ISO 8601), month, quarter or year: the span an edition reports on.
/// Written as in the design: <c>2026-W14</c>, <c>2026-03</c>, <c>2026-Q1</c>, <c>2026</c>.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(PeriodKind kind, int year, int number, DateOnly start, DateOnly end)
    {
        Kind = kind;
        Year = year;
        Number = number;
        Start = start;
        End = end;
    }

    /// <summary>Week, month, quarter or year.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The calendar year (the ISO week-year for weeks).</summary>
    public int Year { get; }

    /// <summary>Week 1-53, month 1-12, quarter 1-4, or 1 for a year.</summary>
    public int Number { get; }

    /// <summary>First calendar day of the period.</summary>
    public DateOnly Start { get; }

    /// <summary>Last calendar day of the period.</summary>
    public DateOnly End { get; }

    /// <summary>The quarter <paramref name="quarter"/> (1-4) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Quarter outside 1-4.</exception>
    public static Period OfQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(year, (3 * (quarter - 1)) + 1, 1);
        return new Period(PeriodKind.Quarter, year, quarter, start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>The month <paramref name="month"/> (1-12) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Month outside 1-12.</exception>
    public static Period OfMonth(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new Period(PeriodKind.Month, year, month, start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>The calendar year <paramref name="year"/>.</summary>
    public static Period OfYear(int year) =>
        new(PeriodKind.Year, year, 1, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>ISO 8601 week <paramref name="week"/> of ISO week-year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The week does not exist in that ISO year.</exception>
    public static Period OfIsoWeek(int year, int week)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(week, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(week, ISOWeek.GetWeeksInYear(year));
        var start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new Period(PeriodKind.Week, year, week, start, start.AddDays(6));
    }

    /// <summary>The period of <paramref name="kind"/> that contains <paramref name="date"/>.</summary>
    public static Period Containing(PeriodKind kind, DateOnly date) => kind switch
    {
        PeriodKind.Week => OfIsoWeek(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue))),
        PeriodKind.Month => OfMonth(date.Year, date.Month),
        PeriodKind.Quarter => OfQuarter(date.Year, ((date.Month - 1) / 3) + 1),
        PeriodKind.Year => OfYear(date.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown period kind"),
    };

    /// <summary>The period of the same kind that follows this one.</summary>
    public Period Next() => Containing(Kind, End.AddDays(1));

    /// <summary>The period of the same kind that precedes this one.</summary>
    public Period Previous() => Containing(Kind, Start.AddDays(-1));

    /// <summary>Parses <c>2026-W14</c>, <c>2026-03</c>, <c>2026-Q1</c> or <c>2026</c> (case-insensitive).</summary>
    /// <exception cref="FormatException">The text is none of those forms; the message names the forms expected.</exception>
    public static Period Parse(string text)
    {
        if (TryParse(text, out var period))
        {
            return period;
        }

        throw new FormatException($"'{text}' is not a period; expected 2026-W14, 2026-03, 2026-Q1 or 2026");
    }

    /// <summary>Parses like <see cref="Parse"/>, returning false instead of throwing.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().ToUpperInvariant();
        var inv = CultureInfo.InvariantCulture;
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, inv, out var y) && y >= 1)
        {
            period = OfYear(y);
            return true;
        }

        if (s.Length < 7 || s[4] != '-' || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, inv, out y) || y < 1)
        {
            return false;
        }

        var rest = s.AsSpan(5);
        if (rest.Length == 2 && rest[0] == 'Q' && int.TryParse(rest[1..], NumberStyles.None, inv, out var q) && q is >= 1 and <= 4)
        {
            period = OfQuarter(y, q);
            return true;
        }

        if (rest.Length == 3 && rest[0] == 'W' && int.TryParse(rest[1..], NumberStyles.None, inv, out var w)
            && w >= 1 && w <= ISOWeek.GetWeeksInYear(y))
        {
            period = OfIsoWeek(y, w);
            return true;
        }

        if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, inv, out var m) && m is >= 1 and <= 12)
        {
            period = OfMonth(y, m);
            return true;
        }

        return false;
    }

    /// <summary>The canonical text: <c>2026-W14</c>, <c>2026-03</c>, <c>2026-Q1</c> or <c>2026</c>.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Week => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Number:D2}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>The URL slug: the canonical text in lower case, e.g. <c>2026-q1</c>.</summary>
    public string Slug => ToString().ToLowerInvariant();

    /// <summary>A reader's label: "Q1 2026", "March 2026", "Week 14, 2026", "2026".</summary>
    public string Label => Kind switch
    {
        PeriodKind.Week => string.Create(CultureInfo.InvariantCulture, $"Week {Number}, {Year}"),
        PeriodKind.Month => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{Number} {Year}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Orders by start date, then by kind.</summary>
    public int CompareTo(Period other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : Kind.CompareTo(other.Kind);
    }

    /// <summary>True when <paramref name="left"/> starts before <paramref name="right"/>.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> starts after <paramref name="right"/>.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> does not start after <paramref name="right"/>.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> does not start before <paramref name="right"/>.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;
}
