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
            var text = File.ReadAllText(fullPath, new UTF8Encoding(false, true));
            return Parse(text, relativePath);
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
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
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
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        while (parser.Read())
        {
            var raw = parser.RawRecord.TrimEnd('\r', '\n');
            var fields = parser.Record ?? [];
            var line = parser.RawRow - CountNewlines(parser.RawRecord) + 1;
            rows.Add(new CsvRow(line, fields, FieldColumns(raw), raw));
        }

        return new CsvFile(relativePath, rows);
    }

    private static int CountNewlines(string raw)
    {
        var trimmed = raw.TrimEnd('\r', '\n');
        var n = 0;
        foreach (var c in trimmed)
        {
            if (c == '\n')
            {
                n++;
            }
        }

        return n + 1;
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
