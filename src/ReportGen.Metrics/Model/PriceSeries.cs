namespace ReportGen.Metrics.Model;

/// <summary>
/// One security's daily prices of one <see cref="PriceField"/>, ascending by date, one value per trading day.
/// </summary>
public sealed class PriceSeries
{
    private readonly DateOnly[] _dates;
    private readonly double[] _values;

    /// <summary>Creates a series; the arrays are copied.</summary>
    /// <param name="ticker">The security's ticker, e.g. <c>NVDA</c>.</param>
    /// <param name="field">Which price the values are.</param>
    /// <param name="dates">Trading days, strictly ascending.</param>
    /// <param name="values">Prices in USD (index points for an index), positive, one per date.</param>
    /// <exception cref="ArgumentException">Lengths differ, dates are not strictly ascending, or a value is not a positive finite number.</exception>
    public PriceSeries(string ticker, PriceField field, IReadOnlyList<DateOnly> dates, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(values);
        if (dates.Count != values.Count)
        {
            throw new ArgumentException($"{ticker}: {dates.Count} dates but {values.Count} values", nameof(values));
        }

        _dates = [.. dates];
        _values = [.. values];
        for (var i = 0; i < _dates.Length; i++)
        {
            if (i > 0 && _dates[i] <= _dates[i - 1])
            {
                throw new ArgumentException($"{ticker}: dates must be strictly ascending; {_dates[i]:yyyy-MM-dd} follows {_dates[i - 1]:yyyy-MM-dd}", nameof(dates));
            }

            if (!(_values[i] > 0) || double.IsInfinity(_values[i]))
            {
                throw new ArgumentException($"{ticker}: price on {_dates[i]:yyyy-MM-dd} is {_values[i]}; expected a positive number", nameof(values));
            }
        }

        Ticker = ticker;
        Field = field;
    }

    /// <summary>The security's ticker.</summary>
    public string Ticker { get; }

    /// <summary>Which price the values are.</summary>
    public PriceField Field { get; }

    /// <summary>Number of trading days in the series.</summary>
    public int Count => _dates.Length;

    /// <summary>Trading days, ascending.</summary>
    public ReadOnlySpan<DateOnly> Dates => _dates;

    /// <summary>Prices in USD (index points for an index), aligned with <see cref="Dates"/>.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>First trading day, or null for an empty series.</summary>
    public DateOnly? FirstDate => _dates.Length == 0 ? null : _dates[0];

    /// <summary>Last trading day, or null for an empty series.</summary>
    public DateOnly? LastDate => _dates.Length == 0 ? null : _dates[^1];

    /// <summary>Index of the last trading day on or before <paramref name="date"/>, or -1 if there is none.</summary>
    public int IndexOnOrBefore(DateOnly date)
    {
        var i = Array.BinarySearch(_dates, date);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>Index of the last trading day strictly before <paramref name="date"/>, or -1 if there is none.</summary>
    public int IndexBefore(DateOnly date) => IndexOnOrBefore(date.AddDays(-1));

    /// <summary>The series cut at <paramref name="asOf"/>: no row after it is visible (no look-ahead).</summary>
    /// <param name="asOf">The as-of date; rows dated after it are dropped.</param>
    public PriceSeries TruncatedAt(DateOnly asOf)
    {
        var n = IndexOnOrBefore(asOf) + 1;
        return n == _dates.Length ? this : new PriceSeries(Ticker, Field, _dates[..n], _values[..n]);
    }
}
