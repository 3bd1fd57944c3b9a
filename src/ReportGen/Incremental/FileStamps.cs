using System.Security.Cryptography;

namespace ReportGen.Incremental;

/// <summary>What a build knew of a file: its length, its modification time and the SHA-256 of its bytes.</summary>
/// <param name="Length">Length in bytes.</param>
/// <param name="Modified">Last write time, UTC, in ticks (100 ns; file systems keep nanoseconds or coarser).</param>
/// <param name="Sha256">SHA-256 of the bytes, 64 lower-case hex characters.</param>
public sealed record FileStamp(long Length, long Modified, string Sha256);

/// <summary>
/// The stamps of a set of files (site-relative or project-relative paths), taken by one pass that began at
/// <paramref name="HashedAt"/>. A later pass trusts a recorded stamp, instead of reading the file again, only when the
/// file's length and modification time are unchanged and that time lies more than <see cref="BuildManifest.RacyWindow"/>
/// before <paramref name="HashedAt"/> (git's rule for "racily clean" index entries: a file written in the tick it was
/// hashed in may have changed again without its time changing).
/// </summary>
/// <param name="HashedAt">When the pass began (UTC ticks), before any file was read.</param>
/// <param name="Files">The stamps, by path.</param>
public sealed record FileStamps(long HashedAt, Dictionary<string, FileStamp> Files)
{
    /// <summary>
    /// The stamp of <paramref name="fullPath"/> now: the recorded one from <paramref name="previous"/> when it can be
    /// trusted (see <see cref="FileStamps"/>), else a new one from the file's bytes.
    /// </summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="previous">The stamps of the last pass, or null.</param>
    /// <param name="key">The file's path in <paramref name="previous"/>.</param>
    /// <param name="hashed">True when the file was read and hashed.</param>
    /// <returns>The stamp.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FileStamp Stamp(string fullPath, FileStamps? previous, string key, out bool hashed)
    {
        var info = new FileInfo(fullPath);
        return Stamp(fullPath, info.Length, info.LastWriteTimeUtc.Ticks, previous, key, out hashed);
    }

    /// <summary><see cref="Stamp(string, FileStamps, string, out bool)"/> with the file's length and modification time
    /// already known from a listing (<see cref="Project.SourceFiles.WalkOwn"/>), so it is not asked again.</summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="length">Its length in bytes, as listed.</param>
    /// <param name="modified">Its last write time, UTC ticks, as listed.</param>
    /// <param name="previous">The stamps of the last pass, or null.</param>
    /// <param name="key">The file's path in <paramref name="previous"/>.</param>
    /// <param name="hashed">True when the file was read and hashed.</param>
    /// <returns>The stamp.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FileStamp Stamp(string fullPath, long length, long modified, FileStamps? previous, string key, out bool hashed)
    {
        if (previous?.Files is { } files && files.TryGetValue(key, out var old) && old.Length == length && old.Modified == modified
            && modified < previous.HashedAt - BuildManifest.RacyWindow.Ticks && old.Sha256 is { Length: 64 } && old.Sha256.All(char.IsAsciiHexDigitLower))
        {
            hashed = false;
            return old;
        }

        hashed = true;
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        // The stamp describes the bytes read: if the file changed while it was read, its new time will not match.
        return new FileStamp(length, modified, sha);
    }
}
