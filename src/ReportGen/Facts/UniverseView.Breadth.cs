using System.Globalization;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Returns;

namespace ReportGen.Facts;

/// <summary>
/// Breadth of a universe against the edition's benchmark (<see cref="EditionScope.Benchmark"/>) beyond the period's
/// return: over the trailing 12 months, on volatility and on return per unit of risk, and each member's rank. The
/// year-long measures count only the members with 12 months of adjusted closes (<see cref="WithYear"/>), so a fund
/// listed less than a year ago is left out of them rather than failing the edition. The benchmark is never counted.
/// </summary>
public sealed partial class UniverseView
{
    private const string MedianGapMetric = MetricNames.MedianGap;
    private const string MembersWithYearMetric = MetricNames.MembersWith12m;
    private const string CountBeating12mMetric = MetricNames.CountBeating12m;
    private const string MedianReturn12mMetric = MetricNames.MedianReturn12m;
    private const string MedianCurrentDrawdownMetric = MetricNames.MedianCurrentDrawdown;
    private const string CountMoreVolatileMetric = MetricNames.CountMoreVolatile;
    private const string CountBetterReturnPerRiskMetric = MetricNames.CountBetterReturnPerRisk;
    private const string RankMetric = MetricNames.Rank;

    /// <summary>True when every member has a year-to-date base close, so <see cref="Ytd"/> has a value.</summary>
    public bool HasYtd => Has(() => Ytd);

    /// <summary>True when every member has 12 months of adjusted closes, so <see cref="Trailing12m"/> has a value.</summary>
    public bool HasTrailing12m => Has(() => Trailing12m);

    /// <summary>The median member's period total return minus the benchmark's (percentage points as a fraction: 0.012 =
    /// 1.2 pp): positive when the median member beat the benchmark. A metric of its own so that <c>streak u "median_gap"
    /// ">" 0</c> can count the editions in a row in which the median member beat it.</summary>
    /// <exception cref="InsufficientDataException">A member or the benchmark lacks data.</exception>
    public MetricValue MedianGap => Get(nameof(MedianGap), () =>
    {
        var median = MedianReturn;
        var b = BenchmarkView().PeriodReturn;
        return Mv(median.Value - b.Value, MetricUnit.PercentagePoints, MedianGapMetric, Inv($"median member total return {median.Value:0.######} minus {b.Subject} total return {b.Value:0.######} over {_scope.Period}"), median.SourceIds.Concat(b.SourceIds), median.AsOf > b.AsOf ? median.AsOf : b.AsOf);
    });

    /// <summary>Number of ranked members with 12 months of adjusted closes (a trailing 12-month return, volatility and
    /// drawdown): the members the year-long counts below are taken over.</summary>
    public MetricValue WithYear => Get(nameof(WithYear), () =>
        Mv(YearMembers().Count, MetricUnit.Number, MembersWithYearMetric, Inv($"members of {Name} with 12 months of adjusted closes to {_scope.AsOf:yyyy-MM-dd}"), YearSources(), _scope.AsOf));

    /// <summary>Number of members with 12 months of closes whose trailing 12-month total return is above the benchmark's.</summary>
    /// <exception cref="InsufficientDataException">The benchmark lacks 12 months of closes.</exception>
    public MetricValue Beating12m => Get(nameof(Beating12m), () =>
    {
        var b = BenchmarkView().Trailing12m;
        var n = YearMembers().Count(m => m.Trailing12m.Value > b.Value);
        return Mv(n, MetricUnit.Number, CountBeating12mMetric, Inv($"members of {Name} with a trailing 12-month total return above {b.Subject}'s {b.Value:0.######} (of {YearMembers().Count} with 12 months of closes)"), YearSources().Concat(b.SourceIds), b.AsOf);
    });

    /// <summary>Median trailing 12-month total return of the members with 12 months of closes (fraction; Hyndman and Fan
    /// type 7, as <see cref="MedianReturn"/>).</summary>
    /// <exception cref="InsufficientDataException">No member has 12 months of closes.</exception>
    public MetricValue MedianTrailing12m => Get(nameof(MedianTrailing12m), () =>
    {
        var members = YearMembers();
        var median = Metrics.Universes.ReturnDispersion.Median([.. members.Select(m => new PeriodReturn(m.Ticker, m.Trailing12m.Value, default, 0, m.Trailing12m.AsOf, 0))], Name);
        return Mv(median, MetricUnit.Fraction, MedianReturn12mMetric, Inv($"median of {members.Count} members' trailing 12-month total returns"), YearSources(), _scope.AsOf);
    });

