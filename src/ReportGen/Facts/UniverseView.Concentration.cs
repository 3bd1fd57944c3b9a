using System.Globalization;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Universes;
using ReportGen.Metrics.Valuation;
using ReportGen.Project;

namespace ReportGen.Facts;

/// <summary>
/// Breadth, concentration, valuation and stress measures of a universe. Market-cap weights come from the edition's
/// fundamentals snapshot (S&amp;P 500 members only; members without a market cap are left out and counted in <see cref="CapCoverage"/>).
/// </summary>
public sealed partial class UniverseView
{
    /// <summary>Equal-weight total return over the trailing 12 months (fraction), weights reset at each quarter start; for a
    /// dated universe whose members changed in the window, each quarter's own members (<see cref="PointInTimeReturn"/>).</summary>
    /// <exception cref="InsufficientDataException">A member lacks 12 months of data.</exception>
    public MetricValue Trailing12m => Get(nameof(Trailing12m), () =>
        PointInTimeReturn(_scope.AsOf.AddMonths(-12).AddDays(1), MetricNames.EqualWeightReturn12m, "over the trailing 12 months") ?? _scope.EqualWeight(Name, [.. Members.Select(m => m.Trailing12m)], MetricNames.EqualWeightReturn12m, "over the trailing 12 months", ReturnWindow.Trailing(12)));

    /// <summary>Median member total return over the edition's period (fraction).</summary>
    /// <exception cref="InsufficientDataException">A member lacks data.</exception>
    public MetricValue MedianReturn => Get(nameof(MedianReturn), () => Mv(Metrics.Universes.ReturnDispersion.Median(MemberReturns(), Name), MetricUnit.Fraction, MetricNames.MedianReturn, $"median of {Members.Count} members' {_scope.Period} total returns", PeriodSources(), _scope.AsOf));

    /// <summary>Dispersion of member returns over the period: upper minus lower quartile, in percentage points.</summary>
    /// <exception cref="InsufficientDataException">A member lacks data.</exception>
    public MetricValue Dispersion => Get(nameof(Dispersion), () =>
    {
        var d = DispersionOf();
        return Mv(d.Spread, MetricUnit.PercentagePoints, MetricNames.ReturnDispersion, Inv($"upper quartile {d.UpperQuartile:0.####} minus lower quartile {d.LowerQuartile:0.####} of {d.Count} members' {_scope.Period} total returns"), PeriodSources(), _scope.AsOf);
    });

    /// <summary>Members sorted by trailing 12-month annualized volatility, highest first (ties by ticker); benchmarks left out as in <see cref="Leaders"/>.</summary>
    /// <exception cref="InsufficientDataException">A member lacks 12 months of data.</exception>
    public IReadOnlyList<SecurityView> ByVolatility => [.. RankedMembers.OrderByDescending(m => m.Volatility.Value).ThenBy(m => m.Ticker, StringComparer.Ordinal)];

    /// <summary>Members sorted by trailing 12-month maximum drawdown, deepest first (ties by ticker); benchmarks left out as in <see cref="Leaders"/>.</summary>
    /// <exception cref="InsufficientDataException">A member lacks 12 months of data.</exception>
    public IReadOnlyList<SecurityView> ByDrawdown => [.. RankedMembers.OrderBy(m => m.MaxDrawdown.Value).ThenBy(m => m.Ticker, StringComparer.Ordinal)];

    /// <summary>Members with at least one computed daily flow in the edition's period, in member order.</summary>
    public IReadOnlyList<SecurityView> FlowFunds => [.. Members.Where(m => m.HasFlows)];

    /// <summary>True when the edition's fundamentals snapshot gives market caps for at least two members.</summary>
    public bool HasFundamentals => Members.Count(m => m.HasFundamentals) >= 2;

    /// <summary>Number of members with a market cap in the edition's snapshot (a count).</summary>
    public MetricValue CapCoverage => Get(nameof(CapCoverage), () => Mv(CapMembers().Count, MetricUnit.Number, MetricNames.MembersWithMarketCap, $"members of {Name} with a Market Cap in the fundamentals snapshot", SnapshotSources(), SnapshotDate()));

