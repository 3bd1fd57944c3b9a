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
    /// <summary>Longest field read, in characters (4,096): far above any name, date or number, far below a denial of service.</summary>
    public const int MaxFieldLength = 4096;

    /// <summary>Most fields in one record (256).</summary>
    public const int MaxColumns = 256;

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
        catch (MaxFieldSizeException e)
        {
            var line = e.Context?.Parser is { } p ? p.RawRow : 0;
            diagnostics.Error(DiagnosticCodes.FieldTooLong, string.Create(CultureInfo.InvariantCulture, $"a field is longer than {MaxFieldLength:N0} characters; expected names, dates and numbers (is this a CSV file?)"), new SourceLocation(relativePath, Math.Max(1, line), 1));
            return null;
        }
        catch (TooManyColumnsException e)
        {
            diagnostics.Error(DiagnosticCodes.TooManyColumns, string.Create(CultureInfo.InvariantCulture, $"a record has {e.Count:N0} fields; a CSV file may have at most {MaxColumns} columns"), new SourceLocation(relativePath, e.Line, 1));
            return null;
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
    /// <exception cref="CsvHelperException">The text is not parseable CSV, or a field is longer than <see cref="MaxFieldLength"/> (<see cref="MaxFieldSizeException"/>).</exception>
    /// <exception cref="FormatException">A record has more than <see cref="MaxColumns"/> fields.</exception>
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
            MaxFieldSize = MaxFieldLength,
        };
        var rows = new List<CsvRow>();
        using var parser = new CsvParser(reader, config, leaveOpen: true);
        while (parser.Read())
        {
            var raw = parser.RawRecord.TrimEnd('\r', '\n');
            var fields = parser.Record ?? [];
            var line = parser.RawRow - CountNewlines(raw) + 1;
            if (fields.Length > MaxColumns)
            {
                throw new TooManyColumnsException(line, fields.Length);
            }

            rows.Add(new CsvRow(line, fields, raw));
        }

        return new CsvFile(relativePath, rows);
    }

    /// <summary>A record with more than <see cref="MaxColumns"/> fields: reading stops there.</summary>
    private sealed class TooManyColumnsException(int line, int count) : FormatException($"line {line}: {count} fields; at most {MaxColumns} are read")
    {
        public int Line { get; } = line;

        public int Count { get; } = count;
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
