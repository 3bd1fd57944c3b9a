using System.Globalization;

namespace ReportGen.Data;

/// <summary>
/// The fast path of <see cref="PriceFileReader"/> for the common, clean file: plain ASCII, no quotes, no blank lines, a
/// one-line header of known columns, <c>yyyy-MM-dd</c> dates ascending, every value well-formed, positive and plausible,
/// no split-sized move. Such a file is parsed straight from its bytes, without a <see cref="CsvRow"/> (and its strings)
/// per line. Anything else returns null and the caller reads the file the slow way, which reports every problem with its
/// line and column: the fast path only ever accepts files the slow path accepts, with the same values.
/// </summary>
/// <remarks>
/// At 5,000 securities x 20 years (26 million rows, bench/scale.sh) parsing was most of the load stage's time and
/// allocation; see docs/scaling.md.
/// </remarks>
internal static class PriceFileFastReader
{
    /// <summary>Parses a clean price file, or returns null when the file needs the full reader (see the class remarks).</summary>
    /// <param name="fullPath">The file on disk.</param>
    /// <param name="relative">Its project-relative path (for <see cref="PriceFile.Path"/>).</param>
    /// <param name="ticker">The security (the file name without .csv).</param>
    public static PriceFile? TryRead(string fullPath, string relative, string ticker)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return TryParse(bytes, relative, ticker);
    }

    /// <summary>Parses the bytes of a clean price file, or returns null (see the class remarks).</summary>
    internal static PriceFile? TryParse(ReadOnlySpan<byte> bytes, string relative, string ticker)
    {
        var lineCount = 0;
        foreach (var b in bytes)
        {
            if (b == '\n')
            {
                lineCount++;
            }
            else if (b == '"' || b >= 0x80 || (b < 0x20 && b != '\r'))
            {
                return null; // quotes, non-ASCII (or a BOM), control characters: the full reader
            }
        }

        var headerEnd = bytes.IndexOf((byte)'\n');
        if (headerEnd <= 0)
        {
            return null;
        }

        var header = System.Text.Encoding.ASCII.GetString(bytes[..headerEnd]).TrimEnd('\r').Split(',');
        var columns = new string?[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            columns[i] = PriceFileReader.Canonical(header[i]);
            if (columns[i] is null || Array.IndexOf(columns, columns[i], 0, i) >= 0)
            {
                return null;
            }
        }

        int Field(string name) => Array.IndexOf(columns, name);
        var (date, adj, close, open, high, low, volume) = (Field("Date"), Field("Adj Close"), Field("Close"), Field("Open"), Field("High"), Field("Low"), Field("Volume"));
        if (date < 0 || (adj < 0 && close < 0))
        {
            return null;
        }

        var rows = lineCount + (bytes[^1] == '\n' ? 0 : 1) - 1;
        List<double>? Column(int field) => field < 0 ? null : new List<double>(rows);
        var result = new PriceFile(relative, ticker, new List<DateOnly>(rows), new List<int>(rows), Column(adj), Column(close), Column(open), Column(high), Column(low), volume < 0 ? null : new List<long>(rows));
        var values = new double[columns.Length];
        var rest = bytes[(headerEnd + 1)..];
        var line = 1;
        while (!rest.IsEmpty)
        {
            line++;
            var end = rest.IndexOf((byte)'\n');
            var record = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (!record.IsEmpty && record[^1] == '\r')
            {
                record = record[..^1];
            }

            if (record.IsEmpty || !ReadRecord(record, columns.Length, date, volume, values, out var day, out var shares)
                || (result.Dates.Count > 0 && day <= result.Dates[^1]) || !Consistent(values, open, high, low, close))
            {
                return null; // blank line, bad field, out-of-order date, inconsistent bar: the full reader reports it
            }

            result.Dates.Add(day);
            result.Lines.Add(line);
            result.AdjustedClose?.Add(values[adj]);
            result.Close?.Add(values[close]);
            result.Open?.Add(values[open]);
            result.High?.Add(values[high]);
            result.Low?.Add(values[low]);
            result.Volume?.Add(shares);
        }

        return NoSplitSizedMove(result.AdjustedClose) && NoSplitSizedMove(result.Close) ? result : null;
    }

    // One record: exactly `count` fields, the date as yyyy-MM-dd, prices finite, positive and plausible, volume >= 0.
    private static bool ReadRecord(ReadOnlySpan<byte> record, int count, int dateField, int volumeField, double[] values, out DateOnly day, out long shares)
    {
        day = default;
        shares = 0;
        for (var i = 0; i < count; i++)
        {
            var comma = record.IndexOf((byte)',');
            if ((comma < 0) != (i == count - 1))
            {
                return false; // too few or too many fields
            }

            var field = comma < 0 ? record : record[..comma];
            record = comma < 0 ? [] : record[(comma + 1)..];
            if (field.IsEmpty || field[0] == ' ' || field[^1] == ' ')
            {
                return false;
            }

            if (i == dateField)
            {
                if (!TryDate(field, out day))
                {
                    return false;
                }
            }
            else if (i == volumeField)
            {
                if (!long.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out shares) || shares < 0)
                {
                    return false;
                }
            }
            else if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i])
                || values[i] <= 0 || values[i] < Plausibility.MinPriceUsd || values[i] > Plausibility.MaxPriceUsd)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDate(ReadOnlySpan<byte> text, out DateOnly day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        static int Digits(ReadOnlySpan<byte> s)
        {
            var n = 0;
            foreach (var c in s)
            {
                if (c is < (byte)'0' or > (byte)'9')
                {
                    return -1;
                }

                n = (n * 10) + (c - '0');
            }

            return n;
        }

        var (year, month, dayOfMonth) = (Digits(text[..4]), Digits(text[5..7]), Digits(text[8..]));
        if (year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    private static bool Consistent(double[] values, int open, int high, int low, int close)
    {
        if (high < 0 || low < 0)
        {
            return true;
        }

        return values[high] >= values[low]
            && (open < 0 || (values[open] >= values[low] && values[open] <= values[high]))
            && (close < 0 || (values[close] >= values[low] && values[close] <= values[high]));
    }

    // Any one-day move outside (SplitFallRatio, SplitRiseRatio) goes to the full reader, which decides whether it looks like a split.
    private static bool NoSplitSizedMove(List<double>? values)
    {
        if (values is null)
        {
            return true;
        }

        for (var i = 1; i < values.Count; i++)
        {
            var q = values[i] / values[i - 1];
            if (!(q > PriceFileReader.SplitFallRatio && q < PriceFileReader.SplitRiseRatio))
            {
                return false;
            }
        }

        return true;
    }
}
