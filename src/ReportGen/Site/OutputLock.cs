using System.Globalization;

namespace ReportGen.Site;

/// <summary>
/// The one-build-at-a-time lock of an output folder: an exclusive lock on <c>.&lt;name&gt;.lock</c> beside it, held
/// from before a build reads its cache until after it has published and recorded the result. The operating system
/// releases the lock when its holder exits, however it exits, so a killed build never leaves a stale lock behind.
/// </summary>
/// <remarks>
/// The lock file is never deleted (deleting a locked file would let two builds lock two different files of one name).
/// The holder's process id is written to <c>.&lt;name&gt;.lock.owner</c> beside it, for the message of a build that
/// finds the lock taken; that file may be stale, so it is only read while the lock is held by someone.
/// </remarks>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    /// <summary>The lock file's absolute path.</summary>
    public string Path { get; }

    /// <summary>Takes the lock of <paramref name="outputDirectory"/> without waiting.</summary>
    /// <param name="outputDirectory">The output folder; its parent is created when missing.</param>
    /// <param name="holder">When the lock is taken by another build: its process id, or null when unknown.</param>
    /// <returns>The held lock (dispose it to release), or null when another build holds it.</returns>
    /// <exception cref="IOException">The lock file cannot be created or opened (for example, no permission).</exception>
    /// <exception cref="UnauthorizedAccessException">The lock file's folder cannot be written.</exception>
    public static OutputLock? TryAcquire(string outputDirectory, out int? holder)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var (path, owner) = Files(outputDirectory);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        holder = null;
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows. Read access is
            // enough to hold it, so another user's build can take a lock file that this user created, and vice versa.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            holder = ReadOwner(owner);
            return null;
        }

        try
        {
            var temp = string.Create(CultureInfo.InvariantCulture, $"{owner}.{Environment.ProcessId}.tmp");
            File.WriteAllText(temp, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}\n"));
            File.Move(temp, owner, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The owner note is only for other builds' messages; the lock itself is held.
        }

        return new OutputLock(stream, path);
    }

    /// <summary>The lock file and owner note of <paramref name="outputDirectory"/>: <c>.&lt;name&gt;.lock</c> and <c>.&lt;name&gt;.lock.owner</c> beside it.</summary>
    /// <param name="outputDirectory">The output folder.</param>
    /// <returns>Absolute paths.</returns>
    public static (string Lock, string Owner) Files(string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var output = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(output) ?? throw new IOException($"'{outputDirectory}' has no parent folder");
        var name = System.IO.Path.GetFileName(output);
        return (System.IO.Path.Combine(parent, $".{name}.lock"), System.IO.Path.Combine(parent, $".{name}.lock.owner"));
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();

    private static int? ReadOwner(string owner)
    {
        try
        {
            return int.TryParse(File.ReadAllText(owner).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
