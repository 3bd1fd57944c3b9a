using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Maps a header row's column names to field indexes, reporting missing, unknown and repeated columns.</summary>
public sealed class CsvColumns
{
    private readonly Dictionary<string, int> _index;

    private CsvColumns(Dictionary<string, int> index, int count)
    {
        _index = index;
        Count = count;
    }

    /// <summary>Number of fields in the header; every data row must have as many.</summary>
    public int Count { get; }

    /// <summary>Reads the header (the first row) of <paramref name="file"/>; columns beyond <paramref name="required"/> are allowed.</summary>
    /// <param name="file">The parsed CSV.</param>
    /// <param name="required">Column names that must be present (case-insensitive).</param>
    /// <param name="diagnostics">Where a missing column is reported (<see cref="DiagnosticCodes.BadHeader"/>).</param>
    /// <returns>The column map, or null when the file is empty or a required column is missing.</returns>
    public static CsvColumns? Read(CsvFile file, IReadOnlyList<string> required, DiagnosticBag diagnostics) =>
        Read(file, required, null, diagnostics);

    /// <summary>Reads the header (the first row) of <paramref name="file"/>.</summary>
    /// <param name="file">The parsed CSV.</param>
    /// <param name="required">Column names that must be present (case-insensitive).</param>
    /// <param name="optional">Further column names the format knows; null allows any further column, otherwise any other
    /// column is reported as unknown.</param>
    /// <param name="diagnostics">Where header problems are reported (<see cref="DiagnosticCodes.BadHeader"/>).</param>
    /// <returns>The column map, or null when the header is unusable.</returns>
    public static CsvColumns? Read(CsvFile file, IReadOnlyList<string> required, IReadOnlyList<string>? optional, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var expected = string.Join(",", required);
        if (file.Rows.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.BadHeader, $"the file is empty; expected a header '{expected}'", new SourceLocation(file.Path, 1, 1));
            return null;
        }

        var header = file.Rows[0];
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ok = true;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            var at = new SourceLocation(file.Path, header.Line, header.ColumnOf(i));
            if (optional is not null && !Contains(required, name) && !Contains(optional, name))
            {
                var known = string.Join(", ", required.Concat(optional).Where(n => n.Length > 0));
                diagnostics.Error(DiagnosticCodes.BadHeader, string.Create(CultureInfo.InvariantCulture, $"unknown column '{name}' (field {i + 1}); expected any of: {known}"), at, header.RawLine);
                ok = false;
            }
            else if (!index.TryAdd(name, i))
            {
                diagnostics.Error(DiagnosticCodes.BadHeader, string.Create(CultureInfo.InvariantCulture, $"column '{name}' (field {i + 1}) appears twice; expected each column once"), at, header.RawLine);
                ok = false;
            }
        }

        var missing = required.Where(r => !index.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.BadHeader, $"header lacks column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; expected '{expected}'", new SourceLocation(file.Path, header.Line, 1), header.RawLine);
            return null;
        }

        return ok ? new CsvColumns(index, header.Fields.Count) : null;
    }

    /// <summary>The field index of <paramref name="column"/>, or -1 when the header lacks it.</summary>
    public int this[string column] => _index.GetValueOrDefault(column, -1);

    /// <summary>True when the header has <paramref name="column"/>.</summary>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The trimmed value of <paramref name="column"/> in <paramref name="row"/>, or "" when absent.</summary>
    public string Get(CsvRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var i = this[column];
        return i >= 0 && i < row.Fields.Count ? row.Fields[i].Trim() : string.Empty;
    }

    private static bool Contains(IReadOnlyList<string> names, string name) => names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
