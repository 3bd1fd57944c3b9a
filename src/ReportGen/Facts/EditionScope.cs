using System.Collections.Concurrent;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Universes;

namespace ReportGen.Facts;

/// <summary>
/// What one edition may read: the market data cut at the edition's as-of date (no look-ahead), and its period.
/// Builds the views templates see and computes their metrics on first use.
/// </summary>
public sealed partial class EditionScope
{
    private readonly ConcurrentDictionary<string, SecurityView> _securities = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UniverseView> _universes = new(StringComparer.Ordinal);

    /// <summary>Creates the scope of one edition over data already cut at its as-of date.</summary>
    /// <param name="data">The market data cut at the edition's as-of date (<see cref="MarketData.CutAt"/>); its date is the
    /// edition's as-of date, the last trading day it may read.</param>
    /// <param name="period">The edition's period.</param>
    /// <param name="benchmark">The ticker that beta and correlation are measured against: the report's first benchmark, else
    /// the house benchmark of reportgen.yml (<see cref="Config.SiteConfig.Benchmark"/>).</param>
    /// <param name="stress">The house stress scenario; null for the defaults.</param>
    public EditionScope(MarketDataCut data, Period period, string benchmark, Config.StressSettings? stress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        Stress = stress ?? new Config.StressSettings();
        Data = data;
        Period = period;
        AsOf = data.AsOf;
        Benchmark = benchmark;
        Snapshot = SnapshotSelector.For(data);
    }

    /// <summary>
    /// The facts stage of one edition, as a build makes it: the data cut once at <paramref name="asOf"/>, the report's first
    /// benchmark (else the house benchmark) and the house stress scenario. <c>reportgen metrics</c> uses the same.
    /// </summary>
    /// <param name="data">All loaded data; the scope keeps only its cut at <paramref name="asOf"/>.</param>
    /// <param name="period">The edition's period.</param>
    /// <param name="asOf">The edition's as-of date.</param>
    /// <param name="reportBenchmarks">The report's benchmarks from its front matter (first one wins); empty for the house benchmark.</param>
    /// <param name="config">Site settings: house benchmark, stress scenario and culture.</param>
    /// <returns>The scope.</returns>
    public static EditionScope For(MarketData data, Period period, DateOnly asOf, IReadOnlyList<string> reportBenchmarks, Config.SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(reportBenchmarks);
        ArgumentNullException.ThrowIfNull(config);
        return new EditionScope(data.CutAt(asOf), period, reportBenchmarks.Count > 0 ? reportBenchmarks[0] : config.Benchmark, config.Stress)
        {
            Culture = config.Culture,
            Benchmarks = reportBenchmarks.Count > 0 ? new HashSet<string>(reportBenchmarks, StringComparer.Ordinal) : new HashSet<string>([config.Benchmark], StringComparer.Ordinal),
        };
    }

    /// <summary>How the edition writes numbers and dates (<c>language</c> in reportgen.yml); English by default.</summary>
    public SiteCulture Culture { get; init; } = SiteCulture.English;

    /// <summary>The house stress scenario (shock and number of holdings).</summary>
    public Config.StressSettings Stress { get; }

    /// <summary>The ticker that beta and correlation are measured against.</summary>
    public string Benchmark { get; }

    /// <summary>The edition's benchmarks (the report's <c>benchmarks:</c>, else the house benchmark): what members are
    /// compared with, never ranked among them (<see cref="UniverseView.Leaders"/>, <c>best_of</c>, <c>ranked</c>, sorted-returns
    /// captions). By default <see cref="Benchmark"/> alone.</summary>
    public IReadOnlySet<string> Benchmarks
    {
        get => _benchmarks ?? new HashSet<string>([Benchmark], StringComparer.Ordinal);
        init => _benchmarks = value;
    }

    private readonly IReadOnlySet<string>? _benchmarks;

    /// <summary>True when <paramref name="ticker"/> is one of the edition's <see cref="Benchmarks"/>.</summary>
    /// <param name="ticker">A ticker.</param>
    /// <returns>Whether the ticker is compared with, rather than ranked among, members.</returns>
    public bool IsBenchmark(string ticker) => Benchmarks.Contains(ticker);

