namespace ReportGen.Metrics.Model;

/// <summary>How a <see cref="ReturnWindow"/> picks its base close and its end close.</summary>
public enum ReturnWindowKind
{
    /// <summary>A whole calendar <see cref="Model.Period"/>, cut at the as-of date: base = last close before the period.</summary>
    Period,

    /// <summary>Week-, month-, quarter- or year-to-date: the period containing the as-of date (WTD, MTD, QTD, YTD).</summary>
    PeriodToDate,

    /// <summary>Trailing N calendar months (1M, 3M, 6M, 12M): base = last close on or before as-of minus N months.</summary>
    TrailingMonths,

    /// <summary>Since a calendar date: base = last close before that date.</summary>
    Since,

    /// <summary>Since the first close in the series.</summary>
    Inception,
}
