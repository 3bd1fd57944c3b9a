using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Reads <c>data/macro/&lt;name&gt;.csv</c>: a <c>Date</c> column (yyyy-MM-dd, the first day of the month, ascending,
/// each month once) and any number of numeric columns; an empty cell or 0 is a missing value (<see cref="MacroSeries"/>).</summary>
internal static class MacroFileReader
{
    /// <summary>Parses the file; problems go to <paramref name="diagnostics"/> (bad date <see cref="DiagnosticCodes.BadDate"/>,
    /// bad number <see cref="DiagnosticCodes.BadNumber"/>, a month twice or out of order <see cref="DiagnosticCodes.DuplicateKey"/>).</summary>
    /// <returns>The series, or null when the header has no Date column.</returns>
    public static MacroSeries? Read(CsvFile file, string name, string sourceId, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, ["Date"], file.Rows.Count == 0 ? [] : [.. file.Rows[0].Fields.Select(f => f.Trim()).Where(f => f != "Date")], diagnostics);
        if (columns is null)
        {
            return null;
        }

        var names = file.Rows[0].Fields.Select(f => f.Trim()).Where(f => f != "Date").ToList();
        var months = new List<DateOnly>();
        var values = names.ToDictionary(n => n, _ => new List<double?>(), StringComparer.Ordinal);
        foreach (var row in file.Rows.Skip(1))
        {
            if (!FieldReader.FieldCountMatches(file, row, columns.Count, diagnostics) || !FieldReader.TryDate(file, row, columns["Date"], "Date", diagnostics, out var date))
            {
                continue;
            }

            if (date.Day != 1 || (months.Count > 0 && date <= months[^1]))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, string.Create(CultureInfo.InvariantCulture, $"month {date:yyyy-MM-dd} in {FieldReader.Column("Date", columns["Date"])} is not the first day of a month after the previous row's; expected one row per month, ascending, dated on the 1st"), FieldReader.At(file, row, columns["Date"]), row.RawLine);
                continue;
            }

            months.Add(date);
            foreach (var column in names)
            {
                FieldReader.TryDouble(file, row, columns[column], column, required: false, "a number such as 3.53", diagnostics, out var value);
                values[column].Add(value is { } v && v != 0 ? v : null);
            }
        }

        return new MacroSeries(name, months, values.ToDictionary(v => v.Key, v => (IReadOnlyList<double?>)v.Value, StringComparer.Ordinal), sourceId);
    }
}