    /// <summary>The fundamentals snapshot this edition may use (see <see cref="SnapshotSelector"/>), or null when none is recent enough.</summary>
    public FundamentalsSnapshot? Snapshot { get; }

    /// <summary>The market data cut at <see cref="AsOf"/>: the only data the views, charts and template functions can read.</summary>
    public MarketDataCut Data { get; }

    /// <summary>The edition's period.</summary>
    public Period Period { get; }

    /// <summary>The edition's as-of date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The view of <paramref name="ticker"/>.</summary>
    /// <exception cref="KeyNotFoundException">No price data for the ticker; the message lists what is known.</exception>
    public SecurityView Security(string ticker)
    {
        if (!Data.Prices.ContainsKey(ticker))
        {
            throw new KeyNotFoundException(Data.Securities.ContainsKey(ticker)
                ? $"ticker '{ticker}' of data/securities.csv has no price data; expected a file data/prices/.../{ticker}.csv"
                : $"unknown ticker '{ticker}'{NameSuggestions.Hint(ticker, Data.Securities.Keys.Where(Data.Prices.ContainsKey).Order(StringComparer.Ordinal))}");
        }

        return _securities.GetOrAdd(ticker, t => new SecurityView(this, t));
    }

    /// <summary>The view of universe <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such universe in data/universes.csv; the message lists the known ones.</exception>
    public UniverseView Universe(string name)
    {
        if (!Data.Universes.TryGetValue(name, out var universe))
        {
            throw new KeyNotFoundException($"unknown universe '{name}'{NameSuggestions.Hint(name, Data.Universes.Keys.Order(StringComparer.Ordinal), int.MaxValue)}");
        }

        return _universes.GetOrAdd(name, _ => new UniverseView(this, universe));
    }

    /// <summary>Total return of <paramref name="ticker"/> over <paramref name="period"/> to the as-of date, as a figure-ready value.</summary>
    /// <exception cref="InsufficientDataException">No adjusted closes, or not enough of them.</exception>
    internal MetricValue TotalReturnOf(string ticker, Period period, string metric) =>
        TotalReturnMetric(ticker, metric, series => TotalReturn.ForPeriod(series, period, AsOf));

    /// <summary>Equal-weight return of a universe's members over <paramref name="period"/>, weights reset at each quarter start
    /// inside it; for a dated universe whose members changed in the window, each quarter's own members
    /// (<see cref="UniverseView.PointInTimeReturn"/>).</summary>
    /// <exception cref="InsufficientDataException">A member lacks data.</exception>
    internal MetricValue EqualWeightOf(UniverseView universe, Period period, string metric) =>
        universe.PointInTimeReturn(period.Start, metric, FormattableString.Invariant($"over {period}")) ?? EqualWeight(universe.Name, [.. universe.Members.Select(m => m.ReturnFor(period, metric))], metric, FormattableString.Invariant($"over {period}"), ReturnWindow.For(period));

