using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Pipeline;

namespace ReportGen.Incremental;

/// <summary>
/// Hashes of the files under <c>data/</c> as an edition with a given as-of date may read them: a row dated after the
/// as-of date does not count (no look-ahead), so appending next month's prices leaves the hashes of earlier editions as
/// they were, while correcting an old row changes them.
/// </summary>
/// <remarks>
/// Rules, per file (paths relative to the project, ordinal order):
/// <list type="bullet">
/// <item>A CSV named after a date (<c>fundamentals/2026-06-30.csv</c>) dated after the as-of date is left out.</item>
/// <item>In any other CSV, a line whose first field is an ISO date after the as-of date is left out; every other line
/// (headers, rows keyed by ticker) counts in full.</item>
/// <item>In YAML files (<c>sources.yml</c>), <c>retrieved:</c> lines are left out and each <c>as_of:</c> date counts as the
/// earlier of itself and the edition's as-of date, because that is all an edition reads of them (<c>cite</c> prints
/// the earlier of the two). Refreshing data therefore does not invalidate earlier editions; a test guards this.</item>
/// <item>Anything else counts byte for byte.</item>
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

            return CsvPrefixKeys(header, bytes, cuts) ?? [.. cuts.Select(cut => CsvFilteredKey(header, bytes, cut))];
        }

        if (path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
        {
            var text = Encoding.UTF8.GetString(bytes);
            return [.. dates.Select(d => Hash(header, Encoding.UTF8.GetBytes(YamlAsOf(text, d))))];
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

    private static byte[] CsvFilteredKey(byte[] header, byte[] bytes, byte[] cut)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(header);
        foreach (var (start, length) in Lines(bytes))
        {
            var line = bytes.AsSpan(start, length);
            if (LeadingDate(line) is { IsEmpty: false } date && date.SequenceCompareTo(cut) > 0)
            {
                continue;
            }

            hash.AppendData(line);
        }

        return hash.GetHashAndReset();
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

    private static string YamlAsOf(string text, DateOnly asOf)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (RetrievedLine().IsMatch(line))
            {
                continue;
            }

            var m = AsOfLine().Match(line);
            if (m.Success && DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                var clamped = date < asOf ? date : asOf;
                sb.Append(m.Groups["key"].Value).Append(clamped.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                continue;
            }

            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }

    private static byte[] Hash(byte[] header, ReadOnlySpan<byte> content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(header);
        hash.AppendData(content);
        return hash.GetHashAndReset();
    }

    [GeneratedRegex(@"^\s*(-\s+)?retrieved\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex RetrievedLine();

    [GeneratedRegex(@"^(?<key>\s*(-\s+)?as_of\s*:\s*)['""]?(?<date>\d{4}-\d{2}-\d{2})['""]?\s*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex AsOfLine();
}
