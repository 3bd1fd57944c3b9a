using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
namespace ReportGen.Project;

/// <summary>
/// One share of a sharded build, <c>--shard i/n</c>: shard <see cref="Index"/> (0-based) of <see cref="Count"/>. An
/// edition belongs to the shard its key (<c>Edition.Key</c>) hashes to (<see cref="ShareOf"/>), so every machine computes
/// the same split from the plan alone, without talking to the others.
/// <c>Sharding/ShardSet</c> reads the shard folders back for <c>reportgen merge</c>.
/// </summary>
/// <param name="Index">This shard's number, 0 ≤ Index &lt; Count.</param>
/// <param name="Count">How many shards the build is split into, at least 1.</param>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>i/n</c> (e.g. <c>0/3</c>, <c>2/3</c>): two whole numbers, n at least 1, i from 0 to n-1.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="spec">The shard, when the text is valid.</param>
    /// <param name="error">What is wrong, when it is not (for the usage error line).</param>
    /// <returns>True when <paramref name="text"/> is a valid shard.</returns>
    public static bool TryParse(string? text, out ShardSpec spec, out string? error)
    {
        spec = default;
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"--shard '{text}' is not i/n; expected the shard's number from 0 and the number of shards, such as 0/3";
            return false;
        }

        if (count < 1)
        {
            error = $"--shard '{text}': the number of shards must be at least 1";
            return false;
        }

        if (index >= count)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"--shard '{text}': shards are numbered from 0 to {count - 1}");
            return false;
        }

        (spec, error) = (new ShardSpec(index, count), null);
        return true;
    }

    /// <summary>
    /// The shard an edition key falls in: the first 8 bytes of the SHA-256 of its UTF-8 bytes, as a big-endian unsigned
    /// number, modulo <paramref name="count"/>. Stable across machines, processes and .NET versions (unlike
    /// <c>string.GetHashCode</c>, which is randomised per process).
    /// </summary>
    /// <param name="key">An edition key (<c>Edition.Key</c>), e.g. <c>ai-equities/2026-Q2</c>.</param>
    /// <param name="count">The number of shards, at least 1.</param>
    /// <returns>A shard number from 0 to <paramref name="count"/> - 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public static int ShareOf(string key, int count)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count);
    }

    /// <summary>True when the edition with key <paramref name="editionKey"/> is this shard's to render.</summary>
    /// <param name="editionKey">A planned edition's <c>Edition.Key</c>.</param>
    public bool Owns(string editionKey) => ShareOf(editionKey, Count) == Index;

    /// <summary><c>i/n</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
