using ReportGen.Project;
namespace ReportGen.Cli.Serve;

/// <summary>
/// Watches a project's templates/, data/ and reportgen.yml and calls back once per burst of changes: an editor's save
/// often raises several events (truncate, write, rename), so the callback waits until <see cref="Debounce"/> has passed
/// without another one, and then names every path that changed in the burst.
/// </summary>
public sealed class ProjectWatcher : IDisposable
{
    private readonly string _root;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly Action<IReadOnlyList<string>> _changed;
    private readonly Lock _lock = new();
    private readonly SortedSet<string> _paths = new(StringComparer.Ordinal);

    /// <summary>Starts watching <paramref name="projectRoot"/>.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="changed">Called on a thread-pool thread with the project-relative paths ('/' separators, ordinal
    /// order) that changed in a burst.</param>
    public ProjectWatcher(string projectRoot, Action<IReadOnlyList<string>> changed)
    {
        _root = Path.GetFullPath(projectRoot);
        _changed = changed;
        _timer = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, e) => OnEvent(e.FullPath);
        _watcher.Created += (_, e) => OnEvent(e.FullPath);
        _watcher.Deleted += (_, e) => OnEvent(e.FullPath);
        _watcher.Renamed += (_, e) => { OnEvent(e.OldFullPath); OnEvent(e.FullPath); };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Quiet time after the last event before the callback runs: long enough to take an editor's save (its
    /// events arrive within a few milliseconds) as one change, short enough not to show in the editor's loop.</summary>
    public static TimeSpan Debounce { get; } = TimeSpan.FromMilliseconds(30);

    /// <summary>True when a change to <paramref name="relativePath"/> ('/' separators) should rebuild the site.</summary>
    /// <param name="relativePath">A path relative to the project folder.</param>
    public static bool IsWatched(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return ProjectLayout.IsInput(relativePath);
    }

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void OnEvent(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        if (!IsWatched(relative) || relative.EndsWith('~') || relative.EndsWith(".swp", StringComparison.Ordinal))
        {
            return;
        }

        lock (_lock)
        {
            _paths.Add(relative);
            _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        List<string> paths;
        lock (_lock)
        {
            paths = [.. _paths];
            _paths.Clear();
        }

        if (paths.Count > 0)
        {
            _changed(paths);
        }
    }
}
