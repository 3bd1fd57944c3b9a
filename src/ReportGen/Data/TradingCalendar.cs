using ReportGen.Metrics.Model;

namespace ReportGen.Data;

/// <summary>
/// The one trading calendar of a project: the days the house benchmark (<c>benchmark:</c> in reportgen.yml, default
/// <c>SPY</c>) has a close. It decides each edition's as-of date (the period's last trading day), whether a period is
/// complete, and how many trading days a gap in another security's prices spans. Dates ascend, without duplicates.
/// </summary>
public sealed class TradingCalendar
{
    private readonly DateOnly[] _dates;

    /// <summary>Creates a calendar from ascending trading days.</summary>
    /// <param name="ticker">The security whose trading days these are.</param>
    /// <param name="dates">Its trading days, strictly ascending, as the price reader delivers them (it drops a row whose
    /// date is not after the previous one, reporting <c>DuplicateDate</c> or <c>UnsortedDate</c>).</param>
    public TradingCalendar(string ticker, IReadOnlyList<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        ArgumentNullException.ThrowIfNull(dates);
        Ticker = ticker;
        _dates = [.. dates];
    }

    /// <summary>The security whose trading days make the calendar.</summary>
    public string Ticker { get; }

    /// <summary>The trading days, ascending.</summary>
    public IReadOnlyList<DateOnly> Dates => _dates;

    /// <summary>The last trading day, or null for an empty calendar.</summary>
    public DateOnly? LastDate => _dates.Length == 0 ? null : _dates[^1];

    /// <summary>
    /// The calendar of <paramref name="benchmark"/> in <paramref name="data"/>: the dates of its adjusted closes, else of
    /// its closes; null when it has no price data.
    /// </summary>
    /// <param name="data">The loaded data.</param>
    /// <param name="benchmark">The house benchmark's ticker.</param>
    public static TradingCalendar? Of(MarketData data, string benchmark)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Prices.TryGetValue(benchmark, out var prices) && (prices.AdjustedClose ?? prices.Close) is { } series
            ? new TradingCalendar(benchmark, series.Dates.ToArray())
            : null;
    }

    /// <summary>The calendar without the days after <paramref name="date"/>.</summary>
    /// <param name="date">The last day kept.</param>
    public TradingCalendar TruncatedAt(DateOnly date)
    {
        var n = IndexOnOrBefore(date) + 1;
        return n == _dates.Length ? this : new TradingCalendar(Ticker, _dates[..n]);
    }

    /// <summary>Index of the last trading day on or before <paramref name="date"/>, or -1 when there is none.</summary>
    /// <param name="date">The date.</param>
    public int IndexOnOrBefore(DateOnly date)
    {
        var i = Array.BinarySearch(_dates, date);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The number of trading days strictly after <paramref name="from"/> and strictly before <paramref name="to"/>.</summary>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    public int TradingDaysBetween(DateOnly from, DateOnly to) => Math.Max(0, IndexOnOrBefore(to.AddDays(-1)) - IndexOnOrBefore(from));

    /// <summary>True when the calendar spans <paramref name="from"/> to <paramref name="to"/> (its first day on or before the one, its last on or after the other).</summary>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    public bool Covers(DateOnly from, DateOnly to) => _dates.Length > 0 && _dates[0] <= from && _dates[^1] >= to;
}
