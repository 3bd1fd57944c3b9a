namespace ReportGen.Data;

/// <summary>
/// A file of monthly macro series, <c>data/macro/&lt;name&gt;.csv</c>: one row per month (its <c>Date</c> is the month's first
/// day), one column per series (e.g. the Shiller file's <c>Long Interest Rate</c> in percent, <c>Earnings</c> in index
/// dollars, <c>PE10</c> the cyclically adjusted P/E). A month's values are monthly averages or month-end figures, known
/// only once the month is over: <see cref="CutAt"/> keeps the months that ended on or before the as-of date.
/// </summary>
/// <param name="Name">The file name without extension, e.g. <c>shiller</c>; templates ask for it by this name.</param>
/// <param name="Months">First day of each month, ascending.</param>
/// <param name="Values">By column name, one value per month (same order as <paramref name="Months"/>); null where the file
/// has an empty cell or 0 (the Shiller file's placeholder for "not yet published").</param>
/// <param name="SourceId">The data set of data/sources.yml that covers the file.</param>
public sealed record MacroSeries(string Name, IReadOnlyList<DateOnly> Months, IReadOnlyDictionary<string, IReadOnlyList<double?>> Values, string SourceId)
{
    /// <summary>The months whose last day is on or before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>A series with only those months.</returns>
    public MacroSeries CutAt(DateOnly asOf)
    {
        var n = Months.Count(m => m.AddMonths(1).AddDays(-1) <= asOf);
        return n == Months.Count
            ? this
            : this with
            {
                Months = [.. Months.Take(n)],
                Values = Values.ToDictionary(v => v.Key, v => (IReadOnlyList<double?>)[.. v.Value.Take(n)], StringComparer.Ordinal),
            };
    }

    /// <summary>The newest month with a value in <paramref name="column"/>, and the value; null when the column is absent or
    /// has no value.</summary>
    /// <param name="column">A column name of the file, e.g. <c>PE10</c>.</param>
    /// <returns>The month's first day and the value, or null.</returns>
    public (DateOnly Month, double Value)? Latest(string column)
    {
        if (!Values.TryGetValue(column, out var values))
        {
            return null;
        }

        for (var i = values.Count - 1; i >= 0; i--)
        {
            if (values[i] is { } v)
            {
                return (Months[i], v);
            }
        }

        return null;
    }
}
