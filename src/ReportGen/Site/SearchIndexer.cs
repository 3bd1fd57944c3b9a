using System.Diagnostics;
using ReportGen.Diagnostics;

namespace ReportGen.Site;

/// <summary>
/// Runs Pagefind on the staged site, so <c>/search/</c> works on any static host. The index is written to
/// <c>pagefind/</c> inside the staging folder, before the atomic swap. Pagefind is found, in this order, as
/// <see cref="EnvironmentVariable"/> names it, in the nearest <c>node_modules</c> at or above the project (a clone of the
/// repository after <c>npm ci</c>), or as <c>pagefind</c> on PATH (after <c>npm install -g pagefind</c>, or Pagefind's
/// standalone binary put there): see README, "Install".
/// </summary>
/// <param name="Node">Absolute path of the <c>node</c> executable that runs <paramref name="Script"/>; null when
/// <paramref name="Script"/> is an executable run directly (the standalone binary, or npm's <c>pagefind</c> shim).</param>
/// <param name="Script">Absolute path of Pagefind's runner (e.g. <c>node_modules/pagefind/lib/runner/bin.cjs</c>) or executable.</param>
public sealed record SearchIndexer(string? Node, string Script)
{
    /// <summary>The folder of the index inside the site, and the relative prefix pages use for it.</summary>
    public const string Folder = "pagefind";

    /// <summary>The Pagefind version ReportGen is tested with: the one of package.json, and the one the warning tells a user to install.</summary>
    public const string PagefindVersion = "1.6.0";

    /// <summary>The environment variable that names Pagefind: its standalone binary, npm's <c>pagefind</c> command, or a <c>.js</c>/<c>.cjs</c> runner run with node.</summary>
    public const string EnvironmentVariable = "REPORTGEN_PAGEFIND";

    /// <summary>Finds Pagefind for a build of <paramref name="projectRoot"/>, in the order the type's summary gives.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="environment">Reads an environment variable (PATH, <see cref="EnvironmentVariable"/>); the process's own when null.</param>
    /// <returns>The indexer, or null when Pagefind (or the node a script needs) is missing: then <see cref="MissingMessage"/> says what to do.</returns>
    public static SearchIndexer? Locate(string projectRoot, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(projectRoot);
        environment ??= Environment.GetEnvironmentVariable;
        var node = FindOnPath(environment, OperatingSystem.IsWindows() ? ["node.exe"] : ["node"]);
        if (environment(EnvironmentVariable) is { Length: > 0 } configured)
        {
            var full = Path.GetFullPath(configured);
            var isScript = full.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || full.EndsWith(".cjs", StringComparison.OrdinalIgnoreCase) || full.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase);
            return !File.Exists(full) ? null : isScript ? (node is null ? null : new SearchIndexer(node, full)) : new SearchIndexer(null, full);
        }

        string? script = null;
        for (var dir = new DirectoryInfo(Path.GetFullPath(projectRoot)); dir is not null && script is null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
            script = File.Exists(candidate) ? candidate : null;
        }

        if (script is not null && node is not null)
        {
            return new SearchIndexer(node, script);
        }

        var command = FindOnPath(environment, OperatingSystem.IsWindows() ? ["pagefind.exe", "pagefind.cmd", "pagefind_extended.exe"] : ["pagefind", "pagefind_extended"]);
        return command is null ? null : new SearchIndexer(null, command);
    }

    /// <summary>The text of warning <see cref="DiagnosticCodes.SearchUnavailable"/>: why Pagefind was not found and the one command that fixes it wherever the user is.</summary>
    /// <param name="environment">Reads an environment variable; the process's own when null.</param>
    /// <returns>One line.</returns>
    public static string MissingMessage(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var install = $"to add search, install Pagefind once with 'npm install -g pagefind@{PagefindVersion}' (needs Node.js; puts 'pagefind' on PATH), or put Pagefind's standalone binary on PATH";
        return environment(EnvironmentVariable) is { Length: > 0 } configured
            ? $"Pagefind not found: {EnvironmentVariable}={configured} is not a file (or is a script and node is not on PATH); the site is built without search; {install}"
            : $"Pagefind not found (not on PATH, not in {EnvironmentVariable}, not in a node_modules folder at or above the project); the site is built without search; {install}";
    }

    /// <summary>The folder, inside the staged site, that holds a link to each page handed to Pagefind while it runs
    /// (deleted before the swap; a dot-name, which no site path can have).</summary>
    public const string PagesFolder = ".search-pages";

    /// <summary>Indexes the HTML pages under <paramref name="siteFolder"/> into <c>pagefind/</c> beside them.</summary>
    /// <param name="siteFolder">The complete staged site (absolute path).</param>
    /// <param name="diagnostics">Where a failure goes, as warning <see cref="DiagnosticCodes.SearchFailed"/>; the build carries on.</param>
    /// <param name="cancellationToken">Kills Pagefind and stops.</param>
    /// <param name="pages">The pages to index (site-relative, <see cref="SiteFileSet.SearchPages"/>), or null for every
    /// page. Given, Pagefind runs on <see cref="PagesFolder"/>, which mirrors the site's paths with a symbolic link to each
    /// of these pages (in ordinal order, so the index's bytes do not depend on the file system; a copy where links cannot
    /// be made), and writes the index to <c>pagefind/</c> of the site as before: the pages search leaves out are never
    /// parsed. URLs in the index are the same, since they are the paths relative to the folder Pagefind reads.</param>
    /// <returns>True when the index was written.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<bool> RunAsync(string siteFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken, IReadOnlyList<string>? pages = null)
    {
        ArgumentNullException.ThrowIfNull(siteFolder);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var view = pages is null ? null : Path.Combine(siteFolder, PagesFolder);
        try
        {
            if (view is not null)
            {
                LinkPages(siteFolder, view, pages!);
            }

            return await IndexAsync(siteFolder, view, diagnostics, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticCodes.SearchFailed, $"Pagefind's pages could not be prepared ({e.Message}); the site is published without a search index");
            return false;
        }
        finally
        {
            if (view is not null && Directory.Exists(view))
            {
                Directory.Delete(view, recursive: true); // the links, never what they point to
            }
        }
    }

    private static void LinkPages(string siteFolder, string view, IReadOnlyList<string> pages)
    {
        foreach (var page in pages.Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(siteFolder, page.Replace('/', Path.DirectorySeparatorChar));
            var link = Path.Combine(view, page.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            try
            {
                File.CreateSymbolicLink(link, target);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Copy(target, link); // Windows without the right to make links
            }
        }
    }

    private async Task<bool> IndexAsync(string siteFolder, string? view, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Node ?? Script)
        {
            WorkingDirectory = view ?? siteFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] into = view is null ? ["--output-subdir", Folder] : ["--output-path", Path.Combine(siteFolder, Folder)];
        foreach (var argument in (Node is null ? [] : new[] { Script }).Concat(["--site", "."]).Concat(into).Concat(["--quiet"]))
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

    private static string? FindOnPath(Func<string, string?> environment, string[] names)
    {
        var path = environment("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    private static string LastLines(string text)
    {
        var lines = text.Split('\n');
        return string.Join(" | ", lines.Skip(Math.Max(0, lines.Length - 5)).Select(l => l.Trim()));
    }
}
