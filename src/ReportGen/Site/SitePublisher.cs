using System.Globalization;
using System.Runtime.InteropServices;

namespace ReportGen.Site;

/// <summary>
/// Writes a <see cref="SiteFileSet"/> to the output folder atomically: everything goes to a staging folder of this build
/// beside it, an optional step (the search indexer) completes the staged tree, then the staged folder is swapped in and
/// the old copy deleted. If anything fails, or the process is killed at any point, the previous output is left
/// byte-identical, and the next build removes the leftovers.
/// </summary>
/// <remarks>
/// <para>On Linux the swap is one <c>renameat2(RENAME_EXCHANGE)</c> call, so there is no moment without an output folder.
/// Elsewhere it is two renames (output → <c>.&lt;name&gt;.old-&lt;id&gt;</c>, staging → output); a build killed between them
/// leaves only the old copy, which the next build moves back before it starts.</para>
/// <para>Callers hold the output's <see cref="OutputLock"/>: the leftovers removed at the start are then known to be
/// those of dead builds. Staging and old-copy folders carry the process id and a random suffix, so no two builds share one.</para>
/// <para>Before the swap, every folder of the previous output is checked to be deletable by this user (on Unix); a site
/// built by another user is refused with an <see cref="IOException"/> before anything changes. If deleting the previous
/// copy fails after the swap all the same (a sticky folder, an immutable file), it is swapped back and the new site
/// discarded when nothing of it was deleted yet; when part of it was, the new site stays (it is complete) and the remains
/// are reported through the warnings.</para>
/// </remarks>
public static class SitePublisher
{
    /// <summary>Publishes <paramref name="files"/> to <paramref name="outputDirectory"/> with nothing run before the swap.</summary>
    /// <param name="files">The whole site.</param>
    /// <param name="outputDirectory">The output folder.</param>
    /// <param name="cancellationToken">Stops before the swap; the output is then untouched.</param>
    /// <exception cref="IOException">Writing or swapping failed; the previous output is intact.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the swap.</exception>
    public static Task PublishAsync(SiteFileSet files, string outputDirectory, CancellationToken cancellationToken) =>
        PublishAsync(files, outputDirectory, null, null, cancellationToken);

    /// <summary>Publishes <paramref name="files"/> to <paramref name="outputDirectory"/>.</summary>
    /// <param name="files">The whole site: in memory (written to a new staging folder here), or staged
    /// (<see cref="SiteFileSet.Staged"/>) in a folder from <see cref="WorkFolders"/> of this output, which is swapped in as it is.</param>
    /// <param name="outputDirectory">The output folder (e.g. <c>site</c>); its parent must exist or be creatable.</param>
    /// <param name="beforeSwap">Runs on the complete staging folder (absolute path) just before the swap, e.g. to add a
    /// search index; null for nothing. An exception from it aborts the publish like a write failure.</param>
    /// <param name="warnings">Receives one line per leftover of an earlier build that could not be removed; null to ignore them.</param>
    /// <param name="cancellationToken">Stops before the swap; the output is then untouched.</param>
    /// <exception cref="IOException">Writing, swapping or replacing failed, or the previous output cannot be deleted by
    /// this user; the previous output is intact (the staging folder is removed).</exception>
    /// <exception cref="UnauthorizedAccessException">The staging folder cannot be created beside the output; nothing changed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the swap.</exception>
    /// <exception cref="ArgumentException"><paramref name="files"/> is staged in a folder that is not a staging folder of the output.</exception>
    public static async Task PublishAsync(SiteFileSet files, string outputDirectory, Func<string, CancellationToken, Task>? beforeSwap, Action<string>? warnings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"'{outputDirectory}' has no parent folder");
        Directory.CreateDirectory(parent);
        // A staged set (SiteFileSet.Staged) is already written, in a staging folder of this build beside the output.
        var staged = files.Folder;
        if (staged is not null && !IsWorkFolder(staged, Path.GetFileName(output), "staging"))
        {
            throw new ArgumentException($"a staged site must be in a staging folder of {output} (see {nameof(WorkFolders)}); it is in {staged}", nameof(files));
        }

