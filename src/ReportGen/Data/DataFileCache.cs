using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// What <see cref="LoadData"/> parsed from each data file, kept in memory between loads of one project (by
/// <c>reportgen serve</c>): a file whose length and last-write time are unchanged is not read again; its parsed rows and
/// the diagnostics its parsing reported are reused. The cross-file checks still run on every load.
/// </summary>
/// <remarks>
/// After each load, <see cref="Parsed"/> lists the files that were read and <see cref="ChangedFrom"/> says which editions
/// can have seen a difference: the data a cut at date D sees (<see cref="MarketDataCut"/>) is unchanged for every D before
/// it. When no file changed, the previous <see cref="MarketData"/> itself is returned (the cross-file checks are not
/// run again; their diagnostics are replayed). Only price files are compared row by row (an appended or corrected close); any other change, a file added or
/// removed, or a change to <c>data/sources.yml</c> counts as a change from the first day. Not thread-safe: one load at a time.
/// </remarks>
public sealed class DataFileCache
{
    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private Dictionary<string, Entry> _next = new(StringComparer.Ordinal);
    private readonly List<string> _parsed = [];
    private string? _sources;
    private bool _loaded;
    private DateOnly? _changedFrom;
    private (string Benchmark, MarketData Data, IReadOnlyList<Diagnostic> Checks)? _last;

    /// <summary>The project-relative paths of the data files the last load read and parsed (not taken from this cache), in load order.</summary>
    public IReadOnlyList<string> Parsed => _parsed;

    /// <summary>
    /// The earliest date whose data cut differs between the last two loads: editions as of an earlier date saw the same
    /// data. <see cref="DateOnly.MinValue"/> when undated data changed (or on the first load); null when nothing changed.
    /// </summary>
    public DateOnly? ChangedFrom => _changedFrom;

    /// <summary>Starts a load: the files read from now on are this load's.</summary>
    /// <param name="sourcesText">The text of <c>data/sources.yml</c> as read by this load (null when unreadable).</param>
    internal void Begin(string? sourcesText)
    {
        _parsed.Clear();
        _next = new Dictionary<string, Entry>(StringComparer.Ordinal);
        _changedFrom = !_loaded || sourcesText != _sources ? DateOnly.MinValue : null;
        _sources = sourcesText;
    }

    /// <summary>The parsed form of <paramref name="relative"/> when its stamp is unchanged since the previous load, else null.</summary>
    internal Entry? TryGet(string relative, (long Length, long Ticks) stamp, string variant)
    {
        if (_entries.TryGetValue(relative, out var entry) && entry.Stamp == stamp && entry.Variant == variant)
        {
            _next[relative] = entry;
            return entry;
        }

        return null;
    }

    /// <summary>Records a freshly parsed file and widens <see cref="ChangedFrom"/> by what changed in it.</summary>
    internal void Put(string relative, Entry entry)
    {
        _parsed.Add(relative);
        _next[relative] = entry;
        var previous = _entries.GetValueOrDefault(relative);
        Widen(previous is null ? DateOnly.MinValue : FirstDifference(previous.Value, entry.Value, previous.Diagnostics, entry.Diagnostics));
    }

    /// <summary>Ends a load: files not seen in it are forgotten (a removed file is a change from the first day).</summary>
    internal void End()
    {
        if (_entries.Keys.Any(k => !_next.ContainsKey(k)))
        {
            Widen(DateOnly.MinValue);
        }

        _entries = _next;
        _loaded = true;
    }

    /// <summary>The data and cross-file diagnostics of the previous load when no file was read again since it (same benchmark), else null.</summary>
    internal (MarketData Data, IReadOnlyList<Diagnostic> Checks)? Unchanged(string benchmark) =>
        _changedFrom is null && _parsed.Count == 0 && _last is { } last && last.Benchmark == benchmark ? (last.Data, last.Checks) : null;

    /// <summary>Keeps a load's result for <see cref="Unchanged"/>.</summary>
    internal void Remember(string benchmark, MarketData data, IReadOnlyList<Diagnostic> checks) => _last = (benchmark, data, checks);

    private void Widen(DateOnly? from)
    {
        if (from is { } date && (_changedFrom is null || date < _changedFrom))
        {
            _changedFrom = date;
        }
    }

    // The first date at which two parses of one file differ, null when they are the same rows; MinValue for anything
    // that is not two price files (other kinds are not compared).
    private static DateOnly? FirstDifference(object? before, object? after, IReadOnlyList<Diagnostic> beforeDiagnostics, IReadOnlyList<Diagnostic> afterDiagnostics)
    {
        if (before is not LoadData.ParsedPrices { File: { } a } || after is not LoadData.ParsedPrices { File: { } b } || beforeDiagnostics.Any(IsError) || afterDiagnostics.Any(IsError)
            || a.Ticker != b.Ticker || a.AdjustedClose is null != b.AdjustedClose is null || a.Close is null != b.Close is null
            || a.Open is null != b.Open is null || a.High is null != b.High is null || a.Low is null != b.Low is null || a.Volume is null != b.Volume is null)
        {
            return DateOnly.MinValue;
        }

        var common = Math.Min(a.Dates.Count, b.Dates.Count);
        for (var i = 0; i < common; i++)
        {
            if (a.Dates[i] != b.Dates[i] || !Same(a.AdjustedClose, b.AdjustedClose, i) || !Same(a.Close, b.Close, i) || !Same(a.Open, b.Open, i)
                || !Same(a.High, b.High, i) || !Same(a.Low, b.Low, i) || !Same(a.Volume, b.Volume, i))
            {
                return a.Dates[i] < b.Dates[i] ? a.Dates[i] : b.Dates[i];
            }
        }

        return a.Dates.Count == b.Dates.Count ? null : (a.Dates.Count > common ? a.Dates[common] : b.Dates[common]);
    }

    private static bool IsError(Diagnostic d) => d.Severity == DiagnosticSeverity.Error;

    private static bool Same<T>(List<T>? a, List<T>? b, int i) => a is null || b is null || EqualityComparer<T>.Default.Equals(a[i], b[i]);

    /// <summary>One parsed file: its stamp, what its reader returned and the diagnostics it reported.</summary>
    /// <param name="Stamp">Length in bytes and last-write time (UTC ticks) when it was read.</param>
    /// <param name="Variant">What else the parse depended on (the data set id events carry); empty for most kinds.</param>
    /// <param name="Value">The reader's result (kind-specific; null when the file could not be read).</param>
    /// <param name="Diagnostics">What reading and parsing it reported, replayed on reuse.</param>
    internal sealed record Entry((long Length, long Ticks) Stamp, string Variant, object? Value, IReadOnlyList<Diagnostic> Diagnostics);
}
