using System.Runtime.InteropServices;

namespace ReportGen.Site;

/// <summary>
/// Writes a <see cref="SiteFileSet"/> to the output folder atomically: everything goes to a fresh staging folder beside
/// it, an optional step (the search indexer) completes the staged tree, then the staged folder is swapped in and the old
/// copy deleted. If anything fails before the swap, or the process is killed at any point, the previous output is left
/// byte-identical, and the next build removes the leftovers.
/// </summary>
/// <remarks>
/// On Linux the swap is one <c>renameat2(RENAME_EXCHANGE)</c> call, so there is no moment without an output folder.
/// Elsewhere it is two renames (output → <c>.&lt;name&gt;.old</c>, staging → output); a build killed between them leaves
/// only <c>.&lt;name&gt;.old</c>, which the next build moves back before it starts.
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
        PublishAsync(files, outputDirectory, null, cancellationToken);

    /// <summary>Publishes <paramref name="files"/> to <paramref name="outputDirectory"/>.</summary>
    /// <param name="files">The whole site.</param>
    /// <param name="outputDirectory">The output folder (e.g. <c>site</c>); its parent must exist or be creatable.</param>
    /// <param name="beforeSwap">Runs on the complete staging folder (absolute path) just before the swap, e.g. to add a
    /// search index; null for nothing. An exception from it aborts the publish like a write failure.</param>
    /// <param name="cancellationToken">Stops before the swap; the output is then untouched.</param>
    /// <exception cref="IOException">Writing or swapping failed; the previous output is intact (the staging folder is removed).</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the swap.</exception>
    public static async Task PublishAsync(SiteFileSet files, string outputDirectory, Func<string, CancellationToken, Task>? beforeSwap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"'{outputDirectory}' has no parent folder");
        Directory.CreateDirectory(parent);
        var (staging, old) = WorkFolders(output);

        // Leftovers of a killed build are never the published site: restore an output caught between the two renames,
        // then remove them.
        if (!Directory.Exists(output) && Directory.Exists(old))
        {
            Directory.Move(old, output);
        }

        DeleteIfExists(staging);
        DeleteIfExists(old);
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (path, content) in files.Files)
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
            Swap(staging, output, old);
        }
        catch
        {
            // Restore the previous output if the first rename happened but the second did not.
            if (!Directory.Exists(output) && Directory.Exists(old))
            {
                Directory.Move(old, output);
            }

            DeleteIfExists(staging);
            throw;
        }

        // After an exchange the previous site sits in the staging folder; after two renames, in the .old folder.
        DeleteIfExists(staging);
        DeleteIfExists(old);
    }

    /// <summary>The staging and old-copy folders used for <paramref name="output"/>: <c>.&lt;name&gt;.staging</c> and <c>.&lt;name&gt;.old</c> beside it.</summary>
    /// <param name="output">Absolute path of the output folder, without a trailing separator.</param>
    /// <returns>Absolute paths of both folders.</returns>
    public static (string Staging, string Old) WorkFolders(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var parent = Path.GetDirectoryName(output) ?? string.Empty;
        var name = Path.GetFileName(output);
        return (Path.Combine(parent, $".{name}.staging"), Path.Combine(parent, $".{name}.old"));
    }

    private static void Swap(string staging, string output, string old)
    {
        if (Directory.Exists(output) && OperatingSystem.IsLinux() && NativeMethods.TryExchange(staging, output))
        {
            return;
        }

        if (Directory.Exists(output))
        {
            Directory.Move(output, old);
        }

        Directory.Move(staging, output);
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
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

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int renameat2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);
    }
}
