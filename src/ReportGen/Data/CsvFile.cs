using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>
/// A whole CSV file read with CsvHelper's parser (invariant culture, comma delimiter, RFC 4180 quoting,
/// UTF-8 with or without BOM, LF or CRLF), keeping line and column of every field for diagnostics.
/// </summary>
public sealed class CsvFile
{
    private CsvFile(string path, IReadOnlyList<CsvRow> rows)
    {
        Path = path;
        Rows = rows;
    }

    /// <summary>The file's path relative to the project root, '/' separators, as diagnostics print it.</summary>
    public string Path { get; }

    /// <summary>Every record, the header included, in file order; blank lines are skipped.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads <paramref name="fullPath"/>; on failure reports <see cref="DiagnosticCodes.UnreadableFile"/> and returns null.</summary>
    /// <param name="fullPath">The file on disk.</param>
    /// <param name="relativePath">The project-relative path used in diagnostics.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static CsvFile? Read(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            using var reader = new StreamReader(fullPath, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false);
            return Parse(reader, relativePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or CsvHelperException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, $"cannot read the file: {Reason(e)}; expected a UTF-8 CSV file", SourceLocation.File(relativePath));
            return null;
        }
    }

    /// <summary>Why a file could not be read, in words that do not depend on the machine (no absolute paths).</summary>
    /// <param name="e">The exception caught while reading.</param>
    internal static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "the file does not exist",
        UnauthorizedAccessException => "permission denied",
        DecoderFallbackException => "it is not valid UTF-8",
        CsvHelperException => "it is not parseable CSV (" + e.Message.Split('\n')[0].Trim() + ")",
        _ => e.Message.Split('\n')[0].Trim(),
    };

    /// <summary>Parses CSV text already in memory (a leading BOM is ignored).</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="relativePath">The project-relative path used in diagnostics.</param>
    /// <exception cref="CsvHelperException">The text is not parseable CSV (e.g. an unterminated quote).</exception>
    public static CsvFile Parse(string text, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader, relativePath);
    }

    /// <summary>Parses CSV text from <paramref name="reader"/> (a leading BOM is ignored), streaming: the file is never held
    /// whole in memory as one string.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="relativePath">The project-relative path used in diagnostics.</param>
    /// <exception cref="CsvHelperException">The text is not parseable CSV.</exception>
    /// <exception cref="DecoderFallbackException">The reader decodes strictly and met bytes that are not valid UTF-8.</exception>
    public static CsvFile Parse(TextReader reader, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ",",
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            BadDataFound = null,
            DetectColumnCountChanges = false,
        };
        var rows = new List<CsvRow>();
        using var parser = new CsvParser(reader, config, leaveOpen: true);
        while (parser.Read())
        {
            var raw = parser.RawRecord.TrimEnd('\r', '\n');
            var fields = parser.Record ?? [];
            var line = parser.RawRow - CountNewlines(raw) + 1;
            rows.Add(new CsvRow(line, fields, raw));
        }

        return new CsvFile(relativePath, rows);
    }

    /// <summary>Number of physical lines in a record whose line ending is already trimmed.</summary>
    private static int CountNewlines(string trimmed)
    {
        var n = 1;
        foreach (var c in trimmed)
        {
            if (c == '\n')
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>1-based start column of every field in a raw record, honouring double-quoted fields.</summary>
    internal static int[] FieldColumns(string raw)
    {
        var columns = new List<int> { 1 };
        var inQuotes = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == ',' && !inQuotes)
            {
                columns.Add(i + 2);
            }
        }

        return [.. columns];
    }
}
