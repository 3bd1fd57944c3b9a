using System.Globalization;
using ReportGen.Data;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Valuation;

namespace ReportGen.Facts;

/// <summary>
/// The median trailing P/E of a set of companies (the members of one or more universes that are in the S&amp;P 500 snapshot)
/// against the median of the rest of the S&amp;P 500, in the edition's snapshot and in every earlier one: template
/// <c>valuation ["ai-leaders", "ai-software"]</c>. Figures are dated by their snapshot, cite it, and use
/// <see cref="ValuationPremium"/> and <see cref="MedianMultiple"/> (companies without a positive P/E left out).
/// </summary>
/// <remarks>
/// The set is the universes' members as of the edition's date, applied to every earlier snapshot too (so the history shows how
/// today's set was valued then, not a basket of that day). Share classes that repeat a company (<see cref="SnapshotSelector.DuplicateShareClasses"/>)
/// are left out of both sides.
/// </remarks>
public sealed class ValuationView
{
    private readonly EditionScope _scope;
    private readonly HashSet<string> _set;
    private readonly Lazy<IReadOnlyList<ValuationPoint>> _history;

    /// <summary>The view of the union of <paramref name="universes"/>' members in <paramref name="scope"/>.</summary>
    /// <param name="scope">The edition's facts.</param>
    /// <param name="universes">Universe names of data/universes.csv, at least one.</param>
    /// <exception cref="KeyNotFoundException">An unknown universe.</exception>
    /// <exception cref="ArgumentException">No universe given.</exception>
    public ValuationView(EditionScope scope, IReadOnlyList<string> universes)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(universes);
        if (universes.Count == 0)
        {
            throw new ArgumentException("valuation needs at least one universe", nameof(universes));
        }

