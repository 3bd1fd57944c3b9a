namespace ReportGen.Data;

/// <summary>A named set of securities from <c>data/universes.csv</c>.</summary>
/// <param name="Name">The universe's key, e.g. <c>ai-leaders</c>.</param>
/// <param name="Members">Tickers in file order. In the full data: every ticker that is a member on some day; in a
/// <see cref="MarketDataCut"/>: the members on the cut's as-of date (<see cref="AsOf"/>).</param>
/// <param name="Weights">Optional fixed weights (fractions) by ticker; empty when the universe is equal- or cap-weighted by the metric.</param>
public sealed record Universe(string Name, IReadOnlyList<string> Members, IReadOnlyDictionary<string, double> Weights)
{
    /// <summary>The membership rows in file order, each with its dates (point-in-time membership). Empty for a universe
    /// built in code; a universe read from data/universes.csv has one entry per row.</summary>
    public IReadOnlyList<UniverseMembership> Memberships { get; init; } = [];

    /// <summary>True when some membership row has a <c>start</c> or <c>end</c> date, so the members depend on the date.</summary>
    public bool IsDated => Memberships.Any(m => m.Start is not null || m.End is not null);

    /// <summary>The universe as it stood on <paramref name="date"/>: the members whose membership covers that day (start and
    /// end inclusive), in file order, and their weights. A universe without dates is returned as is.</summary>
    /// <param name="date">The day, usually an edition's as-of date.</param>
    /// <returns>The members on that day, with <see cref="Memberships"/> kept whole (the history stays readable).</returns>
    public Universe AsOf(DateOnly date)
    {
        if (!IsDated)
        {
            return this;
        }

        var active = Memberships.Where(m => m.Covers(date)).Select(m => m.Ticker).Distinct(StringComparer.Ordinal).ToList();
        var weights = Weights.Where(w => active.Contains(w.Key, StringComparer.Ordinal)).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal);
        return this with { Members = active, Weights = weights };
    }

    /// <summary>The membership rows that cover <paramref name="date"/>, in file order.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The rows; every row when the universe has no dates.</returns>
    public IReadOnlyList<UniverseMembership> MembershipsOn(DateOnly date) => [.. Memberships.Where(m => m.Covers(date))];
}

/// <summary>One row of <c>data/universes.csv</c>: a ticker's membership of a universe over a date range.</summary>
/// <param name="Ticker">The member.</param>
/// <param name="Start">First day of membership (inclusive); null when the membership reaches back without limit.</param>
/// <param name="End">Last day of membership (inclusive); null while the ticker is still a member.</param>
/// <param name="Defined">The day the membership was decided (the <c>defined</c> column); null when the file does not say.
/// A <paramref name="Defined"/> later than <paramref name="Start"/> means the membership was applied back in time, chosen
/// with hindsight.</param>
public sealed record UniverseMembership(string Ticker, DateOnly? Start, DateOnly? End, DateOnly? Defined)
{
    /// <summary>True when the membership covers <paramref name="date"/> (start and end inclusive, open ends unlimited).</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether the ticker is a member that day.</returns>
    public bool Covers(DateOnly date) => (Start is not { } s || s <= date) && (End is not { } e || date <= e);

    /// <summary>True when this row and <paramref name="other"/> share at least one day.</summary>
    /// <param name="other">Another membership row.</param>
    /// <returns>Whether the ranges overlap.</returns>
    public bool Overlaps(UniverseMembership other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var startsBeforeOtherEnds = Start is not { } s || other.End is not { } oe || s <= oe;
        var otherStartsBeforeThisEnds = other.Start is not { } os || End is not { } e || os <= e;
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
