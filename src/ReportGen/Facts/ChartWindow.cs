using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ReportGen.Config;
using ReportGen.Metrics.Model;

namespace ReportGen.Facts;

/// <summary>
/// The time span a declared chart covers (<c>window:</c> in front matter): <c>period</c>, <c>ytd</c>, <c>1y</c>, <c>3y</c> or
/// <c>since:yyyy-MM-dd</c>. Each starts at the last close before its first day, so an indexed line's 100 is that close.
/// </summary>
/// <param name="Kind">How the first day is picked.</param>
/// <param name="Since">The first day, for <see cref="ChartWindowKind.Since"/>; default otherwise.</param>
public sealed record ChartWindow(ChartWindowKind Kind, DateOnly Since = default)
{
    /// <summary>What a diagnostic lists as accepted: <c>period, ytd, 1y, 3y or since:yyyy-MM-dd</c>.</summary>
    public const string Expected = "period, ytd, 1y, 3y or since:yyyy-MM-dd";

    /// <summary>The edition's period: the default when a declaration has no <c>window:</c>.</summary>
    public static ChartWindow Period { get; } = new(ChartWindowKind.Period);

    /// <summary>Reads a front-matter value.</summary>
    /// <param name="text">The value of <c>window:</c>, e.g. <c>1y</c> or <c>since:2023-12-29</c>.</param>
    /// <param name="window">The window, when the text is one of <see cref="Expected"/> (with a real date).</param>
    /// <returns>True when the text is a window.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ChartWindow? window)
    {
        window = text switch
        {
            "period" => Period,
            "ytd" => new ChartWindow(ChartWindowKind.YearToDate),
            "1y" => new ChartWindow(ChartWindowKind.OneYear),
            "3y" => new ChartWindow(ChartWindowKind.ThreeYears),
            _ when text is not null && text.StartsWith("since:", StringComparison.Ordinal)
                && DateOnly.TryParseExact(text[6..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => new ChartWindow(ChartWindowKind.Since, d),
            _ => null,
        };
        return window is not null;
    }

    /// <summary>The first calendar day of the window for an edition.</summary>
    /// <param name="period">The edition's period.</param>
    /// <param name="asOf">The edition's as-of date.</param>
    /// <returns>The day; the window's base is the last close before it.</returns>
    public DateOnly Start(Period period, DateOnly asOf) => Kind switch
    {
        ChartWindowKind.Period => period.Start,
        ChartWindowKind.YearToDate => new DateOnly(asOf.Year, 1, 1),
        ChartWindowKind.OneYear => asOf.AddYears(-1).AddDays(1),
        ChartWindowKind.ThreeYears => asOf.AddYears(-3).AddDays(1),
        _ => Since,
    };

    /// <summary>The window as a metric window: the calendar period for <see cref="ChartWindowKind.Period"/>, else since <see cref="Start"/>.</summary>
    /// <param name="period">The edition's period.</param>
    /// <param name="asOf">The edition's as-of date.</param>
    /// <returns>A window for the metric functions.</returns>
    public ReturnWindow ToReturnWindow(Period period, DateOnly asOf) =>
        Kind == ChartWindowKind.Period ? ReturnWindow.For(period) : ReturnWindow.Since(Start(period, asOf));

    /// <summary>Words for the span in alt text and captions, e.g. "Q2 2026", "2026 to date", "the past year", "since Dec 30, 2023".</summary>
    /// <param name="period">The edition's period.</param>
    /// <param name="asOf">The edition's as-of date.</param>
    /// <param name="culture">The site's culture for the date of "since"; English when null.</param>
    /// <returns>The label.</returns>
    public string Label(Period period, DateOnly asOf, SiteCulture? culture = null) => Kind switch
    {
        ChartWindowKind.Period => period.Label,
        ChartWindowKind.YearToDate => $"{asOf.Year.ToString(CultureInfo.InvariantCulture)} to date",
        ChartWindowKind.OneYear => "the past year",
        ChartWindowKind.ThreeYears => "the past three years",
        _ => $"since {Formats.Date(Since, culture)}",
    };

    /// <summary>The front-matter spelling, e.g. <c>since:2023-12-29</c>.</summary>
    /// <returns>The text <see cref="TryParse"/> reads back.</returns>
    public override string ToString() => Kind switch
    {
        ChartWindowKind.Period => "period",
        ChartWindowKind.YearToDate => "ytd",
        ChartWindowKind.OneYear => "1y",
        ChartWindowKind.ThreeYears => "3y",
        _ => "since:" + Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