    /// <summary>Combined market capitalization of the members that have one, in USD.</summary>
    /// <exception cref="InsufficientDataException">Fewer than two members have a market cap.</exception>
    public MetricValue TotalMarketCap => Get(nameof(TotalMarketCap), () => Mv(CapMembers().Sum(m => m.MarketCap.Value), MetricUnit.Usd, MetricNames.TotalMarketCapitalization, $"sum of {CapMembers().Count} members' Market Cap", SnapshotSources(), SnapshotDate()));

    /// <summary>Weight of the three largest members in the cap-weighted universe (fraction).</summary>
    /// <exception cref="InsufficientDataException">Fewer than two members have a market cap.</exception>
    public MetricValue Top3Weight => Get(nameof(Top3Weight), () => Mv(TopWeight.Compute(CapWeights(), 3, Name), MetricUnit.Fraction, MetricNames.Top3Weight, "combined market-cap weight of the three largest members", SnapshotSources(), SnapshotDate()));

    /// <summary>Herfindahl-Hirschman index of market-cap weights (Σ w², from 1/N to 1).</summary>
    /// <exception cref="InsufficientDataException">Fewer than two members have a market cap.</exception>
    public MetricValue Hhi => Get(nameof(Hhi), () => Mv(HerfindahlIndex.Compute(CapWeights(), Name), MetricUnit.Number, MetricNames.HerfindahlIndex, "sum of squared market-cap weights", SnapshotSources(), SnapshotDate()));

    /// <summary>Effective number of holdings, 1 / HHI of market-cap weights.</summary>
    /// <exception cref="InsufficientDataException">Fewer than two members have a market cap.</exception>
    public MetricValue EffectiveN => Get(nameof(EffectiveN), () => Mv(EffectiveHoldings.Compute(CapWeights(), Name), MetricUnit.Number, MetricNames.EffectiveNumberOfHoldings, "1 / sum of squared market-cap weights", SnapshotSources(), SnapshotDate()));

    /// <summary>Members' combined market cap as a share of the whole S&amp;P 500's in the same snapshot (fraction).</summary>
    /// <exception cref="InsufficientDataException">No usable snapshot.</exception>
    public MetricValue ShareOfIndex => Get(nameof(ShareOfIndex), () =>
    {
        var total = IndexCompanies().Sum(c => (double)c.MarketCapUsd!.Value);
        return Mv(TotalMarketCap.Value / total, MetricUnit.Fraction, MetricNames.ShareOfSp500MarketCap, Inv($"{Name} market cap over the S&P 500 total of {total:0} USD ({IndexCompanies().Count} companies, one share class each)"), SnapshotSources(), SnapshotDate());
    });

    /// <summary>Median trailing P/E of the members (members without a positive P/E left out).</summary>
    /// <exception cref="InsufficientDataException">No usable snapshot or no positive P/E.</exception>
    public MetricValue MedianPe => Get(nameof(MedianPe), () => MedianPeOf(Members.Select(m => m.Ticker).ToHashSet(StringComparer.Ordinal), inUniverse: true));

    /// <summary>Median trailing P/E of the S&amp;P 500 companies outside the universe.</summary>
    /// <exception cref="InsufficientDataException">No usable snapshot.</exception>
    public MetricValue RestMedianPe => Get(nameof(RestMedianPe), () => MedianPeOf(Members.Select(m => m.Ticker).ToHashSet(StringComparer.Ordinal), inUniverse: false));