        _scope = scope;
        Name = string.Join(" + ", universes);
        _set = [.. universes.SelectMany(u => scope.Universe(u).Members.Select(m => m.Ticker))];
        _history = new(() => [.. scope.Data.Fundamentals.Select(Point)]);
    }

    /// <summary>The universes joined with " + ", e.g. <c>ai-leaders + ai-software</c>.</summary>
    public string Name { get; }

    /// <summary>True when the edition has a usable snapshot (at most <see cref="SnapshotSelector.MaxAgeDays"/> days old).</summary>
    public bool HasSnapshot => _scope.Snapshot is not null;

    /// <summary>Every snapshot dated on or before the edition's as-of date, oldest first, as a point of the history.</summary>
    public IReadOnlyList<ValuationPoint> History => _history.Value;

    /// <summary>The point of the edition's own snapshot.</summary>
    /// <exception cref="InsufficientDataException">No usable snapshot for the edition.</exception>
    public ValuationPoint Latest => _scope.Snapshot is { } s
        ? History.Single(p => p.Date == s.AsOf)
        : throw new InsufficientDataException(MetricNames.MedianPe, Name, $"a fundamentals snapshot dated within {SnapshotSelector.MaxAgeDays} days before {_scope.AsOf:yyyy-MM-dd}");

    /// <summary>The point before <see cref="Latest"/>, or null when the edition's snapshot is the first.</summary>
    public ValuationPoint? Previous => History.TakeWhile(p => p.Date < Latest.Date).LastOrDefault();

    /// <summary>The oldest point.</summary>
    /// <exception cref="InsufficientDataException">No snapshot at all.</exception>
    public ValuationPoint First => History.Count > 0 ? History[0] : throw new InsufficientDataException(MetricNames.MedianPe, Name, "a fundamentals snapshot");

    /// <summary>The point with the highest premium (ties: the earliest).</summary>
    public ValuationPoint Highest => History.Single(p => ReferenceEquals(p.Comparison, ValuationPremium.Highest([.. History.Select(h => h.Comparison)])));

    /// <summary>The point with the lowest premium (ties: the earliest).</summary>
    public ValuationPoint Lowest => History.Single(p => ReferenceEquals(p.Comparison, ValuationPremium.Lowest([.. History.Select(h => h.Comparison)])));

    /// <summary>Points in the history (a count).</summary>
    public MetricValue Snapshots => new(History.Count, MetricUnit.Number, MetricNames.FundamentalsSnapshots, Name, "fundamentals snapshots dated on or before " + _scope.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Sources(History), _scope.AsOf);

    /// <summary>Tickers of the set that are not in the edition's snapshot (not S&amp;P 500 members there), in ordinal order.</summary>
    public IReadOnlyList<string> NotInSnapshot => _scope.Snapshot is { } s ? [.. _set.Where(t => !s.Companies.ContainsKey(t)).Order(StringComparer.Ordinal)] : [.. _set.Order(StringComparer.Ordinal)];

    /// <summary>The longest stretch between two consecutive snapshots of the history, in calendar days (a count; 0 with one snapshot).</summary>
    public MetricValue LongestGapDays => new(LongestGap().Days, MetricUnit.Number, MetricNames.SnapshotGapDays, Name, Inv($"calendar days from {LongestGap().From:yyyy-MM-dd} to {LongestGap().To:yyyy-MM-dd}, the longest stretch between two snapshots"), Sources(History), _scope.AsOf);

    /// <summary>The snapshot that opens the longest stretch (<see cref="LongestGapDays"/>).</summary>
    public DateOnly LongestGapFrom => LongestGap().From;

    /// <summary>The snapshot that closes the longest stretch.</summary>
    public DateOnly LongestGapTo => LongestGap().To;

    /// <summary>Points dated before the edition's own snapshot (a count).</summary>
    public MetricValue EarlierSnapshots => new(History.Count(p => p.Date < Latest.Date), MetricUnit.Number, MetricNames.FundamentalsSnapshots, Name, "fundamentals snapshots dated before " + Latest.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Sources(History), _scope.AsOf);

    /// <summary>The premium's change from <see cref="First"/> to <see cref="Latest"/>, in percentage points.</summary>
    public MetricValue ChangeSinceFirst => Change(Latest, First);

    /// <summary>The premium's change from <see cref="Previous"/> to <see cref="Latest"/>, in percentage points.</summary>
    /// <exception cref="InsufficientDataException">No earlier snapshot.</exception>
    public MetricValue ChangeSincePrevious => Previous is { } p ? Change(Latest, p) : throw new InsufficientDataException(ValuationPremium.Name, Name, "an earlier snapshot");

    private (int Days, DateOnly From, DateOnly To) LongestGap()
    {
        var best = (Days: 0, From: First.Date, To: First.Date);
        for (var i = 1; i < History.Count; i++)
        {
            var days = History[i].Date.DayNumber - History[i - 1].Date.DayNumber;
            if (days > best.Days)
            {
                best = (days, History[i - 1].Date, History[i].Date);
            }
        }

        return best;
    }

    private MetricValue Change(ValuationPoint later, ValuationPoint earlier) =>
        new(ValuationPremium.Change(later.Comparison, earlier.Comparison), MetricUnit.PercentagePoints, MetricNames.ValuationPremiumChange, Name,
            Inv($"premium {later.Comparison.Premium:0.######} on {later.Date:yyyy-MM-dd} minus {earlier.Comparison.Premium:0.######} on {earlier.Date:yyyy-MM-dd}"),
            Sources([later, earlier]), later.Date);

    private ValuationPoint Point(FundamentalsSnapshot s)
    {
        var companies = s.Companies.Values.Where(c => !SnapshotSelector.DuplicateShareClasses.Contains(c.Ticker))
            .OrderBy(c => c.Ticker, StringComparer.Ordinal).Select(c => new MultipleObservation(c.Ticker, c.PriceToEarnings)).ToList();
        return new ValuationPoint(ValuationPremium.Compare(s.AsOf, companies, _set, Name), Name, s.SourceId, companies.Where(c => _set.Contains(c.Ticker)).ToList());
    }

    private static List<string> Sources(IEnumerable<ValuationPoint> points) => [.. points.Select(p => p.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One snapshot of a <see cref="ValuationView"/>: both medians, the premium and the counts, each a figure dated by the snapshot.</summary>
public sealed class ValuationPoint
{
    private readonly string _name;
    private readonly IReadOnlyList<MultipleObservation> _members;

    internal ValuationPoint(PeComparison comparison, string name, string sourceId, IReadOnlyList<MultipleObservation> members)
    {
        Comparison = comparison;
        _name = name;
        SourceId = sourceId;
        _members = members;
    }

    /// <summary>The computed comparison (<see cref="ValuationPremium.Compare"/>).</summary>
    public PeComparison Comparison { get; }

    /// <summary>The snapshot's data set id (data/sources.yml).</summary>
    public string SourceId { get; }

    /// <summary>The snapshot's as-of date.</summary>
    public DateOnly Date => Comparison.AsOf;

    /// <summary>Median trailing P/E of the set's members with a positive P/E (multiple).</summary>
    public MetricValue MedianPe => Mv(Comparison.Inside.Median, MetricUnit.Multiple, MetricNames.MedianPe, Inv($"median trailing P/E of {Comparison.Inside.Included} S&P 500 members of {_name} ({Comparison.Inside.Excluded.Count} without a positive P/E left out)"));

    /// <summary>Median trailing P/E of the other S&amp;P 500 companies with a positive P/E (multiple).</summary>
    public MetricValue RestMedianPe => Mv(Comparison.Rest.Median, MetricUnit.Multiple, MetricNames.MedianPeRestOfIndex, Inv($"median trailing P/E of {Comparison.Rest.Included} S&P 500 companies outside {_name} ({Comparison.Rest.Excluded.Count} without a positive P/E left out)"));

    /// <summary>The premium, median over rest minus one (fraction; negative is a discount).</summary>
    public MetricValue Premium => Mv(Comparison.Premium, MetricUnit.Fraction, MetricNames.ValuationPremium, Inv($"{Comparison.Inside.Median:0.####} / {Comparison.Rest.Median:0.####} - 1"));

    /// <summary>How far the set's median P/E would have to fall, at unchanged trailing earnings, to equal the rest's median:
    /// 1 − rest median / set median (a fraction, between 0 and 1). It is the premium read from the other side: a premium p
    /// closes by a fall of p / (1 + p) in price, or by earnings growth p above the rest's at unchanged prices.</summary>
    /// <exception cref="InsufficientDataException">The set trades at or below the rest's median (no premium to close).</exception>
    public MetricValue FallToRestMedian => Comparison.Premium > 0
        ? Mv(1 - (Comparison.Rest.Median / Comparison.Inside.Median), MetricUnit.Fraction, MetricNames.MultipleFallToRestMedian, Inv($"1 - {Comparison.Rest.Median:0.####} / {Comparison.Inside.Median:0.####}"))
        : throw new InsufficientDataException(MetricNames.MultipleFallToRestMedian, _name, "a median P/E above the rest of the index's (a premium to close)");

    /// <summary>The set's members in the snapshot (a count).</summary>
    public MetricValue Members => Mv(Comparison.Inside.Included + Comparison.Inside.Excluded.Count, MetricUnit.Number, MetricNames.MembersInSnapshot, $"members of {_name} in the S&P 500 snapshot");

    /// <summary>The other S&amp;P 500 companies in the snapshot, with or without a positive P/E (a count).</summary>
    public MetricValue RestCount => Mv(Comparison.Rest.Included + Comparison.Rest.Excluded.Count, MetricUnit.Number, MetricNames.RestOfIndexCompanies, $"S&P 500 companies outside {_name} in the snapshot, one share class each");

    /// <summary>The set's members without a positive P/E, left out of its median (a count).</summary>
    public MetricValue Unprofitable => Mv(Comparison.Inside.Excluded.Count, MetricUnit.Number, MetricNames.MembersWithoutPositivePe, $"members of {_name} with a missing, zero or negative P/E: {string.Join(", ", Comparison.Inside.Excluded)}");

    /// <summary>Tickers of the members without a positive P/E, in ordinal order.</summary>
    public IReadOnlyList<string> UnprofitableTickers => Comparison.Inside.Excluded;

    /// <summary>The set's members whose P/E is above the rest's median (a count; members without a positive P/E are not).</summary>
    public MetricValue AboveRest => Mv(_members.Count(m => m.Value is { } v && v > Comparison.Rest.Median && double.IsFinite(v)), MetricUnit.Number, MetricNames.MembersAboveRestMedianPe, Inv($"members of {_name} with a P/E above the rest's median {Comparison.Rest.Median:0.####}"));

    /// <summary>The set's members with a P/E of at least twice the rest's median (a count).</summary>
    public MetricValue AboveTwiceRest => Mv(_members.Count(m => m.Value is { } v && v >= 2 * Comparison.Rest.Median && double.IsFinite(v)), MetricUnit.Number, MetricNames.MembersAtTwiceRestMedianPe, Inv($"members of {_name} with a P/E at least 2 x the rest's median {Comparison.Rest.Median:0.####}"));

    private MetricValue Mv(double value, MetricUnit unit, string metric, string inputs) => new(value, unit, metric, _name, inputs, [SourceId], Date);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
