using System.Globalization;

namespace ReportGen.Metrics.Model;

/// <summary>
/// The holding period of a metric: a calendar period, period-to-date (WTD/MTD/QTD/YTD), trailing months (1M/3M/6M/12M),
/// since a date, or since inception. It resolves, for an as-of date, to a base close and an end close.
/// </summary>
/// <remarks>
/// Conventions (calendar days throughout; "close" means the close of a trading day present in the series):
/// <list type="bullet">
/// <item>Period and period-to-date: base = close of the last trading day <b>before</b> the period's first day
/// (S&amp;P Dow Jones Indices, <i>Index Mathematics Methodology</i>: a period return is measured from the prior period's close);
/// end = last close on or before the earlier of the period's last day and the as-of date.</item>
/// <item>Trailing N months: base = close of the last trading day <b>on or before</b> the as-of date minus N calendar months,
/// where month arithmetic clamps to the month's last day (2026-03-31 minus 1 month is 2026-02-28); end = last close on or before the as-of date.
/// So at a year end, 12M and YTD use the same base close.</item>
/// <item>Since a date: base = close of the last trading day before that date; end = last close on or before the as-of date.</item>
/// <item>Inception: base = the series' first close; end = last close on or before the as-of date.</item>
/// </list>
/// </remarks>
public readonly record struct ReturnWindow
{
    private ReturnWindow(ReturnWindowKind kind, Period period, PeriodKind toDateKind, int months, DateOnly since)
    {
        Kind = kind;
        PeriodValue = period;
        ToDateKind = toDateKind;
        Months = months;
        SinceDate = since;
    }

    /// <summary>How the window picks its closes.</summary>
    public ReturnWindowKind Kind { get; }

    /// <summary>The calendar period, for <see cref="ReturnWindowKind.Period"/>; default otherwise.</summary>
    public Period PeriodValue { get; }

    /// <summary>The period kind (week, month, quarter, year), for <see cref="ReturnWindowKind.PeriodToDate"/>.</summary>
    public PeriodKind ToDateKind { get; }

    /// <summary>The number of calendar months, for <see cref="ReturnWindowKind.TrailingMonths"/>.</summary>
    public int Months { get; }

    /// <summary>The first calendar day of the holding period, for <see cref="ReturnWindowKind.Since"/>.</summary>
    public DateOnly SinceDate { get; }

    /// <summary>Week to date: the ISO week (Monday to Sunday) containing the as-of date.</summary>
    public static ReturnWindow Wtd => ToDate(PeriodKind.Week);

    /// <summary>Month to date.</summary>
    public static ReturnWindow Mtd => ToDate(PeriodKind.Month);

    /// <summary>Quarter to date.</summary>
    public static ReturnWindow Qtd => ToDate(PeriodKind.Quarter);

    /// <summary>Year to date.</summary>
    public static ReturnWindow Ytd => ToDate(PeriodKind.Year);

    /// <summary>Since the series' first close.</summary>
    public static ReturnWindow Inception => new(ReturnWindowKind.Inception, default, default, 0, default);

    /// <summary>The whole calendar <paramref name="period"/>, cut at the as-of date.</summary>
    public static ReturnWindow For(Period period) => new(ReturnWindowKind.Period, period, period.Kind, 0, default);

    /// <summary>The period of <paramref name="kind"/> containing the as-of date, to date.</summary>
    public static ReturnWindow ToDate(PeriodKind kind) => new(ReturnWindowKind.PeriodToDate, default, kind, 0, default);

    /// <summary>Trailing <paramref name="months"/> calendar months ending on the as-of date.</summary>
    /// <param name="months">Calendar months, 1 to 1200 (1M, 3M, 6M, 12M are the usual ones).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1-1200.</exception>
    public static ReturnWindow Trailing(int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, 1200);
        return new(ReturnWindowKind.TrailingMonths, default, default, months, default);
    }

    /// <summary>From the close before <paramref name="from"/> to the as-of date.</summary>
    /// <param name="from">First calendar day of the holding period.</param>
    public static ReturnWindow Since(DateOnly from) => new(ReturnWindowKind.Since, default, default, 0, from);

    /// <summary>
    /// Parses a window code: <c>WTD</c>, <c>MTD</c>, <c>QTD</c>, <c>YTD</c>, <c>1M</c>/<c>3M</c>/<c>6M</c>/<c>12M</c> (any N<c>M</c>),
    /// <c>inception</c>, <c>since:2025-01-01</c>, or a period (<c>2026-Q1</c>, <c>2026-03</c>, <c>2026-W14</c>, <c>2026</c>). Case-insensitive.
    /// </summary>
    /// <param name="text">The code.</param>
    /// <exception cref="FormatException">The text is none of those forms; the message lists them.</exception>
    public static ReturnWindow Parse(string text)
    {
        var s = (text ?? string.Empty).Trim().ToUpperInvariant();
        switch (s)
        {
            case "WTD": return Wtd;
            case "MTD": return Mtd;
            case "QTD": return Qtd;
            case "YTD": return Ytd;
            case "INCEPTION": return Inception;
        }

        if (s.Length >= 2 && s[^1] == 'M' && int.TryParse(s.AsSpan(0, s.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var months)
            && months is >= 1 and <= 1200)
        {
            return Trailing(months);
        }

        if (s.StartsWith("SINCE:", StringComparison.Ordinal)
            && DateOnly.TryParseExact(s.AsSpan(6), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            return Since(from);
        }

        if (Period.TryParse(s, out var period))
        {
            return For(period);
        }

        throw new FormatException($"'{text}' is not a return window; expected WTD, MTD, QTD, YTD, 1M, 3M, 6M, 12M, inception, since:2025-01-01 or a period such as 2026-Q1");
    }

    /// <summary>The canonical code, parseable by <see cref="Parse"/>: <c>YTD</c>, <c>3M</c>, <c>since:2025-01-01</c>, <c>2026-Q1</c>, <c>inception</c>.</summary>
    public override string ToString() => Kind switch
    {
        ReturnWindowKind.Period => PeriodValue.ToString(),
        ReturnWindowKind.PeriodToDate => ToDateKind switch
        {
            PeriodKind.Week => "WTD",
            PeriodKind.Month => "MTD",
            PeriodKind.Quarter => "QTD",
            _ => "YTD",
        },
        ReturnWindowKind.TrailingMonths => string.Create(CultureInfo.InvariantCulture, $"{Months}M"),
        ReturnWindowKind.Since => string.Create(CultureInfo.InvariantCulture, $"since:{SinceDate:yyyy-MM-dd}"),
        _ => "inception",
    };

    /// <summary>The calendar cut-offs of the base and end closes for <paramref name="asOf"/> (see the type's remarks).</summary>
    /// <param name="asOf">The as-of date; the end cut-off is never after it.</param>
    /// <returns>The base and end cut-offs.</returns>
    public WindowBounds Resolve(DateOnly asOf)
    {
        switch (Kind)
        {
            case ReturnWindowKind.Period:
                return new WindowBounds(PeriodValue.Start.AddDays(-1), PeriodValue.End < asOf ? PeriodValue.End : asOf);
            case ReturnWindowKind.PeriodToDate:
                return new WindowBounds(Period.Containing(ToDateKind, asOf).Start.AddDays(-1), asOf);
            case ReturnWindowKind.TrailingMonths:
                return new WindowBounds(asOf.AddMonths(-Months), asOf);
            case ReturnWindowKind.Since:
                return new WindowBounds(SinceDate.AddDays(-1), asOf);
            default:
                return new WindowBounds(null, asOf);
        }
    }
}
