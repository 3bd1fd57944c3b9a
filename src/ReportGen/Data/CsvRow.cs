namespace ReportGen.Data;

/// <summary>One record of a CSV file with the positions needed for diagnostics.</summary>
/// <param name="Line">1-based line number of the record in the file.</param>
/// <param name="Fields">The parsed field values (quotes removed).</param>
/// <param name="RawLine">The record's raw text without the line ending, for the excerpt under an error and for columns.</param>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields, string RawLine)
{
    private int[]? _columns;

    /// <summary>1-based character column where each field starts in <see cref="RawLine"/>, honouring double-quoted fields.
    /// Computed on first use: only diagnostics need it.</summary>
    public IReadOnlyList<int> Columns => _columns ??= CsvFile.FieldColumns(RawLine);

    /// <summary>The 1-based column of field <paramref name="index"/>, or of the end of the line when the field is missing.</summary>
    public int ColumnOf(int index) => index < Columns.Count ? Columns[index] : RawLine.Length + 1;
}
