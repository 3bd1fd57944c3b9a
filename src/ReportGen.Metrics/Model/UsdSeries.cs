namespace ReportGen.Metrics.Model;

/// <summary>
/// Dated USD amounts for one fund, ascending by date: daily net flows (one row per trading day, zero on days without flows)
/// or assets under management (AUM) observations. Money is <see cref="decimal"/> USD, as reported.
/// </summary>
public sealed class UsdSeries
{
    private readonly DateOnly[] _dates;
    private readonly decimal[] _values;

    /// <summary>Creates a series; the arrays are copied.</summary>
    /// <param name="ticker">The fund's ticker, e.g. <c>SMH</c>.</param>
    /// <param name="dates">Dates, strictly ascending.</param>
    /// <param name="valuesUsd">Amounts in USD, one per date; flows may be negative (outflows).</param>
    /// <exception cref="ArgumentException">Lengths differ or dates are not strictly ascending.</exception>
    public UsdSeries(string ticker, IReadOnlyList<DateOnly> dates, IReadOnlyList<decimal> valuesUsd)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(valuesUsd);
        if (dates.Count != valuesUsd.Count)
        {
            throw new ArgumentException($"{ticker}: {dates.Count} dates but {valuesUsd.Count} values", nameof(valuesUsd));
        }

        _dates = [.. dates];
        _values = [.. valuesUsd];
        for (var i = 1; i < _dates.Length; i++)
        {
            if (_dates[i] <= _dates[i - 1])
            {
                throw new ArgumentException($"{ticker}: dates must be strictly ascending; {WindowLocator.Iso(_dates[i])} follows {WindowLocator.Iso(_dates[i - 1])}", nameof(dates));
            }
        }

        Ticker = ticker;
    }

    /// <summary>The fund's ticker.</summary>
    public string Ticker { get; }

    /// <summary>Number of rows.</summary>
    public int Count => _dates.Length;

    /// <summary>Dates, ascending.</summary>
    public ReadOnlySpan<DateOnly> Dates => _dates;

    /// <summary>Amounts in USD, aligned with <see cref="Dates"/>.</summary>
    public ReadOnlySpan<decimal> Values => _values;

    /// <summary>Index of the last row on or before <paramref name="date"/>, or -1 if there is none.</summary>
    public int IndexOnOrBefore(DateOnly date)
    {
        var i = Array.BinarySearch(_dates, date);
        return i >= 0 ? i : ~i - 1;
    }
}
