using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ReportGen.Data;

/// <summary>
/// <see cref="MarketData"/> as it stood at the close of one as-of date: every dated row after that date is gone, so
/// nothing that reads a cut can look ahead. Same units and keys as <see cref="MarketData"/>; a ticker, fund or
/// universe keeps its key even when all its rows fall after the date (its series is then empty), so "unknown ticker"
/// means the same thing before and after the cut.
/// </summary>
/// <remarks>
/// Undated data (data sets, security master, file sources) is shared, not copied; universes keep only the members of the as-of date. Price series and
/// dividend histories are cut on first read, once per ticker; the lists of dated files and rows are cut when the cut
/// is made. Cuts are memoised per <see cref="MarketData"/> instance and as-of date for as long as someone holds one
/// (<see cref="Of"/>), so editions rendering at the same time on the same date share one.
/// </remarks>
public sealed class MarketDataCut
{
    private static readonly ConditionalWeakTable<MarketData, ConcurrentDictionary<DateOnly, WeakReference<MarketDataCut>>> Memo = new();

    private MarketDataCut(MarketData data, DateOnly asOf)
    {
        AsOf = asOf;
        Sources = data.Sources;
        Securities = data.Securities;
        Universes = data.Universes.Values.Any(u => u.IsDated)
            ? data.Universes.ToDictionary(u => u.Key, u => u.Value.AsOf(asOf), StringComparer.Ordinal)
            : data.Universes;
        FileSources = data.FileSources;
        Prices = new CutDictionary<SecurityPrices>(data.Prices, p => CutPrices(p, asOf));
        Dividends = new CutDictionary<DividendHistory>(data.Dividends, d => d with { Dividends = Prefix(d.Dividends, d.Dividends.Count(x => x.ExDate <= asOf)) });
        Fundamentals = [.. data.Fundamentals.Where(s => s.AsOf <= asOf)];
        FundFlows = [.. data.FundFlows.Where(f => f.Date <= asOf)];
        FundFlowsSource = data.FundFlowsSource;
        FundAum = data.FundAum.Where(a => a.Value.AsOf <= asOf).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        FundAumSource = data.FundAumSource;
        FundOverviews = [.. data.FundOverviews.Where(s => s.AsOf <= asOf)];
        Events = [.. data.Events.Where(e => e.Date <= asOf)];
        Macro = data.Macro.ToDictionary(m => m.Key, m => m.Value.CutAt(asOf), StringComparer.Ordinal);
    }

    /// <summary>The cut of <paramref name="data"/> at <paramref name="asOf"/>: the same instance for the same data and date
    /// while any caller still holds it.</summary>
    /// <param name="data">All loaded data.</param>
    /// <param name="asOf">The as-of date: the last day whose rows stay visible.</param>
    /// <returns>The cut.</returns>
    public static MarketDataCut Of(MarketData data, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        var weak = Memo.GetValue(data, _ => new()).GetOrAdd(asOf, _ => new WeakReference<MarketDataCut>(null!));
        lock (weak)
        {
            if (!weak.TryGetTarget(out var cut))
            {
                cut = new MarketDataCut(data, asOf);
                weak.SetTarget(cut);
            }

            return cut;
        }
    }

    /// <summary>The as-of date: no row dated after it is visible.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Data sets by id, from <c>data/sources.yml</c> (undated; shared with the full data).</summary>
    public IReadOnlyDictionary<string, DataSource> Sources { get; }

    /// <summary>Security master rows by ticker (undated).</summary>
    public IReadOnlyDictionary<string, Security> Securities { get; }

    /// <summary>Universes by name, each with its members on <see cref="AsOf"/> (<see cref="Universe.AsOf"/>: point-in-time
    /// membership from the start and end dates of data/universes.csv; a universe without dates is shared as is).</summary>
    public IReadOnlyDictionary<string, Universe> Universes { get; }

    /// <summary>For every loaded file (path relative to the project root), the id of its data set.</summary>
    public IReadOnlyDictionary<string, string> FileSources { get; }

