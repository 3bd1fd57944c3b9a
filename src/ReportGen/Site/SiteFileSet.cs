using System.Text;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Site;

/// <summary>
/// The whole site in memory: site-relative paths ('/' separators) mapped to bytes. Paths are validated so nothing can
/// be written outside the output folder, and two outputs on one path are an error.
/// </summary>
public sealed class SiteFileSet
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private (IReadOnlyList<string> Paths, Func<string, byte[]> Read)? _deferred;

    /// <summary>The files, ordered ordinally by path.</summary>
    /// <exception cref="IOException">A deferred set (<see cref="Deferred"/>) cannot read a file.</exception>
    public IReadOnlyDictionary<string, byte[]> Files
    {
        get
        {
            lock (_lock)
            {
                Load();
                return new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal);
            }
        }
    }

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
                _files.Add(path, read(path));
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
    public void Add(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsSafe(path))
        {
            throw new SitePathException($"'{path}' is not a safe site path; expected a relative path of slug-like segments", path ?? string.Empty);
        }

        lock (_lock)
        {
            Load();
            if (!_files.TryAdd(path, content))
            {
                throw new SitePathException($"two outputs write '{path}'", path);
            }
        }
    }

    /// <summary>True when <paramref name="path"/> is relative, uses '/', and has no empty, '.' or '..' segment.</summary>
    public static bool IsSafe(string path) =>
        !string.IsNullOrEmpty(path) && !path.StartsWith('/') && !path.Contains('\\', StringComparison.Ordinal) && !path.Contains(':', StringComparison.Ordinal)
        && path.Split('/').All(s => s.Length > 0 && s != "." && s != ".." && s.All(c => c > ' ' && c != '"' && c != '<' && c != '>'))
        && path.Split('/')[..^1].All(s => UrlSlug.IsValid(s) || s is "assets" or "charts" or "fonts" or "css" or "pagefind");
}
