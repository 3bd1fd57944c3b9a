using ReportGen.Data;

namespace ReportGen.Facts;

/// <summary>
/// Point-in-time membership of a universe as a template sees it: when the basket's members on the edition's date were
/// decided, and whether that was after the date (a basket applied back in time, chosen with hindsight).
/// Source: the <c>start</c>, <c>end</c> and <c>defined</c> columns of data/universes.csv (docs/universes.md).
/// </summary>
public sealed partial class UniverseView
{
    private IReadOnlyList<UniverseMembership> MembershipsToday =>
        _scope.Data.Universes.TryGetValue(Name, out var u) ? u.MembershipsOn(_scope.AsOf) : [];

    /// <summary>True when data/universes.csv gives the day the membership of the edition's members was decided.</summary>
    public bool HasDefined => MembershipsToday.Any(m => m.Defined is not null);

    /// <summary>The day the basket as it stood on the edition's date was decided: the latest <c>defined</c> date of the
    /// members on that date. Null when the file gives none (<see cref="HasDefined"/>).</summary>
    public DateOnly? Defined => MembershipsToday.Select(m => m.Defined).Where(d => d is not null).Max();

    /// <summary>True when the basket was decided after the edition's as-of date: its members on that date were picked later,
    /// knowing how they went on to perform, so its returns for that edition are not what a reader could have seen then.</summary>
    public bool DefinedWithHindsight => Defined is { } d && d > _scope.AsOf;

    /// <summary>True when the universe has start or end dates, so its members depend on the edition's date.</summary>
    public bool IsPointInTime => _scope.Data.Universes.TryGetValue(Name, out var u) && u.IsDated;

    /// <summary>Tickers that joined the basket on or after the first day of the edition's period and are members on its as-of
    /// date, in data/universes.csv order (empty for a universe without dates).</summary>
    public IReadOnlyList<string> JoinedInPeriod =>
        [.. MembershipsToday.Where(m => m.Start is { } s && s >= _scope.Period.Start).Select(m => m.Ticker).Distinct(StringComparer.Ordinal)];

    /// <summary>The date of the newest S&amp;P 500 fundamentals snapshot on or before the edition's as-of date, however old (a
    /// snapshot older than <see cref="SnapshotSelector.MaxAgeDays"/> is not used for figures); null when there is none. A page
    /// uses it to say why its market-value sections are left out.</summary>
    public DateOnly? NewestSnapshot => _scope.Data.Fundamentals.Count > 0 ? _scope.Data.Fundamentals[^1].AsOf : null;
}
