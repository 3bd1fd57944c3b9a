namespace ReportGen.Site;

/// <summary>
/// Writes a <see cref="SiteFileSet"/> to the output folder atomically: everything goes to a fresh staging folder beside
/// it, then two directory renames swap it in, then the old copy is deleted. If anything fails before the swap, or the
/// process is killed, the previous output is left byte-identical.
/// </summary>
public static class SitePublisher
{
    /// <summary>Publishes <paramref name="files"/> to <paramref name="outputDirectory"/>.</summary>
    /// <param name="files">The whole site.</param>
    /// <param name="outputDirectory">The output folder (e.g. <c>site</c>); its parent must exist or be creatable.</param>
    /// <param name="cancellationToken">Stops before the swap; the output is then untouched.</param>
    /// <exception cref="IOException">Writing or swapping failed; the previous output is intact (the staging folder is removed).</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the swap.</exception>
    public static async Task PublishAsync(SiteFileSet files, string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"'{outputDirectory}' has no parent folder");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging");
        var old = Path.Combine(parent, $".{name}.old");

        // Leftovers of a killed build are never the published site: remove them.
        DeleteIfExists(staging);
        DeleteIfExists(old);
        try
        {
            foreach (var (path, content) in files.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var target = Path.Combine(staging, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, content, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(output))
            {
                Directory.Move(output, old);
            }

            Directory.Move(staging, output);
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

        DeleteIfExists(old);
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