    /// <summary>Price series by ticker, each ending on or before <see cref="AsOf"/> (adjusted and quoted closes, and the
    /// open, high, low and volume bars); the same tickers as the full data.</summary>
    public IReadOnlyDictionary<string, SecurityPrices> Prices { get; }

    /// <summary>Cash dividends by ticker with an ex-date on or before <see cref="AsOf"/>; the same tickers as the full data.</summary>
    public IReadOnlyDictionary<string, DividendHistory> Dividends { get; }

    /// <summary>Fundamentals snapshots dated on or before <see cref="AsOf"/>, ascending by date.</summary>
    public IReadOnlyList<FundamentalsSnapshot> Fundamentals { get; }

    /// <summary>Daily fund net flows dated on or before <see cref="AsOf"/>, in file order (by ticker, then ascending date).</summary>
    public IReadOnlyList<FundFlow> FundFlows { get; }

    /// <summary>Data set id of <see cref="FundFlows"/>, or null when there is no flows file.</summary>
    public string? FundFlowsSource { get; }

    /// <summary>Fund assets under management (USD) by ticker, for funds whose value is dated on or before <see cref="AsOf"/>.</summary>
    public IReadOnlyDictionary<string, FundAum> FundAum { get; }

    /// <summary>Data set id of <see cref="FundAum"/>, or null when there is no AUM file.</summary>
    public string? FundAumSource { get; }

    /// <summary>ETF overview snapshots dated on or before <see cref="AsOf"/>, ascending by date.</summary>
    public IReadOnlyList<FundOverviewSnapshot> FundOverviews { get; }

    /// <summary>The events calendar's events dated on or before <see cref="AsOf"/>, ascending by date.</summary>
    public IReadOnlyList<CalendarEvent> Events { get; }

    /// <summary>Monthly macro series by file name, each with the months that ended on or before <see cref="AsOf"/>
    /// (<see cref="MacroSeries.CutAt"/>).</summary>
    public IReadOnlyDictionary<string, MacroSeries> Macro { get; }

    private static SecurityPrices CutPrices(SecurityPrices prices, DateOnly asOf)
    {
        var bars = prices.Bars;
        if (bars is not null)
        {
            var n = bars.Dates.Count(d => d <= asOf);
            bars = n == bars.Dates.Count ? bars : bars with
            {
                Dates = Prefix(bars.Dates, n),
                Open = bars.Open is null ? null : Prefix(bars.Open, n),
                High = bars.High is null ? null : Prefix(bars.High, n),
                Low = bars.Low is null ? null : Prefix(bars.Low, n),
                Volume = bars.Volume is null ? null : Prefix(bars.Volume, n),
            };
        }

        return prices with { AdjustedClose = prices.AdjustedClose?.TruncatedAt(asOf), Close = prices.Close?.TruncatedAt(asOf), Bars = bars };
    }

    private static IReadOnlyList<T> Prefix<T>(IReadOnlyList<T> list, int count) => count == list.Count ? list : new PrefixList<T>(list, count);

    /// <summary>The first <c>count</c> items of a list, without copying them.</summary>
    private sealed class PrefixList<T>(IReadOnlyList<T> list, int count) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => (uint)index < (uint)count ? list[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator() => list.Take(count).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A dictionary with the full data's keys whose values are cut on first read, once each.</summary>
    private sealed class CutDictionary<TValue>(IReadOnlyDictionary<string, TValue> full, Func<TValue, TValue> cut) : IReadOnlyDictionary<string, TValue>
    {
        private readonly ConcurrentDictionary<string, TValue> _cut = new(StringComparer.Ordinal);

        public int Count => full.Count;

        public IEnumerable<string> Keys => full.Keys;

        public IEnumerable<TValue> Values => full.Keys.Select(k => this[k]);

        public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no data for '{key}'");

        public bool ContainsKey(string key) => full.ContainsKey(key);

        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
        {
            if (!full.TryGetValue(key, out var uncut))
            {
                value = default;
                return false;
            }

            value = _cut.GetOrAdd(key, static (_, arg) => arg.cut(arg.uncut), (cut, uncut));
            return true;
        }

        public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => full.Keys.Select(k => new KeyValuePair<string, TValue>(k, this[k])).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
