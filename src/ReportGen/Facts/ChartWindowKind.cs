namespace ReportGen.Facts;

/// <summary>How a <see cref="ChartWindow"/> picks its first day.</summary>
public enum ChartWindowKind
{
    /// <summary><c>period</c>: the edition's period (e.g. 2026-Q2), to its as-of date.</summary>
    Period,

    /// <summary><c>ytd</c>: from January 1 of the as-of date's year.</summary>
    YearToDate,

    /// <summary><c>1y</c>: the trailing year to the as-of date.</summary>
    OneYear,

    /// <summary><c>3y</c>: the trailing three years to the as-of date.</summary>
    ThreeYears,

    /// <summary><c>since:yyyy-MM-dd</c>: from a fixed date.</summary>
    Since,
}