        RemoveLeftovers(output, warnings, keep: staged);
        var (staging, old) = WorkFolders(output);
        staging = staged ?? staging;
        EnsureReplaceable(output);
        bool exchanged;
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (path, content) in staged is null ? files.Files : new Dictionary<string, byte[]>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var target = Path.Combine(staging, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, content, cancellationToken).ConfigureAwait(false);
            }

            if (beforeSwap is not null)
            {
                await beforeSwap(staging, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            exchanged = Swap(staging, output, old);
        }
        catch
        {
            // Restore the previous output if the first rename happened but the second did not.
            if (!Directory.Exists(output) && Directory.Exists(old))
            {
                Directory.Move(old, output);
            }

            TryDelete(staging);
            throw;
        }

        // After an exchange the previous site sits in the staging folder; after two renames, in the old-copy folder.
        var previous = exchanged ? staging : old;
        var entries = CountEntries(previous);
        try
        {
            DeleteIfExists(previous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Untouched (the first deletion failed): swap it back, byte-identical, and fail the publish. Partly deleted:
            // it can no longer be put back whole, so the new, complete site stays and the remains are reported.
            if (CountEntries(previous) == entries)
            {
                PutBack(previous, output, exchanged);
                throw new IOException($"could not delete the previous site after the swap ({e.Message}); it was put back unchanged in {output} and the new site discarded", e);
            }

            warnings?.Invoke($"the new site is published, but the previous one could not be removed completely ({e.Message}); delete its remains in '{previous}' by hand");
        }
    }

    private static int CountEntries(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true }).Count() : 0;

    /// <summary>
    /// An empty <see cref="SiteFileSet.Staged"/> set in a fresh staging folder of <paramref name="outputDirectory"/> (see
    /// <see cref="WorkFolders"/>), for a build that lays its site out straight to disk and then <see cref="PublishAsync(SiteFileSet, string, Func{string, CancellationToken, Task}?, Action{string}?, CancellationToken)"/>s it.
    /// </summary>
    /// <param name="outputDirectory">The output folder.</param>
    /// <returns>The set; its folder exists.</returns>
    /// <exception cref="IOException">The staging folder cannot be created.</exception>
    public static SiteFileSet Stage(string outputDirectory) =>
        SiteFileSet.Staged(WorkFolders(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar)).Staging);

    /// <summary>Fresh staging and old-copy folders for a build writing <paramref name="output"/>: <c>.&lt;name&gt;.staging-&lt;id&gt;</c>
    /// and <c>.&lt;name&gt;.old-&lt;id&gt;</c> beside it, where the id is the process id and a random suffix.</summary>
    /// <param name="output">Absolute path of the output folder, without a trailing separator.</param>
    /// <returns>Absolute paths of both folders (neither exists yet).</returns>
    public static (string Staging, string Old) WorkFolders(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var parent = Path.GetDirectoryName(output) ?? string.Empty;
        var name = Path.GetFileName(output);
        var id = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        return (Path.Combine(parent, $".{name}.staging-{id}"), Path.Combine(parent, $".{name}.old-{id}"));
    }

    /// <summary>
    /// Clears what killed builds left beside <paramref name="output"/>: an output caught between the two renames is
    /// moved back first, then every staging and old-copy folder is removed. Call it only while holding the output's
    /// <see cref="OutputLock"/> (then no live build owns any of them); a build that publishes nothing calls it too.
    /// </summary>
    /// <param name="output">Absolute path of the output folder, without a trailing separator.</param>
    /// <param name="warnings">Receives one line per leftover that cannot be removed (another user's); null to ignore.</param>
    /// <exception cref="IOException">The output caught between the renames cannot be moved back.</exception>
    public static void RemoveLeftovers(string output, Action<string>? warnings) => RemoveLeftovers(output, warnings, keep: null);

    // keep: this build's own staging folder (a staged site), which is not a leftover.
    private static void RemoveLeftovers(string output, Action<string>? warnings, string? keep)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Path.GetDirectoryName(output) is not { } parentFolder || !Directory.Exists(parentFolder))
        {
            return;
        }

        var parent = parentFolder;
        var name = Path.GetFileName(output);
        var olds = Directory.EnumerateDirectories(parent, $".{name}.old*").Where(d => IsWorkFolder(d, name, "old")).OrderByDescending(Directory.GetLastWriteTimeUtc).ToList();
        if (!Directory.Exists(output) && olds.Count > 0)
        {
            Directory.Move(olds[0], output);
            olds.RemoveAt(0);
        }

        foreach (var leftover in olds.Concat(Directory.EnumerateDirectories(parent, $".{name}.staging*").Where(d => IsWorkFolder(d, name, "staging") && !string.Equals(Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar), keep is null ? null : Path.GetFullPath(keep).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))).Order(StringComparer.Ordinal))
        {
            if (!TryDelete(leftover))
            {
                warnings?.Invoke($"could not remove '{leftover}', left by an earlier build (it may belong to another user); delete it by hand");
            }
        }
    }

    private static bool IsWorkFolder(string path, string name, string kind)
    {
        var file = Path.GetFileName(path);
        return file == $".{name}.{kind}" || file.StartsWith($".{name}.{kind}-", StringComparison.Ordinal);
    }

    // Deleting a folder's entries needs write and search permission on it: check every folder of the previous output
    // before anything changes, so a site built by another user is refused rather than half deleted after the swap.
    private static void EnsureReplaceable(string output)
    {
        if (!Directory.Exists(output) || OperatingSystem.IsWindows())
        {
            return;
        }

        var folders = Directory.EnumerateDirectories(output, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false })
            .Prepend(output);
        foreach (var folder in folders)
        {
            if (!NativeMethods.CanModify(folder))
            {
                throw new IOException($"cannot replace {output}: the files in '{folder}' cannot be deleted by this user (they belong to another user, such as root, or the disk is read-only); nothing was changed. Remove {output} as its owner, or build into another --out");
            }
        }
    }

    private static void PutBack(string previous, string output, bool exchanged)
    {
        if (!Directory.Exists(previous))
        {
            return;
        }

        if (exchanged && NativeMethods.TryExchange(previous, output))
        {
            TryDelete(previous); // now the new site
            return;
        }

        var discard = previous + ".new";
        Directory.Move(output, discard);
        Directory.Move(previous, output);
        TryDelete(discard);
    }

    private static bool Swap(string staging, string output, string old)
    {
        if (Directory.Exists(output) && OperatingSystem.IsLinux() && NativeMethods.TryExchange(staging, output))
        {
            return true;
        }

        if (Directory.Exists(output))
        {
            Directory.Move(output, old);
        }

        Directory.Move(staging, output);
        return false;
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static bool TryDelete(string directory)
    {
        try
        {
            DeleteIfExists(directory);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static class NativeMethods
    {
        private const int AtFdCwd = -100;
        private const uint RenameExchange = 2;

        /// <summary>Atomically exchanges two directories (Linux 3.15+, glibc 2.28+); false when the call is unavailable or fails.</summary>
        public static bool TryExchange(string a, string b)
        {
            try
            {
                return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                return false;
            }
        }

        /// <summary>True when this user may create and delete entries in <paramref name="folder"/> (<c>access(W_OK|X_OK)</c>); true where the call is unavailable.</summary>
        public static bool CanModify(string folder)
        {
            try
            {
                return access(folder, WriteOk | ExecuteOk) == 0;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                return true;
            }
        }

        private const int WriteOk = 2;
        private const int ExecuteOk = 1;

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int renameat2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);
    }
}