    /// <summary>The house stress scenario applied to the cap-weighted universe (see reportgen.yml <c>stress:</c>).</summary>
    /// <exception cref="InsufficientDataException">Fewer than two members have a market cap.</exception>
    public StressView Stress => Get(nameof(Stress), () =>
    {
        var settings = _scope.Stress;
        var result = StressScenario.Apply(CapWeights(), settings.Shock, Math.Min(settings.Top, CapMembers().Count), TotalMarketCap.Value, Name);
        var sources = SnapshotSources().ToList();
        var asOf = SnapshotDate();
        var scenario = Inv($"each of the {result.Tickers.Count} largest members ({string.Join(", ", result.Tickers)}) falls {settings.Shock:0.##}; others unchanged");
        return new StressView(
            Mv(settings.Shock, MetricUnit.Fraction, MetricNames.StressShock, "house scenario from " + ProjectLayout.ConfigFile, [ProjectLayout.ConfigFile], asOf),
            Mv(result.Tickers.Count, MetricUnit.Number, MetricNames.StressHoldings, "house scenario from " + ProjectLayout.ConfigFile, [ProjectLayout.ConfigFile], asOf),
            Mv(result.ShockedWeight, MetricUnit.Fraction, MetricNames.StressShockedWeight, scenario, sources, asOf),
            Mv(result.ReturnImpact, MetricUnit.Fraction, MetricNames.StressUniverseImpact, scenario, sources, asOf),
            Mv(result.ReturnImpact * ShareOfIndex.Value, MetricUnit.Fraction, MetricNames.StressIndexImpact, scenario + Inv($"; times the universe's {ShareOfIndex.Value:0.####} share of S&P 500 market cap"), sources, asOf),
            // The universe's value is always given above, so both are set; never a silent 0 (DESIGN) if that changes.
            Mv(result is { ValueAfterUsd: { } after, ValueBeforeUsd: { } before } ? after - before : throw new InsufficientDataException(MetricNames.StressValueChange, Name, "the universe's market capitalization before and after the shock"), MetricUnit.Usd, MetricNames.StressValueChange, scenario, sources, asOf),
            result.Tickers);
    });

    private MetricValue MedianPeOf(HashSet<string> members, bool inUniverse)
    {
        var companies = IndexCompanies(requireCap: false).Where(c => members.Contains(c.Ticker) == inUniverse).ToList();
        var r = MedianMultiple.Compute([.. companies.Select(c => new MultipleObservation(c.Ticker, c.PriceToEarnings))], "pe", inUniverse ? Name : $"S&P 500 ex {Name}");
        var who = inUniverse ? $"{Name} members" : $"S&P 500 companies outside {Name}";
        return Mv(r.Median, MetricUnit.Multiple, inUniverse ? MetricNames.MedianPe : MetricNames.MedianPeRestOfIndex, Inv($"median trailing P/E of {r.Included} {who} ({r.Excluded.Count} without a positive P/E left out)"), SnapshotSources(), SnapshotDate());
    }

    private List<SecurityView> CapMembers()
    {
        var members = Members.Where(m => m.HasFundamentals).ToList();
        return members.Count >= 2 ? members : throw new InsufficientDataException("market_cap_weights", Name, $"market caps for at least two members in a fundamentals snapshot dated within {SnapshotSelector.MaxAgeDays} days before {_scope.AsOf:yyyy-MM-dd}");
    }

    private IReadOnlyList<Holding> CapWeights() => Get("cap_weights", () => MarketCapWeights.Compute([.. CapMembers().Select(m => new MarketCap(m.Ticker, SnapshotDate(), m.MarketCap.Value))], Name));

    private List<Data.Fundamentals> IndexCompanies(bool requireCap = true)
    {
        var snapshot = _scope.Snapshot ?? throw new InsufficientDataException("sp500_fundamentals", Name, $"a fundamentals snapshot dated within {SnapshotSelector.MaxAgeDays} days before {_scope.AsOf:yyyy-MM-dd}");
        return [.. snapshot.Companies.Values.Where(c => !SnapshotSelector.DuplicateShareClasses.Contains(c.Ticker) && (!requireCap || c.MarketCapUsd is > 0))];
    }

    // Each member's total return over the edition's period, as the universe metrics of ReportGen.Metrics take them.
    private IReadOnlyList<PeriodReturn> MemberReturns() => [.. Members.Select(m => new PeriodReturn(m.Ticker, m.PeriodReturn.Value, default, 0, m.PeriodReturn.AsOf, 0))];

    private DispersionResult DispersionOf() => Get("dispersion_result", () => Metrics.Universes.ReturnDispersion.Compute(MemberReturns(), Name));

    private IEnumerable<string> PeriodSources() => Members.SelectMany(m => m.PeriodReturn.SourceIds);

    private IEnumerable<string> SnapshotSources() => _scope.Snapshot is { } s ? [s.SourceId] : [];

    private DateOnly SnapshotDate() => _scope.Snapshot?.AsOf ?? _scope.AsOf;

    private MetricValue Mv(double value, MetricUnit unit, string metric, string inputs, IEnumerable<string> sources, DateOnly asOf) =>
        new(value, unit, metric, Name, inputs, [.. sources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], asOf);

    private T Get<T>(string key, Func<T> compute)
        where T : notnull => (T)_values.GetOrAdd(key, _ => compute());

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
