using ReportGen.Charts;
using ReportGen.Metrics;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Universes;
using ReportGen.Text;

namespace ReportGen.Facts;

/// <summary>Turns a chart declared in front matter into a <see cref="ChartSpec"/> from the edition's data.</summary>
public static class ChartBinder
{
    /// <summary>The chart kinds an editor can declare, by their front-matter name.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["indexed-performance", "sorted-returns"];

    /// <summary>Builds the spec of <paramref name="declaration"/> for the edition of <paramref name="scope"/>.</summary>
    /// <param name="declaration">The declared chart.</param>
    /// <param name="scope">The edition's data scope.</param>
    /// <param name="title">The rendered title (the declaration's title template, already rendered), or empty.</param>
    /// <returns>The chart spec.</returns>
    /// <exception cref="ArgumentException">Unknown kind, or the declaration lacks what the kind needs.</exception>
    /// <exception cref="KeyNotFoundException">An unknown ticker or universe.</exception>
    /// <exception cref="InsufficientDataException">The data does not cover the window.</exception>
    public static ChartSpec Bind(ChartDeclaration declaration, EditionScope scope, string title)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(scope);
        return declaration.Kind switch
        {
            "indexed-performance" => IndexedPerformance(declaration, scope, title),
            "sorted-returns" => SortedReturns(declaration, scope, title),
            _ => throw new ArgumentException($"unknown chart kind '{declaration.Kind}'; expected one of: {string.Join(", ", Kinds)}"),
        };
    }

    private static ChartSpec IndexedPerformance(ChartDeclaration d, EditionScope scope, string title)
    {
        var from = WindowStart(d.Window, scope);
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

        foreach (var ticker in d.Securities.Append(d.Benchmark).Where(t => t.Length > 0))
        {
            var series = AdjustedClose(scope, ticker, sources);
            var b = baseDate ?? BaseDate(series, from);
            baseDate ??= b;
            var points = EqualWeightReturn.Rebased([series], b, scope.AsOf, ticker);
            lines.Add(new ChartLine(ticker == d.Benchmark && d.BenchmarkLabel.Length > 0 ? d.BenchmarkLabel : ticker, [.. points.Select(p => p.Date)], [.. points.Select(p => p.Value)], IsBenchmark: ticker == d.Benchmark));
        }

        if (lines.Count == 0)
        {
            throw new ArgumentException($"chart '{d.Id}' names no universe, securities or benchmark; expected e.g. 'universe: ai-leaders' and 'benchmark: SPY'");
        }

        var supplier = string.Join("; ", sources.Select(id => scope.Data.Sources.TryGetValue(id, out var s) ? s.Citation : id));
        var asOf = lines.Max(l => l.Dates[^1]);
        var chartTitle = title.Length > 0 ? title : $"Total return, {scope.Period.Label}";
        return ChartSpec.IndexedPerformance(d.Id, chartTitle, lines, ChartSpec.FormatSourceLine(supplier, asOf), periodLabel: WindowLabel(d.Window, scope));
    }

    private static ChartSpec SortedReturns(ChartDeclaration d, EditionScope scope, string title)
    {
        if (d.Window != "period")
        {
            throw new ArgumentException($"chart '{d.Id}': sorted-returns charts show the edition's period; expected 'window: period'");
        }

        var members = d.Universe.Length > 0 ? scope.Universe(d.Universe).Members : [];
        var securities = members.Concat(d.Securities.Append(d.Benchmark).Where(t => t.Length > 0).Select(scope.Security)).ToList();
        if (securities.Count == 0)
        {
            throw new ArgumentException($"chart '{d.Id}' names no universe, securities or benchmark");
        }

        var returns = securities.Select(s => (View: s, Value: s.PeriodReturn)).ToList();
        var bars = returns.Select(r => new ChartBar(r.View.Ticker == d.Benchmark && d.BenchmarkLabel.Length > 0 ? d.BenchmarkLabel : r.View.Ticker, r.Value.Value, IsBenchmark: r.View.Ticker == d.Benchmark)).ToList();
        var sources = returns.SelectMany(r => r.Value.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var supplier = string.Join("; ", sources.Select(id => scope.Data.Sources.TryGetValue(id, out var s) ? s.Citation : id));
        var asOf = returns.Max(r => r.Value.AsOf);
        return ChartSpec.SortedReturns(d.Id, title.Length > 0 ? title : $"Total return, {scope.Period.Label}", bars, ChartSpec.FormatSourceLine(supplier, asOf), periodLabel: scope.Period.Label);
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

    private static DateOnly WindowStart(string window, EditionScope scope) => window switch
    {
        "period" => scope.Period.Start,
        "ytd" => new DateOnly(scope.AsOf.Year, 1, 1),
        "1y" => scope.AsOf.AddYears(-1).AddDays(1),
        "3y" => scope.AsOf.AddYears(-3).AddDays(1),
        _ when window.StartsWith("since:", StringComparison.Ordinal) && DateOnly.TryParseExact(window[6..], "yyyy-MM-dd", out var d) => d,
        _ => throw new ArgumentException($"unknown chart window '{window}'; expected period, ytd, 1y, 3y or since:yyyy-MM-dd"),
    };

    private static string WindowLabel(string window, EditionScope scope) => window switch
    {
        "period" => scope.Period.Label,
        "ytd" => $"{scope.AsOf.Year} to date",
        "1y" => "the past year",
        "3y" => "the past three years",
        _ => $"since {Formatting(WindowStart(window, scope))}",
    };

    private static string Formatting(DateOnly date) => Formats.Date(date);

    private static string UniverseLabel(string universe, int count) =>
        FormattableString.Invariant($"{universe} (equal weight, {count})");
}
