using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// Parses single CSV fields with invariant culture and reports every bad value as
/// <c>path:line:col: error RGnnnn: '&lt;value&gt;' in column '&lt;name&gt;' (field N) …; expected …</c>.
/// </summary>
internal static class FieldReader
{
    /// <summary>The location of field <paramref name="field"/> of <paramref name="row"/>.</summary>
    public static SourceLocation At(CsvFile file, CsvRow row, int field) => new(file.Path, row.Line, row.ColumnOf(field));

    /// <summary>The column reference used in messages: <c>column 'Close' (field 5)</c>.</summary>
    public static string Column(string name, int field) => string.Create(CultureInfo.InvariantCulture, $"column '{name}' (field {field + 1})");

    /// <summary>The field's text, trimmed; empty when the row is short.</summary>
    public static string Text(CsvRow row, int field) => field >= 0 && field < row.Fields.Count ? row.Fields[field].Trim() : string.Empty;

    /// <summary>Reports <see cref="DiagnosticCodes.EmptyField"/> for a required field that is empty.</summary>
    public static void Empty(CsvFile file, CsvRow row, int field, string name, string expected, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.EmptyField, $"{Column(name, field)} is empty; expected {expected}", At(file, row, field), row.RawLine);

    /// <summary>Parses a required yyyy-MM-dd date.</summary>
    public static bool TryDate(CsvFile file, CsvRow row, int field, string name, DiagnosticBag diagnostics, out DateOnly date)
    {
        var text = Text(row, field);
        date = default;
        if (text.Length == 0)
        {
            Empty(file, row, field, name, "a date such as 2026-03-31", diagnostics);
            return false;
        }

        if (TryParseDate(text, out date))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.BadDate, $"'{text}' in {Column(name, field)} is not a date; expected yyyy-MM-dd such as 2026-03-31", At(file, row, field), row.RawLine);
        return false;
    }

    /// <summary>True when <paramref name="text"/> is an ISO calendar date (yyyy-MM-dd).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses a finite double. An empty field gives null (and an <see cref="DiagnosticCodes.EmptyField"/> error when
    /// <paramref name="required"/>); a bad one reports <see cref="DiagnosticCodes.BadNumber"/>.</summary>
    /// <returns>False when an error was reported.</returns>
    public static bool TryDouble(CsvFile file, CsvRow row, int field, string name, bool required, string example, DiagnosticBag diagnostics, out double? value, NumberStyles styles = NumberStyles.Float)
    {
        value = null;
        var text = Text(row, field);
        if (text.Length == 0)
        {
            if (required)
            {
                Empty(file, row, field, name, example, diagnostics);
                return false;
            }

            return true;
        }

        if (double.TryParse(text, styles, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
        {
            value = v;
            return true;
        }

        diagnostics.Error(DiagnosticCodes.BadNumber, $"'{text}' in {Column(name, field)} is not a number; expected {example}", At(file, row, field), row.RawLine);
        return false;
    }

    /// <summary>Parses a decimal amount (money). Same contract as <see cref="TryDouble"/>.</summary>
    public static bool TryDecimal(CsvFile file, CsvRow row, int field, string name, bool required, string example, DiagnosticBag diagnostics, out decimal? value)
    {
        value = null;
        var text = Text(row, field);
        if (text.Length == 0)
        {
            if (required)
            {
                Empty(file, row, field, name, example, diagnostics);
                return false;
            }

            return true;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            value = v;
            return true;
        }

        diagnostics.Error(DiagnosticCodes.BadNumber, $"'{text}' in {Column(name, field)} is not a number; expected {example}", At(file, row, field), row.RawLine);
        return false;
    }

    /// <summary>Reports <see cref="DiagnosticCodes.BadValue"/> unless <paramref name="value"/> is above zero.</summary>
    public static bool RequirePositive(CsvFile file, CsvRow row, int field, string name, double value, string expected, DiagnosticBag diagnostics, string code = DiagnosticCodes.BadValue)
    {
        if (value > 0)
        {
            return true;
        }

        diagnostics.Error(code, $"'{Text(row, field)}' in {Column(name, field)} is not positive; expected {expected}", At(file, row, field), row.RawLine);
        return false;
    }

    /// <summary>Reports <see cref="DiagnosticCodes.BadFieldCount"/> when the row's field count differs from the header's.</summary>
    public static bool FieldCountMatches(CsvFile file, CsvRow row, int expected, DiagnosticBag diagnostics)
    {
        if (row.Fields.Count == expected)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.BadFieldCount, string.Create(CultureInfo.InvariantCulture, $"row has {row.Fields.Count} fields; expected {expected} as in the header"), new SourceLocation(file.Path, row.Line, 1), row.RawLine);
        return false;
    }
}
