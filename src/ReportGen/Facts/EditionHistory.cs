using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Metrics.Model;

namespace ReportGen.Facts;

/// <summary>The period and as-of date of one planned edition of a series.</summary>
/// <param name="Period">The edition's period, e.g. 2026-Q1.</param>
/// <param name="AsOf">The edition's as-of date: the last trading day it may read.</param>
public readonly record struct EditionDate(Period Period, DateOnly AsOf);

/// <summary>
/// The memory of one edition: the facts of the earlier editions of its series, each an <see cref="EditionScope"/> over
/// the data cut at that edition's own as-of date (never the current edition's data shifted back), built on first use
/// and kept for the edition's render. The look-back is bounded by the series' history: the editions planned from its
/// <c>first_period</c> up to the one before this.
/// </summary>
public sealed class EditionHistory
{
    private readonly Lazy<EditionScope>[] _scopes;

    private EditionHistory(IReadOnlyList<EditionDate> earlier, Func<EditionDate, EditionScope> scopeOf)
    {
        for (var i = 1; i < earlier.Count; i++)
        {
            if (earlier[i].Period <= earlier[i - 1].Period || earlier[i].AsOf < earlier[i - 1].AsOf)
            {
                throw new ArgumentException($"earlier editions must be oldest first with rising as-of dates; {earlier[i].Period} as of {earlier[i].AsOf:yyyy-MM-dd} follows {earlier[i - 1].Period} as of {earlier[i - 1].AsOf:yyyy-MM-dd}", nameof(earlier));
            }
        }

        Earlier = earlier;
        _scopes = [.. earlier.Select(e => new Lazy<EditionScope>(() => scopeOf(e), LazyThreadSafetyMode.ExecutionAndPublication))];
    }

    /// <summary>The history of a first edition: no earlier editions, no <see cref="Previous"/>.</summary>
    public static EditionHistory None { get; } = new([], _ => throw new InvalidOperationException("a first edition has no earlier editions"));

    /// <summary>
    /// The history of an edition whose series had <paramref name="earlier"/> editions before it; each one's facts are made
    /// as a build makes them (<see cref="EditionScope.For"/>), the data cut at that edition's as-of date.
    /// </summary>
    /// <param name="data">All loaded data; each earlier edition keeps only its cut at its own as-of date.</param>
    /// <param name="earlier">The earlier editions of the series, oldest first (rising periods and as-of dates).</param>
    /// <param name="reportBenchmarks">The report's benchmarks from its front matter; empty for the house benchmark.</param>
    /// <param name="config">Site settings: house benchmark and stress scenario.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentException"><paramref name="earlier"/> is not oldest first.</exception>
    public static EditionHistory For(MarketData data, IReadOnlyList<EditionDate> earlier, IReadOnlyList<string> reportBenchmarks, SiteConfig config)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(reportBenchmarks);
        ArgumentNullException.ThrowIfNull(config);
        return earlier.Count == 0 ? None : new EditionHistory([.. earlier], e => EditionScope.For(data, e.Period, e.AsOf, reportBenchmarks, config));
    }

    /// <summary>The earlier editions of the series, oldest first; empty for a first edition.</summary>
    public IReadOnlyList<EditionDate> Earlier { get; }

    /// <summary>The number of earlier editions: how far back the history helpers may look.</summary>
    public int Count => Earlier.Count;

    /// <summary>The previous edition's period and as-of date, or null for a first edition.</summary>
    public EditionDate? PreviousDate => Count > 0 ? Earlier[^1] : null;

    /// <summary>The previous edition's facts (cut at its as-of date), or null for a first edition.</summary>
    public EditionScope? Previous => Count > 0 ? Back(1) : null;

    /// <summary>The facts of the edition <paramref name="editionsBack"/> editions before this one (1 = the previous edition), cut at its as-of date.</summary>
    /// <param name="editionsBack">1 to <see cref="Count"/>.</param>
    /// <returns>The scope, built on first use.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="editionsBack"/> is not in 1..<see cref="Count"/>.</exception>
    public EditionScope Back(int editionsBack)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(editionsBack, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(editionsBack, Count);
        return _scopes[Count - editionsBack].Value;
    }
}
