using System.Globalization;
using ReportGen.Data;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Risk;
using ReportGen.Metrics.Universes;

namespace ReportGen.Facts;

/// <summary>Turns a chart declared in front matter into a <see cref="ChartSpec"/> from the edition's data, one method per <see cref="ChartKind"/>.</summary>
public static class ChartBinder
{
    /// <summary>The name of the rest of the index in valuation charts.</summary>
    private const string RestOfIndex = "Rest of the S&P 500";

    /// <summary>Builds the spec of <paramref name="declaration"/> for the edition of <paramref name="scope"/>.</summary>
    /// <param name="declaration">The declared chart.</param>
    /// <param name="scope">The edition's data scope.</param>
    /// <param name="title">The rendered title (the declaration's title template, already rendered), or empty.</param>
    /// <returns>The chart spec.</returns>
    /// <exception cref="ArgumentException">The declaration lacks what the kind needs, or gives what it cannot use (the message says which).</exception>
    /// <exception cref="KeyNotFoundException">An unknown ticker or universe.</exception>
    /// <exception cref="InsufficientDataException">The data does not cover the window.</exception>
    public static ChartSpec Bind(ChartDeclaration declaration, EditionScope scope, string title)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(scope);
        var spec = declaration.Kind switch
        {
            ChartKind.IndexedPerformance => IndexedPerformance(declaration, scope, title),
            ChartKind.RelativePerformance => RelativePerformance(declaration, scope, title),
            ChartKind.Drawdown => Drawdown(declaration, scope, title),
            ChartKind.SortedReturns => SortedReturns(declaration, scope, title),
            ChartKind.Contribution => Contribution(declaration, scope, title),
            ChartKind.Flows => Flows(declaration, scope, title),
            ChartKind.MarketCap => MarketCap(declaration, scope, title),
            ChartKind.Valuation => Valuation(declaration, scope, title),
            ChartKind.RiskReturn => RiskReturn(declaration, scope, title),
            ChartKind.ValuationHistory => ValuationHistory(declaration, scope, title),
            _ => throw new ArgumentOutOfRangeException(nameof(declaration), declaration.Kind, "not a chart kind"),
        };
        return spec with { Culture = scope.Culture };
    }

    private static ChartSpec IndexedPerformance(ChartDeclaration d, EditionScope scope, string title)
    {
        var (lines, sources) = IndexedLines(d, scope);
        var chartTitle = title.Length > 0 ? title : $"Total return, {scope.Period.Label}";
        return ChartSpec.IndexedPerformance(d.Id, chartTitle, lines, SourceLine(scope, sources, lines.Max(l => l.Dates[^1])), subtitle: ReturnBasisSubtitle(lines, scope), periodLabel: WindowLabel(d, scope), culture: scope.Culture);
    }

    // "Total return, rebased to 100 on ..." unless a line is a price index (no dividends): then "Price return" when all are,
    // else "Total return (price return for ^SPX)". Null keeps the factory's default.
    private static string? ReturnBasisSubtitle(List<ChartLine> lines, EditionScope scope)
    {
        var indices = lines.Where(l => l.Ticker is { } t && scope.Data.Securities.TryGetValue(t, out var s) && s.Kind == SecurityKind.Index).Select(l => l.Ticker!).ToList();
        if (indices.Count == 0)
        {
            return null;
        }

        var on = " rebased to 100 on " + ChartFormat.Date(lines.Min(l => l.Dates[0]), scope.Culture);
        return indices.Count == lines.Count ? "Price return," + on : "Total return (price return for " + string.Join(", ", indices) + ")," + on;
    }

    private static ChartSpec RelativePerformance(ChartDeclaration d, EditionScope scope, string title)
    {
        Require(d.Benchmark.Length > 0, d, "relative-performance charts measure against a benchmark; expected e.g. 'benchmark: SPY'");
        var (lines, sources) = IndexedLines(d, scope);
        var benchmark = lines.First(l => l.IsBenchmark);
        var spreads = lines.Where(l => !l.IsBenchmark).Select(l => Spread(l, benchmark)).ToList();
        Require(spreads.Count > 0, d, "relative-performance charts need a universe or securities beside the benchmark");
        var chartTitle = title.Length > 0 ? title : $"Return relative to {benchmark.Label}, {WindowLabel(d, scope)}";
        return ChartSpec.RelativePerformance(d.Id, chartTitle, benchmark.Label, spreads, SourceLine(scope, sources, lines.Max(l => l.Dates[^1])), periodLabel: WindowLabel(d, scope));
    }

    private static ChartSpec Drawdown(ChartDeclaration d, EditionScope scope, string title)
    {
        var (lines, sources) = IndexedLines(d, scope);
        var drawdowns = lines.Select(l => l with { Values = DrawdownFromPeak(l.Values) }).ToList();
        var chartTitle = title.Length > 0 ? title : $"Drawdown, {WindowLabel(d, scope)}";
        return ChartSpec.Drawdown(d.Id, chartTitle, drawdowns, SourceLine(scope, sources, lines.Max(l => l.Dates[^1])), periodLabel: WindowLabel(d, scope));
    }

    private static ChartSpec SortedReturns(ChartDeclaration d, EditionScope scope, string title)
    {
        if (d.Window.Kind != ChartWindowKind.Period)
        {
            throw new ArgumentException($"chart '{d.Id}': sorted-returns charts show the edition's period; expected 'window: period'");
        }

        var securities = Subjects(d, scope);
        var returns = securities.Select(s => (View: s, Value: s.PeriodReturn)).ToList();
        var bars = returns.Select(r => new ChartBar(LabelOf(d, r.View.Ticker), r.Value.Value, IsBenchmark: r.View.Ticker == d.Benchmark || scope.IsBenchmark(r.View.Ticker)) { Ticker = r.View.Ticker }).ToList();
        var sources = returns.SelectMany(r => r.Value.SourceIds);
        return ChartSpec.SortedReturns(d.Id, title.Length > 0 ? title : $"Total return, {scope.Period.Label}", bars, SourceLine(scope, sources, returns.Max(r => r.Value.AsOf)), periodLabel: scope.Period.Label);
    }

    private static ChartSpec Contribution(ChartDeclaration d, EditionScope scope, string title)
    {
        Require(d.Universe.Length > 0 && d.Securities.Count == 0 && d.Benchmark.Length == 0, d, "contribution charts split one universe's equal-weight return among its members; expected 'universe:' and no securities or benchmark");
        var universe = scope.Universe(d.Universe);
        var window = d.Window.ToReturnWindow(scope.Period, scope.AsOf);
        var returns = universe.Members.Select(m => TotalReturn.For(m.Adjusted(ContributionToReturn.Name), window, scope.AsOf)).ToList();
        // Contributions w_i × R_i add up to the equal-weight return only while the weights are held: within one quarter.
        var bounds = window.Resolve(scope.AsOf);
        Require(EqualWeightRebalanced.Cutoffs(bounds.BaseOnOrBefore ?? returns.Min(r => r.StartDate), bounds.EndOnOrBefore).Count == 2, d, Inv($"a window inside one calendar quarter: the equal weights are reset at each quarter start, so from {returns[0].StartDate:yyyy-MM-dd} to {returns[0].EndDate:yyyy-MM-dd} contributions are not weight × return"));
        var weights = EqualWeights.Compute([.. universe.Members.Select(m => m.Ticker)], universe.Name);
        var contributions = ContributionToReturn.Compute(weights, returns, universe.Name);
        var bars = contributions.Select(c => new ChartBar(c.Ticker, c.Value) { Ticker = c.Ticker }).ToList();
        var label = d.Label.Length > 0 ? d.Label : universe.Name;
        var chartTitle = title.Length > 0 ? title : $"Contribution to return, {WindowLabel(d, scope)}";
        var sources = universe.Members.Select(m => scope.Data.Prices[m.Ticker].AdjustedCloseSource!);
        return ChartSpec.Contribution(d.Id, chartTitle, label, bars, SourceLine(scope, sources, returns.Max(r => r.EndDate)), periodLabel: WindowLabel(d, scope));
    }

    private static ChartSpec Flows(ChartDeclaration d, EditionScope scope, string title)
    {
        Require(d.Benchmark.Length == 0, d, "flows charts add up the net flows of funds; expected 'universe:' or 'securities:' and no benchmark");
        var from = d.Window.Start(scope.Period, scope.AsOf);
        var rows = scope.Data.FundFlows.Where(f => f.NetFlowUsd is not null && f.Date >= from && f.Date <= scope.AsOf).ToList();
        var funds = new SortedSet<string>(d.Securities.Where(t => t.Length > 0).Select(t => scope.Security(t).Ticker), StringComparer.Ordinal);
        if (d.Universe.Length > 0)
        {
            // A universe's funds are the members the supplier has flows for in the window (stocks and funds without them are not funds with no flows).
            funds.UnionWith(scope.Universe(d.Universe).Members.Where(m => rows.Exists(f => f.Ticker == m.Ticker)).Select(m => m.Ticker));
        }

        Require(funds.Count > 0, d, "flows charts need 'universe:' or 'securities:' naming funds");
        foreach (var fund in funds.Where(t => !rows.Exists(f => f.Ticker == t)))
        {
            throw new InsufficientDataException(NetInflowsMetric, fund, $"a computed daily flow between {from:yyyy-MM-dd} and {scope.AsOf:yyyy-MM-dd}");
        }

        var ofFunds = rows.Where(f => funds.Contains(f.Ticker)).ToList();
        var bars = new List<ChartBar>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= scope.AsOf; month = month.AddMonths(1))
        {
            var inMonth = ofFunds.Where(f => f.Date.Year == month.Year && f.Date.Month == month.Month).ToList();
            var label = month.ToString("MMM yyyy", scope.Culture.Format);
            if (inMonth.Count == 0)
            {
                throw new InsufficientDataException(NetInflowsMetric, string.Join(", ", funds), $"a computed daily flow in {label} (a month without one would show as no flows)");
            }

            bars.Add(new ChartBar(label, (double)inMonth.Sum(f => f.NetFlowUsd!.Value)));
        }

        var chartTitle = title.Length > 0 ? title : $"Net flows, {WindowLabel(d, scope)}";
        var who = funds.Count switch
        {
            1 => funds.Min!,
            <= 3 => string.Join(", ", funds.Take(funds.Count - 1)) + " and " + funds.Max,
            _ => funds.Count.ToString(CultureInfo.InvariantCulture) + " funds",
        };
        var subtitle = $"Net flows of {who} per month (bars) and cumulative (line), USD";
        return ChartSpec.Flows(d.Id, chartTitle, bars, SourceLine(scope, [scope.Data.FundFlowsSource ?? "fund-flows"], ofFunds.Max(f => f.Date)), subtitle, WindowLabel(d, scope));
    }

    private static ChartSpec MarketCap(ChartDeclaration d, EditionScope scope, string title)
    {
        Require(d.Window.Kind == ChartWindowKind.Period && d.Benchmark.Length == 0, d, "market-cap charts show the fundamentals snapshot of the edition; expected 'universe:' or 'securities:', no benchmark and no window");
        var members = d.Universe.Length > 0 ? scope.Universe(d.Universe).Members : [];
        var listed = d.Securities.Where(t => t.Length > 0).Select(scope.Security).ToList();
        var shown = members.Where(m => m.HasFundamentals).Concat(listed).DistinctBy(s => s.Ticker).ToList();
        Require(members.Count > 0 || listed.Count > 0, d, "market-cap charts need 'universe:' or 'securities:'");
        if (shown.Count == 0)
        {
            throw new InsufficientDataException(MetricNames.MarketCapitalization, d.Universe, $"a market cap for at least one member in a fundamentals snapshot dated within {SnapshotSelector.MaxAgeDays} days before {scope.AsOf:yyyy-MM-dd}");
        }

        var caps = shown.Select(s => s.MarketCap).ToList();
        var bars = shown.Zip(caps, (s, c) => new ChartBar(s.Ticker, c.Value) { Ticker = s.Ticker }).ToList();
        var missing = members.Where(m => !m.HasFundamentals && !shown.Contains(m)).Select(m => m.Ticker).ToList();
        var subtitle = "Market capitalization, USD" + (missing.Count == 0 ? string.Empty : "; not in the snapshot: " + string.Join(", ", missing));
        var asOf = caps.Max(c => c.AsOf);
        var chartTitle = title.Length > 0 ? title : $"Market capitalization, {Formats.Date(asOf, scope.Culture)}";
        return ChartSpec.MarketCap(d.Id, chartTitle, bars, SourceLine(scope, caps.SelectMany(c => c.SourceIds), asOf), subtitle, scope.Culture);
    }

    private static ChartSpec Valuation(ChartDeclaration d, EditionScope scope, string title)
    {
        Require(d.Universe.Length > 0 && d.Securities.Count == 0 && d.Benchmark.Length == 0 && d.Window.Kind == ChartWindowKind.Period, d,
            "valuation charts compare a universe's median trailing P/E with the rest of the S&P 500 in the edition's fundamentals snapshot; expected 'universe:' and no securities, benchmark or window");
        var universe = scope.Universe(d.Universe);
        var (inside, rest) = (universe.MedianPe, universe.RestMedianPe);
        var bars = new List<ChartBar> { new(d.Label.Length > 0 ? d.Label : universe.Name, inside.Value), new(RestOfIndex, rest.Value, IsBenchmark: true) };
        var chartTitle = title.Length > 0 ? title : $"Median trailing P/E, {Formats.Date(inside.AsOf, scope.Culture)}";
        return ChartSpec.Valuation(d.Id, chartTitle, "Median trailing P/E", bars, SourceLine(scope, inside.SourceIds.Concat(rest.SourceIds), inside.AsOf));
    }

    private static ChartSpec ValuationHistory(ChartDeclaration d, EditionScope scope, string title)
    {
        Require(d.Universe.Length > 0 && d.Securities.Count == 0 && d.Benchmark.Length == 0 && d.Window.Kind == ChartWindowKind.Period, d,
            "valuation-history charts draw a universe's median trailing P/E and the rest of the S&P 500's at every fundamentals snapshot up to the edition; expected 'universe:' and no securities, benchmark or window");
        var view = new ValuationView(scope, [d.Universe]);
        var latest = view.Latest; // the edition's own snapshot, or InsufficientDataException
        var points = view.History;
        if (points.Count < 2)
        {
            throw new InsufficientDataException(MetricNames.MedianPe, d.Universe, $"at least two fundamentals snapshots on or before {scope.AsOf:yyyy-MM-dd} for a history");
        }

        var dates = points.Select(p => p.Date).ToList();
        var lines = new List<ChartLine>
        {
            new(d.Label.Length > 0 ? d.Label : d.Universe, dates, [.. points.Select(p => p.Comparison.Inside.Median)]),
            new(d.BenchmarkLabel.Length > 0 ? d.BenchmarkLabel : RestOfIndex, dates, [.. points.Select(p => p.Comparison.Rest.Median)], IsBenchmark: true),
        };
        var chartTitle = title.Length > 0 ? title : $"Median trailing P/E, {Formats.Date(dates[0], scope.Culture)} to {Formats.Date(latest.Date, scope.Culture)}";
        return ChartSpec.ValuationHistory(d.Id, chartTitle, lines, SourceLine(scope, points.Select(p => p.SourceId), latest.Date), "Median trailing P/E at each fundamentals snapshot");
    }

    private static ChartSpec RiskReturn(ChartDeclaration d, EditionScope scope, string title)
    {
        var window = d.Window.ToReturnWindow(scope.Period, scope.AsOf);
        var securities = Subjects(d, scope);
        var named = d.Securities.Append(d.Benchmark).ToHashSet(StringComparer.Ordinal);
        var points = new List<ChartPoint>();
        var plotted = new List<SecurityView>();
        var leftOut = new List<string>();
        var asOf = DateOnly.MinValue;
        foreach (var s in securities)
        {
            (double Volatility, PeriodReturn Total) measured;
            try
            {
                var series = s.Adjusted(AnnualizedVolatility.Name);
                measured = (AnnualizedVolatility.For(series, window, scope.AsOf).Value, TotalReturn.For(series, window, scope.AsOf));
            }
            catch (InsufficientDataException) when (!named.Contains(s.Ticker))
            {
                // A member of the chart's universe without prices for the whole window (a fund listed since) is left out
                // and named under the chart; a security the chart names itself must have them.
                leftOut.Add(s.Ticker);
                continue;
            }

            points.Add(new ChartPoint(LabelOf(d, s.Ticker), measured.Volatility, measured.Total.Value, IsBenchmark: s.Ticker == d.Benchmark) { Ticker = s.Ticker });
            plotted.Add(s);
            asOf = measured.Total.EndDate > asOf ? measured.Total.EndDate : asOf;
        }

        var chartTitle = title.Length > 0 ? title : $"Risk and return, {WindowLabel(d, scope)}";
        var sources = plotted.Select(s => scope.Data.Prices[s.Ticker].AdjustedCloseSource!);
        var sourceLine = SourceLine(scope, sources, asOf) + (leftOut.Count == 0 ? string.Empty : "; left out, without prices for the whole window: " + string.Join(", ", leftOut));
        return ChartSpec.RiskReturn(d.Id, chartTitle, points, sourceLine, periodLabel: WindowLabel(d, scope));
    }

    /// <summary>The indexed lines of a declaration (universe, then the universes of <c>universes:</c>, then securities, then
    /// benchmark, each ticker once), all rebased to 100 on one base date: the last close before the window.</summary>
    private static (List<ChartLine> Lines, SortedSet<string> Sources) IndexedLines(ChartDeclaration d, EditionScope scope)
    {
        var from = d.Window.Start(scope.Period, scope.AsOf);
        var lines = new List<ChartLine>();
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        DateOnly? baseDate = null;

        if (d.Universe.Length > 0)
        {
            var universe = scope.Universe(d.Universe);
            var members = universe.Members.Select(m => AdjustedClose(scope, m.Ticker, sources)).ToList();
            baseDate = BaseDate(members[0], from);
            var points = EqualWeightReturn.Rebased(members, baseDate.Value, scope.AsOf, d.Universe);
            lines.Add(new ChartLine(d.Label.Length > 0 ? d.Label : UniverseLabel(d.Universe, members.Count), [.. points.Select(p => p.Date)], [.. points.Select(p => p.Value)]));
        }

        // Several universes on one scale: each line chains its quarters' own point-in-time members (UniverseView.PointInTimeLine,
        // the line basket figures read), all rebased to 100 on the first line's base close.
        for (var k = 0; k < d.Universes.Count; k++)
        {
            var universe = scope.Universe(d.Universes[k]);
            var (points, lineSources, _) = universe.PointInTimeLine(from);
            if (baseDate is { } b && points[0].Date != b)
            {
                throw new InsufficientDataException("indexed_performance", universe.Name, Inv($"a base close on {b:yyyy-MM-dd}, the base of the chart's other lines (its own is {points[0].Date:yyyy-MM-dd})"));
            }

            baseDate ??= points[0].Date;
            sources.UnionWith(lineSources);
            var label = k < d.Labels.Count ? d.Labels[k] : UniverseLabel(universe.Name, universe.Members.Count);
            lines.Add(new ChartLine(label, [.. points.Select(p => p.Date)], [.. points.Select(p => p.Value)]));
        }

        // A security that is also the benchmark (a benchmark's own tear sheet: securities [item] with item SPY) is one line, the benchmark's.
        foreach (var ticker in d.Securities.Append(d.Benchmark).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var series = AdjustedClose(scope, ticker, sources);
            var b = baseDate ?? BaseDate(series, from);
            baseDate ??= b;
            var points = EqualWeightReturn.Rebased([series], b, scope.AsOf, ticker);
            lines.Add(new ChartLine(LabelOf(d, ticker), [.. points.Select(p => p.Date)], [.. points.Select(p => p.Value)], IsBenchmark: ticker == d.Benchmark) { Ticker = ticker });
        }

        if (lines.Count == 0)
        {
            throw new ArgumentException($"chart '{d.Id}' names no universe, securities or benchmark; expected e.g. 'universe: ai-leaders' and 'benchmark: SPY'");
        }

        return (lines, sources);
    }

    /// <summary>A line's cumulative return minus the benchmark's, as a fraction (0.05 = +5 pp), on the days both have: (V − B) / 100 of two lines indexed to 100 on the same day.</summary>
    private static ChartLine Spread(ChartLine line, ChartLine benchmark)
    {
        var byDate = new Dictionary<DateOnly, double>();
        for (var i = 0; i < benchmark.Dates.Count; i++)
        {
            byDate[benchmark.Dates[i]] = benchmark.Values[i];
        }

        var dates = new List<DateOnly>();
        var values = new List<double>();
        for (var i = 0; i < line.Dates.Count; i++)
        {
            if (byDate.TryGetValue(line.Dates[i], out var b))
            {
                dates.Add(line.Dates[i]);
                values.Add((line.Values[i] - b) / 100);
            }
        }

        return new ChartLine(line.Label, dates, values) { Ticker = line.Ticker };
    }

    /// <summary>The decline of each value from the highest value up to it (a fraction at or below 0: −0.18 = 18% below the running peak).</summary>
    private static double[] DrawdownFromPeak(IReadOnlyList<double> values)
    {
        var result = new double[values.Count];
        var peak = double.MinValue;
        for (var i = 0; i < values.Count; i++)
        {
            peak = Math.Max(peak, values[i]);
            result[i] = (values[i] / peak) - 1;
        }

        return result;
    }

    /// <summary>The universe's members, then the securities, then the benchmark (each once at most where it is first named).</summary>
    private static List<SecurityView> Subjects(ChartDeclaration d, EditionScope scope)
    {
        var members = d.Universe.Length > 0 ? scope.Universe(d.Universe).Members : [];
        var securities = members.Concat(d.Securities.Append(d.Benchmark).Where(t => t.Length > 0).Select(scope.Security)).ToList();
        if (securities.Count == 0)
        {
            throw new ArgumentException($"chart '{d.Id}' names no universe, securities or benchmark");
        }

        return securities;
    }

    private const string NetInflowsMetric = MetricNames.NetInflows;

    private static void Require(bool condition, ChartDeclaration d, string expected)
    {
        if (!condition)
        {
            throw new ArgumentException($"chart '{d.Id}': {expected}");
        }
    }

    private static string LabelOf(ChartDeclaration d, string ticker) =>
        ticker == d.Benchmark && d.BenchmarkLabel.Length > 0 ? d.BenchmarkLabel : ticker;

    private static string SourceLine(EditionScope scope, IEnumerable<string> sourceIds, DateOnly asOf)
    {
        var ids = sourceIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var supplier = string.Join("; ", ids.Select(id => scope.Data.Sources.TryGetValue(id, out var s) ? s.Citation : id));
        return ChartSpec.FormatSourceLine(supplier, asOf, scope.Culture);
    }

    private static PriceSeries AdjustedClose(EditionScope scope, string ticker, SortedSet<string> sources)
    {
        scope.Security(ticker);
        var prices = scope.Data.Prices[ticker];
        var series = prices.AdjustedClose ?? throw new InsufficientDataException("indexed_performance", ticker, "adjusted closes (an 'Adj Close' column)");
        sources.Add(prices.AdjustedCloseSource!);
        return series;
    }

    private static DateOnly BaseDate(PriceSeries series, DateOnly from)
    {
        var i = series.IndexBefore(from);
        return i >= 0 ? series.Dates[i] : throw new InsufficientDataException("indexed_performance", series.Ticker, $"a close before {from:yyyy-MM-dd}");
    }

    private static string WindowLabel(ChartDeclaration d, EditionScope scope) => d.Window.Label(scope.Period, scope.AsOf, scope.Culture);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string UniverseLabel(string universe, int count) =>
        FormattableString.Invariant($"{universe} (equal weight, {count})");
}
