namespace ReportGen.Metrics.Model;

/// <summary>
/// How far apart two consecutive closes may be before the data counts as having a gap, and how stale a close may be
/// when it stands in for a cut-off date.
/// </summary>
/// <remarks>
/// Seven calendar days covers every NYSE closure since 2001: a weekend plus a Monday holiday is 3-4 days,
/// Hurricane Sandy (2012-10-26 to 2012-10-31) 5 days, and the September 11 closure (2001-09-10 to 2001-09-17) 7 days.
/// Anything longer means rows are missing, and a metric on it would silently span the hole.
/// </remarks>
public static class GapPolicy
{
    /// <summary>The most calendar days allowed between consecutive closes, and between a cut-off date and the close used for it.</summary>
    public const int MaxCalendarDays = 7;
}