    /// <summary>Median current drawdown of the members with 12 months of closes: how far the middle member's as-of close
    /// stood below its 12-month high (fraction, zero or negative; <see cref="SecurityView.CurrentDrawdown"/>).</summary>
    /// <exception cref="InsufficientDataException">No member has 12 months of closes.</exception>
    public MetricValue MedianCurrentDrawdown => Get(nameof(MedianCurrentDrawdown), () =>
    {
        var members = YearMembers();
        var median = Metrics.Universes.ReturnDispersion.Median([.. members.Select(m => new PeriodReturn(m.Ticker, m.CurrentDrawdown.Value, default, 0, m.CurrentDrawdown.AsOf, 0))], Name);
        return Mv(median, MetricUnit.Fraction, MedianCurrentDrawdownMetric, Inv($"median of {members.Count} members' as-of close against their 12-month high"), YearSources(), _scope.AsOf);
    });

    /// <summary>Number of members with 12 months of closes whose annualized volatility is above the benchmark's.</summary>
    /// <exception cref="InsufficientDataException">The benchmark lacks 12 months of closes.</exception>
    public MetricValue MoreVolatile => Get(nameof(MoreVolatile), () =>
    {
        var b = BenchmarkView().Volatility;
        var n = YearMembers().Count(m => m.Volatility.Value > b.Value);
        return Mv(n, MetricUnit.Number, CountMoreVolatileMetric, Inv($"members of {Name} with a 12-month annualized volatility above {b.Subject}'s {b.Value:0.######} (of {YearMembers().Count} with 12 months of closes)"), YearSources().Concat(b.SourceIds), b.AsOf);
    });

    /// <summary>Number of members with 12 months of closes whose return per unit of risk
    /// (<see cref="SecurityView.ReturnPerRisk"/>) is above the benchmark's.</summary>
    /// <exception cref="InsufficientDataException">The benchmark lacks 12 months of closes.</exception>
    public MetricValue BetterReturnPerRisk => Get(nameof(BetterReturnPerRisk), () =>
    {
        var b = BenchmarkView().ReturnPerRisk;
        var n = YearMembers().Count(m => m.ReturnPerRisk.Value > b.Value);
        return Mv(n, MetricUnit.Number, CountBetterReturnPerRiskMetric, Inv($"members of {Name} with a 12-month return per unit of risk above {b.Subject}'s {b.Value:0.####} (of {YearMembers().Count} with 12 months of closes)"), YearSources().Concat(b.SourceIds), b.AsOf);
    });

    /// <summary>The members in the order of <see cref="Leaders"/>, each with its place as a count figure (1 = highest period
    /// total return). Match a member across editions by <see cref="RankView.Ticker"/>.</summary>
    /// <exception cref="InsufficientDataException">A member lacks data.</exception>
    public IReadOnlyList<RankView> Ranks => Get(nameof(Ranks), () =>
    {
        var leaders = Leaders;
        return (IReadOnlyList<RankView>)[.. leaders.Select((m, i) => new RankView(m, Mv(i + 1, MetricUnit.Number, RankMetric, Inv($"place {i + 1} of {leaders.Count} members of {Name} by {_scope.Period} total return, highest first (ties by ticker)"), m.PeriodReturn.SourceIds, m.PeriodReturn.AsOf) with { Subject = m.Ticker }))];
    });

    // The ranked members with a trailing 12-month return, volatility, drawdown and return per unit of risk.
    private List<SecurityView> YearMembers() => Get("year_members", () => RankedMembers.Where(m => m.HasTrailing12m && m.HasRisk && m.HasReturnPerRisk).ToList());

    private IEnumerable<string> YearSources() => YearMembers().SelectMany(m => m.Trailing12m.SourceIds);

    private SecurityView BenchmarkView() => _scope.Security(_scope.Benchmark);

    private static bool Has(Func<MetricValue> compute)
    {
        try
        {
            _ = compute();
            return true;
        }
        catch (InsufficientDataException)
        {
            return false;
        }
    }
}
