using ReportGen.Data;

namespace ReportGen.Facts;

/// <summary>Picks the fundamentals snapshot an edition may use: the newest one on or before its as-of date, if recent enough.</summary>
public static class SnapshotSelector
{
    /// <summary>How old a snapshot may be, in calendar days before the as-of date, and still describe it.</summary>
    public const int MaxAgeDays = 10;

    /// <summary>Tickers that repeat another share class's whole-company market capitalization in the S&amp;P 500 snapshots
    /// (GOOG duplicates GOOGL, FOX duplicates FOXA, NWS duplicates NWSA); left out of index totals so a company counts once.</summary>
    public static IReadOnlySet<string> DuplicateShareClasses { get; } = new HashSet<string>(StringComparer.Ordinal) { "GOOG", "FOX", "NWS" };

    /// <summary>The newest snapshot dated on or before <paramref name="asOf"/> and at most <see cref="MaxAgeDays"/> earlier, or null.</summary>
    /// <param name="snapshots">Snapshots, ascending by date.</param>
    /// <param name="asOf">The edition's as-of date.</param>
    public static FundamentalsSnapshot? For(IReadOnlyList<FundamentalsSnapshot> snapshots, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var best = snapshots.LastOrDefault(s => s.AsOf <= asOf);
        return best is not null && asOf.DayNumber - best.AsOf.DayNumber <= MaxAgeDays ? best : null;
    }
}
