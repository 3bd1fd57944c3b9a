using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Maps a header row's column names to field indexes, reporting missing required columns.</summary>
public sealed class CsvColumns
{
    private readonly Dictionary<string, int> _index;

    private CsvColumns(Dictionary<string, int> index) => _index = index;

    /// <summary>Reads the header (the first row) of <paramref name="file"/>.</summary>
    /// <param name="file">The parsed CSV.</param>
    /// <param name="required">Column names that must be present (case-insensitive).</param>
    /// <param name="diagnostics">Where a missing column is reported (<see cref="DiagnosticCodes.BadHeader"/>).</param>
    /// <returns>The column map, or null when the file is empty or a required column is missing.</returns>
    public static CsvColumns? Read(CsvFile file, IReadOnlyList<string> required, DiagnosticBag diagnostics)
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
        for (var i = 0; i < header.Fields.Count; i++)
        {
            index.TryAdd(header.Fields[i].Trim(), i);
        }

        var missing = required.Where(r => !index.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.BadHeader, $"header lacks column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; expected '{expected}'", new SourceLocation(file.Path, header.Line, 1), header.RawLine);
            return null;
        }

        return new CsvColumns(index);
    }

    /// <summary>The field index of <paramref name="column"/>, or -1 when the header lacks it.</summary>
    public int this[string column] => _index.GetValueOrDefault(column, -1);

    /// <summary>The trimmed value of <paramref name="column"/> in <paramref name="row"/>, or "" when absent.</summary>
    public string Get(CsvRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var i = this[column];
        return i >= 0 && i < row.Fields.Count ? row.Fields[i].Trim() : string.Empty;
    }
}
