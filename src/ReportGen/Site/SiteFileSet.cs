using System.Text;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Site;

/// <summary>
/// The site's files: site-relative paths ('/' separators) mapped to bytes, held in memory, or for a publishing build
/// written to its staging folder as they are added (<see cref="Staged"/>) so that a site of tens of thousands of pages is
/// never held whole. Paths are validated so nothing can be written outside the output folder, and two outputs on one
/// path are an error.
/// </summary>
public sealed class SiteFileSet
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (long Length, byte[]? Sha256)> _staged = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _searchable = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private (IReadOnlyList<string> Paths, Func<string, byte[]> Read)? _deferred;
    private string? _folder;

    /// <summary>The files, ordered ordinally by path. A staged set reads them back from its <see cref="Folder"/> (every
    /// file in memory at once: for small sites and tests, not for a build's own use).</summary>
    /// <exception cref="IOException">A deferred set (<see cref="Deferred"/>) or a staged one cannot read a file.</exception>
    public IReadOnlyDictionary<string, byte[]> Files
    {
        get
        {
            lock (_lock)
            {
                Load();
                return _folder is { } folder
                    ? new SortedDictionary<string, byte[]>(_staged.Keys.ToDictionary(p => p, p => File.ReadAllBytes(PathIn(folder, p)), StringComparer.Ordinal), StringComparer.Ordinal)
                    : new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The folder a staged set's files are in (<see cref="Staged"/>, then <see cref="MovedTo"/>), or null for a set in memory.</summary>
    public string? Folder
    {
        get
        {
            lock (_lock)
            {
                return _folder;
            }
        }
    }

    /// <summary>The number of files (a deferred set counts its paths without reading them).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _deferred is var (paths, _) ? paths.Count : _folder is null ? _files.Count : _staged.Count;
            }
        }
    }

    /// <summary>True when a file was added at <paramref name="path"/>.</summary>
    /// <param name="path">Site-relative path.</param>
    /// <returns>Whether the set holds it.</returns>
    public bool Contains(string path)
    {
        lock (_lock)
        {
            Load();
            return _folder is null ? _files.ContainsKey(path) : _staged.ContainsKey(path);
        }
    }

    /// <summary>
    /// A set that writes each file into <paramref name="folder"/> as it is added and keeps only its length and SHA-256: a
    /// publishing build stages the site in the folder <see cref="SitePublisher"/> will swap in (see
    /// <see cref="SitePublisher.WorkFolders"/>), so the site is never held whole in memory. The folder is created; the
    /// caller deletes it when the build does not publish (<see cref="Discard"/>).
    /// </summary>
    /// <param name="folder">An absolute path of a folder that does not exist yet.</param>
    /// <returns>The set.</returns>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    public static SiteFileSet Staged(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        return new SiteFileSet { _folder = folder };
    }

    /// <summary>Records that a staged set's folder was moved to <paramref name="folder"/> (the output, after the swap), or
    /// that <paramref name="folder"/> holds the same files, byte for byte; <see cref="Files"/> then reads from there.</summary>
    /// <param name="folder">The folder that now holds the files.</param>
    /// <exception cref="InvalidOperationException">The set is not staged.</exception>
    public void MovedTo(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        lock (_lock)
        {
            _folder = _folder is null ? throw new InvalidOperationException("only a staged site file set has a folder") : folder;
        }
    }

    /// <summary>Deletes a staged set's folder (a build that publishes nothing); nothing for a set in memory.</summary>
    /// <returns>False when the folder could not be deleted (the next build removes it as a leftover).</returns>
    public bool Discard()
    {
        var folder = Folder;
        try
        {
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True when the file at <paramref name="fullPath"/> holds exactly the bytes added at <paramref name="path"/>:
    /// compared byte for byte with a set in memory, by length and SHA-256 with a staged one.</summary>
    /// <param name="path">Site-relative path of a file of this set.</param>
    /// <param name="fullPath">A file on disk.</param>
    /// <returns>Whether they are equal; false when the set has no such path.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public bool SameAs(string path, string fullPath)
    {
        byte[]? content;
        (long Length, byte[]? Sha256) staged;
        lock (_lock)
        {
            Load();
            content = _folder is null && _files.TryGetValue(path, out var bytes) ? bytes : null;
            staged = _folder is not null && _staged.TryGetValue(path, out var stamp) ? stamp : (-1, null);
        }

        var length = new FileInfo(fullPath).Length;
        if (content is not null)
        {
            return length == content.Length && File.ReadAllBytes(fullPath).AsSpan().SequenceEqual(content);
        }

        if (staged.Sha256 is null || length != staged.Length)
        {
            return false;
        }

        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return System.Security.Cryptography.SHA256.HashData(stream).AsSpan().SequenceEqual(staged.Sha256);
    }

    /// <summary>The SHA-256 of each file of a staged set by path, as it was written; null for a set in memory.</summary>
    /// <returns>Lower-case hex SHA-256 by site path, or null.</returns>
    public IReadOnlyDictionary<string, string>? StagedHashes()
    {
        lock (_lock)
        {
            return _folder is null ? null : _staged.ToDictionary(f => f.Key, f => Convert.ToHexStringLower(f.Value.Sha256 ?? []), StringComparer.Ordinal);
        }
    }

    private static string PathIn(string folder, string path) => Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// A set whose files are read only when first asked for (<see cref="Files"/> or <see cref="Add"/>): an up-to-date
    /// build's site, already on disk, that most callers never read.
    /// </summary>
    /// <param name="paths">The site-relative paths, each safe (<see cref="IsSafe"/>) and distinct.</param>
    /// <param name="read">Reads the bytes of one path.</param>
    /// <returns>The set.</returns>
    public static SiteFileSet Deferred(IReadOnlyList<string> paths, Func<string, byte[]> read) => new() { _deferred = (paths, read) };

    private void Load()
    {
        if (_deferred is var (paths, read))
        {
            _deferred = null;
            foreach (var path in paths)
            {
                var content = read(path);
                _files.Add(path, content);
                if (IsSearchPage(path, content))
                {
                    _searchable.Add(path);
                }
            }
        }
    }

    /// <summary>Adds a UTF-8 text file (no BOM).</summary>
    /// <param name="path">Site-relative path, e.g. <c>reports/ai-equities/2026-q2/index.html</c>.</param>
    /// <param name="text">The content; line endings are written as given (LF by construction).</param>
    /// <exception cref="SitePathException">An unsafe path, or one already added.</exception>
    public void AddText(string path, string text) => Add(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Adds a file.</summary>
    /// <param name="path">Site-relative path.</param>
    /// <param name="content">The bytes.</param>
    /// <exception cref="SitePathException">An unsafe path (absolute, with '..', '\\' or an empty segment), or one already added.</exception>
    /// <exception cref="IOException">A staged set cannot write the file (e.g. a file is in the way of its folder).</exception>
    public void Add(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsSafe(path))
        {
            throw new SitePathException($"'{path}' is not a safe site path; expected a relative path of slug-like segments", path ?? string.Empty);
        }

        string? folder;
        var searchPage = IsSearchPage(path, content); // scanned outside the lock: pages are added from several threads
        lock (_lock)
        {
            Load();
            folder = _folder;
            if (folder is null ? !_files.TryAdd(path, content) : _files.ContainsKey(path) || !_staged.TryAdd(path, (content.Length, null)))
            {
                throw new SitePathException($"two outputs write '{path}'", path);
            }

            if (searchPage)
            {
                _searchable.Add(path);
            }
        }

        if (folder is not null)
        {
            // Written outside the lock (pages are added from several threads); the path is already claimed.
            var target = PathIn(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
            var sha = System.Security.Cryptography.SHA256.HashData(content);
            lock (_lock)
            {
                _staged[path] = (content.Length, sha);
            }
        }
    }

    /// <summary>The attribute that marks a page's indexed content for Pagefind: when any page carries it, Pagefind indexes
    /// only the pages that do (pagefind.app/docs/indexing, "Limiting what sections of a page are indexed").</summary>
    public const string SearchBodyAttribute = "data-pagefind-body";

    /// <summary>
    /// The HTML pages Pagefind would index, ordinal by path: those whose bytes contain <see cref="SearchBodyAttribute"/>,
    /// or null when no page does (then Pagefind indexes every page). A superset of what is indexed (the text may merely
    /// mention the attribute); <see cref="SearchIndexer"/> hands Pagefind only these, so it never parses the pages
    /// search leaves out (at the scale bench 40,000 dated tear sheets: 5.4 GB of Pagefind's memory).
    /// </summary>
    /// <returns>Site-relative paths, or null.</returns>
    public IReadOnlyList<string>? SearchPages()
    {
        lock (_lock)
        {
            Load();
            return _searchable.Count == 0 ? null : [.. _searchable];
        }
    }

    private static readonly byte[] SearchBodyBytes = Encoding.ASCII.GetBytes(SearchBodyAttribute);

    // A page Pagefind would index (SearchPages).
    private static bool IsSearchPage(string path, byte[] content) =>
        path.EndsWith(".html", StringComparison.Ordinal) && content.AsSpan().IndexOf(SearchBodyBytes) >= 0;

    /// <summary>True when <paramref name="path"/> is relative, uses '/', and has no empty, '.' or '..' segment.</summary>
    public static bool IsSafe(string path) =>
        !string.IsNullOrEmpty(path) && !path.StartsWith('/') && !path.Contains('\\', StringComparison.Ordinal) && !path.Contains(':', StringComparison.Ordinal)
        && path.Split('/').All(s => s.Length > 0 && s != "." && s != ".." && s.All(c => c > ' ' && c != '"' && c != '<' && c != '>'))
        && path.Split('/')[..^1].All(s => UrlSlug.IsValid(s) || s is "assets" or "charts" or "fonts" or "css" or "pagefind");
}
