using System.Diagnostics;
using ReportGen.Diagnostics;

namespace ReportGen.Site;

/// <summary>
/// Runs Pagefind (the npm package <c>pagefind</c>, which ships its binary) on the staged site, so <c>/search/</c> works
/// on any static host. The index is written to <c>pagefind/</c> inside the staging folder, before the atomic swap.
/// </summary>
/// <param name="Node">Absolute path of the <c>node</c> executable.</param>
/// <param name="Script">Absolute path of Pagefind's runner, <c>node_modules/pagefind/lib/runner/bin.cjs</c>.</param>
public sealed record SearchIndexer(string Node, string Script)
{
    /// <summary>The folder of the index inside the site, and the relative prefix pages use for it.</summary>
    public const string Folder = "pagefind";

    /// <summary>Finds node on PATH and Pagefind in the nearest <c>node_modules</c> at or above <paramref name="projectRoot"/>, as node's own resolution does.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <returns>The indexer, or null when node or the package is missing.</returns>
    public static SearchIndexer? Locate(string projectRoot)
    {
        ArgumentNullException.ThrowIfNull(projectRoot);
        string? script = null;
        for (var dir = new DirectoryInfo(Path.GetFullPath(projectRoot)); dir is not null && script is null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
            script = File.Exists(candidate) ? candidate : null;
        }

        var node = FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");
        return script is null || node is null ? null : new SearchIndexer(node, script);
    }

    /// <summary>Indexes the HTML pages under <paramref name="siteFolder"/> into <c>pagefind/</c> beside them.</summary>
    /// <param name="siteFolder">The complete staged site (absolute path).</param>
    /// <param name="diagnostics">Where a failure goes, as warning <see cref="DiagnosticCodes.SearchFailed"/>; the build carries on.</param>
    /// <param name="cancellationToken">Kills Pagefind and stops.</param>
    /// <returns>True when the index was written.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<bool> RunAsync(string siteFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var start = new ProcessStartInfo(Node)
        {
            WorkingDirectory = siteFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Script, "--site", ".", "--output-subdir", Folder, "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("the process did not start");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var output = ((await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false))).Trim();
            if (process.ExitCode != 0 || !File.Exists(Path.Combine(siteFolder, Folder, "pagefind-ui.js")))
            {
                diagnostics.Warning(DiagnosticCodes.SearchFailed, $"Pagefind exited with code {process.ExitCode}; the site is published without a search index. Its output: {LastLines(output)}");
                return false;
            }

            return true;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            diagnostics.Warning(DiagnosticCodes.SearchFailed, $"Pagefind could not run ({e.Message}); the site is published without a search index");
            return false;
        }
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    private static string LastLines(string text)
    {
        var lines = text.Split('\n');
        return string.Join(" | ", lines.Skip(Math.Max(0, lines.Length - 5)).Select(l => l.Trim()));
    }
}
