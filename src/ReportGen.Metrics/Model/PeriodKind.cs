namespace ReportGen.Metrics.Model;

/// <summary>The calendar unit of a <see cref="Period"/>, and so the cadence of a report series.</summary>
public enum PeriodKind
{
    /// <summary>An ISO 8601 week, Monday to Sunday, written <c>2026-W14</c>.</summary>
    Week,

    /// <summary>A calendar month, written <c>2026-03</c>.</summary>
    Month,

    /// <summary>A calendar quarter, written <c>2026-Q1</c>.</summary>
    Quarter,

    /// <summary>A calendar year, written <c>2026</c>.</summary>
    Year,
}
