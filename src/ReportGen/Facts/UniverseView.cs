using ReportGen.Data;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Project;

namespace ReportGen.Facts;

/// <summary>
/// A universe as a template sees it (<c>universe "ai-leaders"</c>): its members and its equal-weight returns as of the edition.
/// </summary>
public sealed partial class UniverseView
{
    private readonly Lazy<MetricValue> _period;
    private readonly Lazy<MetricValue> _ytd;

    private readonly EditionScope _scope;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _values = new(StringComparer.Ordinal);

    internal UniverseView(EditionScope scope, Universe universe)
    {
        _scope = scope;
        Name = universe.Name;
        Members = [.. universe.Members.Select(scope.Security)];
        var file = scope.Data.FileSources.GetValueOrDefault(ProjectLayout.UniversesFile, "universes");
        Size = new MetricValue(Members.Count, MetricUnit.Number, MetricNames.MemberCount, universe.Name, $"members listed in data/universes.csv for {universe.Name}", [file], scope.AsOf);
        _period = new(() => scope.EqualWeightOf(this, scope.Period, MetricNames.EqualWeightReturn));
        _ytd = new(() => scope.EqualWeightOf(this, Period.Containing(PeriodKind.Year, scope.AsOf), MetricNames.EqualWeightReturnYtd));
    }

    /// <summary>The universe's key, e.g. <c>ai-leaders</c>.</summary>
    public string Name { get; }

    /// <summary>The members, in data/universes.csv order.</summary>
    public IReadOnlyList<SecurityView> Members { get; }

    /// <summary>Number of members, as a figure-ready count (source: the universes data set).</summary>
    public MetricValue Size { get; }

    /// <summary>Equal-weight total return over the edition's period (fraction).</summary>
    /// <exception cref="InsufficientDataException">A member lacks data.</exception>
    public MetricValue PeriodReturn => _period.Value;

    /// <summary>Equal-weight total return year to date (fraction).</summary>
    /// <exception cref="InsufficientDataException">A member lacks data.</exception>
    public MetricValue Ytd => _ytd.Value;

    /// <summary>Members sorted by their period total return, best first (ties by ticker, ordinal); the edition's
    /// benchmarks (<see cref="EditionScope.Benchmarks"/>) are left out: they are compared with, never ranked as members.</summary>
    /// <exception cref="InsufficientDataException">A member lacks data.</exception>
    public IReadOnlyList<SecurityView> Leaders => [.. RankedMembers.OrderByDescending(m => m.PeriodReturn.Value).ThenBy(m => m.Ticker, StringComparer.Ordinal)];

    /// <summary>The members that rankings order: all but the edition's benchmarks.</summary>
    internal IEnumerable<SecurityView> RankedMembers => Members.Where(m => !_scope.IsBenchmark(m.Ticker));
}
