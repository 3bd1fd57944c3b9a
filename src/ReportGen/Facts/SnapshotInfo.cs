using ReportGen.Data;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Facts;

/// <summary>
/// The fundamentals snapshot in force on an edition's as-of date (template <c>fundamentals_snapshot</c>): the newest one dated on or
/// before it, however old, with its date and age, and whether it is recent enough for the fundamentals-based figures
/// (<see cref="SnapshotLookup.MaxAgeDays"/>). Lets a page state the snapshot's date, or say in one sentence that none is near.
/// </summary>
/// <param name="Date">The snapshot's as-of date (the US close its prices are).</param>
/// <param name="AgeDays">Calendar days from the snapshot's date to the edition's as-of date (a count, 0 or more).</param>
/// <param name="Usable">True when <see cref="AgeDays"/> is at most <see cref="SnapshotLookup.MaxAgeDays"/>: the edition's
/// market value, milestones, stress test and P/E figures use this snapshot; false: they have none.</param>
/// <param name="MaxAgeDays">The limit, <see cref="SnapshotLookup.MaxAgeDays"/> (a count).</param>
public sealed record SnapshotInfo(DateOnly Date, MetricValue AgeDays, bool Usable, MetricValue MaxAgeDays)
{
    /// <summary>The snapshot in force on <paramref name="asOf"/>, or null when no snapshot is dated on or before it.</summary>
    /// <param name="snapshots">Snapshots ascending by date (the edition's cut: none after its as-of date).</param>
    /// <param name="asOf">The edition's as-of date.</param>
    public static SnapshotInfo? For(IReadOnlyList<FundamentalsSnapshot> snapshots, DateOnly asOf)
    {
        if (SnapshotLookup.Latest(snapshots, asOf) is not { } s)
        {
            return null;
        }

        var age = asOf.DayNumber - s.AsOf.DayNumber;
        var input = $"days from the fundamentals snapshot of {s.AsOf:yyyy-MM-dd} to {asOf:yyyy-MM-dd}";
        return new SnapshotInfo(
            s.AsOf,
            new MetricValue(age, MetricUnit.Number, MetricNames.SnapshotAgeDays, "fundamentals", input, [s.SourceId], asOf),
            age <= SnapshotLookup.MaxAgeDays,
            new MetricValue(SnapshotLookup.MaxAgeDays, MetricUnit.Number, MetricNames.SnapshotMaxAgeDays, "fundamentals", "the engine's limit on a snapshot's age (SnapshotLookup.MaxAgeDays)", [s.SourceId], asOf));
    }
}
