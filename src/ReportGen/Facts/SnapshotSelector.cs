using ReportGen.Data;

namespace ReportGen.Facts;

/// <summary>Picks the fundamentals snapshot an edition may use: the newest one on or before its as-of date, if recent enough.</summary>
public static class SnapshotSelector
{
    /// <summary>How old a snapshot may be, in calendar days before the as-of date, and still describe it.</summary>
    public const int MaxAgeDays = SnapshotLookup.MaxAgeDays;

    /// <summary>Tickers that repeat another share class's whole-company market capitalization in the S&amp;P 500 snapshots
    /// (GOOG duplicates GOOGL, FOX duplicates FOXA, NWS duplicates NWSA); left out of index totals so a company counts once.</summary>
    public static IReadOnlySet<string> DuplicateShareClasses { get; } = new HashSet<string>(StringComparer.Ordinal) { "GOOG", "FOX", "NWS" };

    /// <summary>The newest snapshot in <paramref name="data"/> (so dated on or before its as-of date) if it is at most
    /// <see cref="MaxAgeDays"/> older than that date, else null.</summary>
    /// <param name="data">The market data cut at the edition's as-of date.</param>
    public static FundamentalsSnapshot? For(MarketDataCut data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var best = data.Fundamentals.Count > 0 ? data.Fundamentals[^1] : null;
        return best is not null && data.AsOf.DayNumber - best.AsOf.DayNumber <= MaxAgeDays ? best : null;
    }
}
