namespace ReportGen.Data;

/// <summary>Finds the fundamentals snapshot in force on a date: the newest one dated on or before it (never a later one, which
/// would use prices the date did not know).</summary>
public static class SnapshotLookup
{
    /// <summary>How old a snapshot may be, in calendar days before a date, and still describe it (the engine's rule for every
    /// fundamentals-based figure; <c>Facts.SnapshotSelector.MaxAgeDays</c> is this value).</summary>
    public const int MaxAgeDays = 10;

    /// <summary>The newest snapshot dated on or before <paramref name="date"/>, however old, or null when none is.</summary>
    /// <param name="snapshots">Snapshots ascending by as-of date (<see cref="MarketData.Fundamentals"/>).</param>
    /// <param name="date">The date, e.g. an edition's as-of date.</param>
    public static FundamentalsSnapshot? Latest(IReadOnlyList<FundamentalsSnapshot> snapshots, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        FundamentalsSnapshot? best = null;
        foreach (var s in snapshots)
        {
            if (s.AsOf <= date && (best is null || s.AsOf > best.AsOf))
            {
                best = s;
            }
        }

        return best;
    }

    /// <summary>The snapshot <see cref="Latest"/> finds if it is at most <see cref="MaxAgeDays"/> older than <paramref name="date"/>,
    /// else null.</summary>
    /// <param name="snapshots">Snapshots ascending by as-of date.</param>
    /// <param name="date">The date.</param>
    public static FundamentalsSnapshot? Usable(IReadOnlyList<FundamentalsSnapshot> snapshots, DateOnly date) =>
        Latest(snapshots, date) is { } s && date.DayNumber - s.AsOf.DayNumber <= MaxAgeDays ? s : null;
}