    /// <summary>Number of a universe's members whose period total return beat <paramref name="benchmark"/>'s, as a figure-ready count.</summary>
    /// <exception cref="InsufficientDataException">A member or the benchmark lacks data.</exception>
    internal MetricValue CountBeating(UniverseView universe, SecurityView benchmark)
    {
        var b = benchmark.PeriodReturn;
        var n = universe.Members.Count(m => m.PeriodReturn.Value > b.Value);
        var sources = universe.Members.SelectMany(m => m.PeriodReturn.SourceIds).Concat(b.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new MetricValue(n, MetricUnit.Number, MetricNames.CountBeating, $"{universe.Name} vs {benchmark.Ticker}", FormattableString.Invariant($"members of {universe.Name} with a {Period} total return above {benchmark.Ticker}'s"), sources, b.AsOf);
    }

    /// <summary>Total return of <paramref name="ticker"/> from the last close before <paramref name="from"/> to the as-of date.</summary>
    /// <exception cref="InsufficientDataException">No adjusted closes covering the window.</exception>
    internal MetricValue TotalReturnSince(string ticker, DateOnly from) =>
        TotalReturnMetric(ticker, MetricNames.TotalReturnSince, series => TotalReturn.Since(series, from, AsOf));

    /// <summary>Equal-weight total return of a universe from the last close before <paramref name="from"/>, weights reset to 1/N
    /// then and at each quarter start after it (<see cref="EqualWeightRebalanced"/>); for a dated universe whose members changed
    /// in the window, each quarter's own members (<see cref="UniverseView.PointInTimeReturn"/>).</summary>
    /// <exception cref="InsufficientDataException">A member lacks data for the window.</exception>
    internal MetricValue EqualWeightSince(UniverseView universe, DateOnly from) =>
        universe.PointInTimeReturn(from, MetricNames.EqualWeightReturnSince, FormattableString.Invariant($"since the close before {from:yyyy-MM-dd}")) ?? EqualWeight(universe.Name, [.. universe.Members.Select(m => TotalReturnSince(m.Ticker, from))], MetricNames.EqualWeightReturnSince, FormattableString.Invariant($"since the close before {from:yyyy-MM-dd}"), ReturnWindow.Since(from));

    /// <summary>A total return of <paramref name="ticker"/>'s adjusted closes (which end at the as-of date) as a figure-ready value.</summary>
    /// <exception cref="InsufficientDataException">No adjusted closes, or not enough of them.</exception>
    internal MetricValue TotalReturnMetric(string ticker, string metric, Func<PriceSeries, PeriodReturn> compute)
    {
        var prices = Data.Prices[ticker];
        var series = prices.AdjustedClose ?? throw new InsufficientDataException(metric, ticker, "adjusted closes (an 'Adj Close' column)");
        var r = compute(series);
        var inputs = FormattableString.Invariant($"Adj Close {r.StartDate:yyyy-MM-dd} {r.StartPrice:0.####} → {r.EndDate:yyyy-MM-dd} {r.EndPrice:0.####}");
        if (Data.Securities.TryGetValue(ticker, out var master) && master.Kind == SecurityKind.Index)
        {
            inputs += "; a price index: its level carries no dividends, so this is a price return";
        }

        return new MetricValue(r.Value, MetricUnit.Fraction, metric, ticker, inputs, [prices.AdjustedCloseSource!], r.EndDate);
    }

    /// <summary>
    /// A universe's equal-weight return over <paramref name="window"/>, with weights reset to 1/N at the window's base
    /// close and at each calendar quarter start inside it (<see cref="EqualWeightRebalanced"/>, the one convention of every
    /// equal-weight figure); within one quarter it is the mean of <paramref name="members"/>' returns.
    /// </summary>
    /// <param name="universe">The universe's name.</param>
    /// <param name="members">Each member's return over the window (fractions), already computed: their sources and as-of
    /// dates are the figure's, and computing them first gives a member's missing data its own message.</param>
    /// <param name="metric">The metric name.</param>
    /// <param name="window">Words for the window in the inputs, e.g. "over 2026-Q2".</param>
    /// <param name="returnWindow">The same window, to cut at quarter starts.</param>
    /// <exception cref="InsufficientDataException">No members, or a member has no close near a quarter end inside the window.</exception>
    internal MetricValue EqualWeight(string universe, IReadOnlyList<MetricValue> members, string metric, string window, ReturnWindow returnWindow) =>
        EqualWeight(universe, members, metric, window, series => EqualWeightRebalanced.Compute(series, returnWindow, AsOf, universe));

    /// <summary>As <see cref="EqualWeight(string, IReadOnlyList{MetricValue}, string, string, ReturnWindow)"/>, with the basket's
    /// return computed by <paramref name="basket"/> from the members' adjusted closes.</summary>
    internal MetricValue EqualWeight(string universe, IReadOnlyList<MetricValue> members, string metric, string window, Func<IReadOnlyList<PriceSeries>, RebalancedReturn> basket)
    {
        if (members.Count == 0)
        {
            throw new InsufficientDataException(metric, universe, "at least one member with a return for the window");
        }

        var r = basket([.. members.Select(m => Data.Prices[m.Subject].AdjustedClose!)]);
        var sources = members.SelectMany(m => m.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var inputs = r.Pieces == 1
            ? FormattableString.Invariant($"equal-weight mean of {members.Count} members' total returns {window}")
            : FormattableString.Invariant($"{members.Count} members' total returns {window} in {r.Pieces} quarterly pieces, equal weights reset at the start of each (chained: Π(1 + mean) − 1)");
        return new MetricValue(r.Value, MetricUnit.Fraction, metric, universe, inputs, sources, members.Max(m => m.AsOf));
    }
}
