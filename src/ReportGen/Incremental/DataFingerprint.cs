using System.Security.Cryptography;
using System.Text;
using ReportGen.Project;

namespace ReportGen.Incremental;

/// <summary>
/// The hash of every byte of every file under <c>data/</c> (path and content, ordinal order), the data part of each
/// edition's cache key. No file is parsed for the key: any edit, even one after an edition's as-of date or in a
/// retrieval date of <c>sources.yml</c>, renders every edition again, so a cached page can never miss an input.
/// </summary>
/// <remarks>
/// Refreshing data therefore re-renders all editions of a local build (a data refresh also updates sources.yml, which
/// every edition cites). Template edits, the editor's loop, still reuse every edition the edit does not touch.
/// </remarks>
public sealed class DataFingerprint
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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var full in SourceFiles.Enumerate(new ProjectLayout(projectRoot).Data, "*"))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(SourceFiles.Relative(projectRoot, full) + "\0"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(full)));
        }

        var key = Convert.ToHexStringLower(hash.GetHashAndReset());
        return new DataFingerprint(asOfDates.Distinct().ToDictionary(d => d, _ => key));
    }

    /// <summary>The hash of the data an edition as of <paramref name="asOf"/> may read (64 hex characters).</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="asOf"/> was not among the dates given to <see cref="Compute"/>.</exception>
    public string KeyFor(DateOnly asOf) => _keys[asOf];
}
