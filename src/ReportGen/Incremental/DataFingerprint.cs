using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Pipeline;

namespace ReportGen.Incremental;

/// <summary>
/// Hashes of the files under <c>data/</c> as an edition with a given as-of date may read them. Keys hash bytes; they
/// never parse a file's values. The one thing left out is the tail of a file whose rows are dated in ascending order
/// (prices, dividends, flows) from the first row dated after the as-of date: an edition never reads it (no look-ahead),
/// so appending next month's prices leaves the keys of earlier editions as they were, while any edit before the cut
/// changes them.
/// </summary>
/// <remarks>
/// Rules, per file (paths relative to the project, ordinal order):
/// <list type="bullet">
/// <item>A CSV named after a date (<c>fundamentals/2026-06-30.csv</c>) dated after the as-of date is left out; otherwise
/// its bytes count in full.</item>
/// <item>A CSV without a double quote whose lines that begin with an ISO date (<c>yyyy-MM-dd,</c>) ascend: the bytes
/// before the first line dated after the as-of date.</item>
/// <item>Every other file, YAML included (a quoted field may span lines, a YAML value may span lines: no line can be
/// judged alone): every byte.</item>
/// </list>
/// </remarks>
public sealed partial class DataFingerprint
{
    private readonly Dictionary<DateOnly, string> _keys;

    private DataFingerprint(Dictionary<DateOnly, string> keys) => _keys = keys;

    /// <summary>Reads every file under <c>&lt;projectRoot&gt;/data</c> once and hashes it for each of <paramref name="asOfDates"/>.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="asOfDates">The as-of dates of the editions to key.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="IOException">A data file cannot be read.</exception>
    public static DataFingerprint Compute(string projectRoot, IEnumerable<DateOnly> asOfDates)
    {
        ArgumentNullException.ThrowIfNull(asOfDates);
        var dates = asOfDates.Distinct().Order().ToArray();
        var cuts = dates.Select(d => Encoding.ASCII.GetBytes(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var perDate = dates.Select(_ => IncrementalHash.CreateHash(HashAlgorithmName.SHA256)).ToArray();
        try
        {
            foreach (var full in SourceFiles.Enumerate(Path.Combine(projectRoot, "data"), "*"))
            {
                var path = SourceFiles.Relative(projectRoot, full);
                var bytes = File.ReadAllBytes(full);
                var keys = FileKeys(path, bytes, dates, cuts);
                for (var i = 0; i < dates.Length; i++)
                {
                    perDate[i].AppendData(keys[i]);
                }
            }

            var result = new Dictionary<DateOnly, string>();
            for (var i = 0; i < dates.Length; i++)
            {
                result[dates[i]] = Convert.ToHexStringLower(perDate[i].GetHashAndReset());
            }

            return new DataFingerprint(result);
        }
        finally
        {
            foreach (var h in perDate)
            {
                h.Dispose();
            }
        }
    }

    /// <summary>The hash of the data an edition as of <paramref name="asOf"/> may read (64 hex characters).</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="asOf"/> was not among the dates given to <see cref="Compute"/>.</exception>
    public string KeyFor(DateOnly asOf) => _keys[asOf];

    private static byte[][] FileKeys(string path, byte[] bytes, DateOnly[] dates, byte[][] cuts)
    {
        var header = Encoding.UTF8.GetBytes(path + "\0");
        if (path.EndsWith(".csv", StringComparison.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            if (DateOnly.TryParseExact(stem, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var snapshot))
            {
                var whole = Hash(header, bytes);
                return [.. dates.Select(d => snapshot > d ? Hash(header, "absent"u8) : whole)];
            }

            if (Array.IndexOf(bytes, (byte)'"') < 0 && CsvPrefixKeys(header, bytes, cuts) is { } prefixes)
            {
                return prefixes;
            }
        }

        var all = Hash(header, bytes);
        return [.. dates.Select(_ => all)];
    }

    // One pass for files whose dated lines ascend (prices, dividends): the key at each cut is the hash of the prefix
    // before the first line dated after it. Returns null when dates do not ascend.
    private static byte[][]? CsvPrefixKeys(byte[] header, byte[] bytes, byte[][] cuts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(header);
        var keys = new byte[cuts.Length][];
        var next = 0;
        ReadOnlySpan<byte> previous = default;
        foreach (var (start, length) in Lines(bytes))
        {
            var line = bytes.AsSpan(start, length);
            if (LeadingDate(line) is { IsEmpty: false } date)
            {
                if (!previous.IsEmpty && date.SequenceCompareTo(previous) < 0)
                {
                    return null;
                }

                while (next < cuts.Length && date.SequenceCompareTo(cuts[next]) > 0)
                {
                    keys[next++] = hash.GetCurrentHash();
                }

                previous = date;
            }

            hash.AppendData(line);
        }

        while (next < cuts.Length)
        {
            keys[next++] = hash.GetCurrentHash();
        }

        return keys;
    }

    // Lines including their '\n', so that joining lines and splitting them differently cannot collide.
    private static IEnumerable<(int Start, int Length)> Lines(byte[] bytes)
    {
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var next = end < 0 ? bytes.Length : end + 1;
            yield return (start, next - start);
            start = next;
        }
    }

    private static ReadOnlySpan<byte> LeadingDate(ReadOnlySpan<byte> line)
    {
        if (line.Length < 10 || line[4] != '-' || line[7] != '-' || (line.Length > 10 && line[10] != ',' && line[10] != '\r' && line[10] != '\n'))
        {
            return default;
        }

        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3, 5, 6, 8, 9])
        {
            if (line[i] is < (byte)'0' or > (byte)'9')
            {
                return default;
            }
        }

        return line[..10];
    }

    private static byte[] Hash(byte[] header, ReadOnlySpan<byte> content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(header);
        hash.AppendData(content);
        return hash.GetHashAndReset();
    }
}
