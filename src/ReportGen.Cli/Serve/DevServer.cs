using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportGen.Cli.Progress;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.Site;

namespace ReportGen.Cli.Serve;

/// <summary>
/// <c>reportgen serve</c>: builds and publishes the site once (with its search index), then keeps the project in memory
/// (<see cref="ProjectSession"/>) and serves the site from memory on 127.0.0.1. A change under templates/, data/ or to
/// reportgen.yml rebuilds in memory (only the changed data files are read again and only the editions whose inputs
/// changed are rendered) and tells open pages to reload over server-sent events (<see cref="LiveReload.EventsPath"/>).
/// A failed rebuild keeps the last good site served and shows its diagnostics in the console and over the page.
/// </summary>
/// <remarks>
/// The output folder and its search index are written at start only: after an edit they show the site as it was then
/// (the console says so); run <c>reportgen build</c> to publish. Files the in-memory site does not have (the search
/// index) are served from the output folder.
/// </remarks>
public sealed class DevServer : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly CliConsole _console;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<string> _pending = [];
    private readonly FileExtensionContentTypeProvider _types = new();
    private ProjectSession _session = null!;
    private WebApplication? _app;
    private ProjectWatcher? _watcher;
    private long _version;
    private List<Diagnostic> _errors = [];
    private IReadOnlyDictionary<string, byte[]>? _site;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<string>? _changedPaths;
    private readonly LinkedList<string> _viewed = new();
    private bool _loopRunning;
    private bool _searchStaleSaid;

    private DevServer(BuildOptions options, CliConsole console)
    {
        _options = options;
        _console = console;
    }

    /// <summary>The address pages are served from, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Cancelled when the web host stops, e.g. on Ctrl+C or SIGTERM (the host's console lifetime catches those signals).</summary>
    public CancellationToken Stopping => _app?.Lifetime.ApplicationStopping ?? CancellationToken.None;

    /// <summary>Increases after every rebuild that changed the site or its error state; pages reload when it changes.</summary>
    public long Version
    {
        get
        {
            lock (_lock)
            {
                return _version;
            }
        }
    }

    /// <summary>What the last in-memory rebuild did: the editions it rendered and reused, and the data files it read
    /// (the others came from memory); null before the first one.</summary>
    public RebuildReport? LastRebuild { get; private set; }

    /// <summary>Publishes once, builds in memory, starts the server and starts watching.</summary>
    /// <param name="options">What to build; the output folder is published at start and serves what memory lacks.</param>
    /// <param name="port">TCP port on 127.0.0.1; 0 picks a free one (see <see cref="Address"/>).</param>
    /// <param name="console">Where build output goes.</param>
    /// <param name="cancellationToken">Stops the first build.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<DevServer> StartAsync(BuildOptions options, int port, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        var server = new DevServer(options, console);
        await server.PublishAsync(cancellationToken).ConfigureAwait(false);
        server._session = new ProjectSession(options, searchAvailable: SearchIndexer.Locate(options.ProjectRoot) is not null);
        await server.RebuildAsync(["start"], cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(options.Output);
        await server.StartHostAsync(port, cancellationToken).ConfigureAwait(false);
        server._watcher = new ProjectWatcher(options.ProjectRoot, server.Request);
        return server;
    }

    /// <summary>Rebuilds in memory now (serialized with other rebuilds); on success the new site is served, otherwise its
    /// errors are shown over the last good one. Open pages are told when either changed.</summary>
    /// <param name="changed">What changed (project-relative paths), for the console line.</param>
    /// <param name="cancellationToken">Stops the build.</param>
    public async Task RebuildAsync(IReadOnlyList<string> changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            HashSet<string> viewed;
            lock (_lock)
            {
                viewed = [.. _viewed];
            }

            var result = await Task.Run(() => _session.Build(e => viewed.Contains(e.UrlPath + "index.html"), cancellationToken), cancellationToken).ConfigureAwait(false);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var site = result.Succeeded ? result.Files!.Files : null;
            List<Diagnostic> errors = result.Succeeded ? [] : [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
            bool notify;
            lock (_lock)
            {
                var paths = site is null ? null : ChangedPaths(site, _site);
                notify = errors.Count > 0 || _errors.Count > 0 || paths is not { Count: 0 };
                _changedPaths = errors.Count > 0 || _errors.Count > 0 ? null : paths;
                _site = site ?? _site;
                _errors = errors;
                if (notify)
                {
                    _version++;
                }
            }

            if (_session.Partial)
            {
                Request([$"(the rest of the site{(_session.Deferred.Count > 0 ? $" and {_session.Deferred.Count} more edition(s)" : string.Empty)})"]);
            }

            LastRebuild = new RebuildReport(result.Incremental.Rendered, result.Incremental.Reused, [.. _session.DataFilesParsed]);
            if (notify)
            {
                Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }

            await Report(changed, result, clock.Elapsed, cpu).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A bug in one rebuild must not stop the server; it is shown like an input error.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            lock (_lock)
            {
                _version++;
                _errors = [Diagnostic.Error(DiagnosticCodes.InternalError, $"internal error: {CrashLog.OneLine(e)}")];
            }

            Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            await _console.Error.WriteLineAsync($"error {DiagnosticCodes.InternalError}: internal error during rebuild: {CrashLog.OneLine(e)} ({CrashLog.Write(e, ["serve", .. changed])})").ConfigureAwait(false);
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Stops watching and serving.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        // Wait for a rebuild in flight, so the caller may delete the project afterwards.
        await _building.WaitAsync().ConfigureAwait(false);
        _building.Release();
        _building.Dispose();
        _stopping.Dispose();
    }

    // The start: an ordinary build that publishes the output folder with its search index (and fills the build cache the
    // in-memory session then starts from). Its failure is shown like a rebuild's; the session's first build repeats it.
    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        await _console.Error.WriteLineAsync($"building {_options.Output} (with the search index)").ConfigureAwait(false);
        var result = await BuildPipeline.RunAsync(_options, publish: true, cancellationToken).ConfigureAwait(false);
        DiagnosticPrinter.Print(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList(), _console.Error);
        await _console.Error.WriteLineAsync(result.Succeeded ? BuildRunner.TimingSummary(result) : "the build failed; serving the last published site").ConfigureAwait(false);
    }

    // A burst of file changes: rebuild now, or after the rebuild in flight (changes during it are taken together).
    private void Request(IReadOnlyList<string> changed)
    {
        lock (_lock)
        {
            _pending.AddRange(changed);
            if (_loopRunning)
            {
                return;
            }

            _loopRunning = true;
        }

        _ = Task.Run(async () =>
        {
            while (true)
            {
                List<string> batch;
                lock (_lock)
                {
                    if (_pending.Count == 0 || _stopping.IsCancellationRequested)
                    {
                        _loopRunning = false;
                        return;
                    }

                    batch = [.. _pending.Distinct(StringComparer.Ordinal)];
                    _pending.Clear();
                }

                try
                {
                    await RebuildAsync(batch, _stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopping.
                }
                catch (ObjectDisposedException)
                {
                    // Disposed while a change was pending.
                }
            }
        });
    }

    private async Task Report(IReadOnlyList<string> changed, BuildResult result, TimeSpan elapsed, TimeSpan cpu)
    {
        var what = changed.Count <= 3 ? string.Join(", ", changed) : $"{string.Join(", ", changed.Take(3))} and {changed.Count - 3} more";
        if (!result.Succeeded)
        {
            DiagnosticPrinter.Print(result.Diagnostics, _console.Error);
            await _console.Error.WriteLineAsync($"rebuild after {what} failed; still serving the last good site").ConfigureAwait(false);
            return;
        }

        var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var rendered = result.Incremental.Rendered;
        var names = rendered.Count switch
        {
            0 => "no edition",
            <= 3 => string.Join(", ", rendered),
            _ => string.Create(CultureInfo.InvariantCulture, $"{rendered.Count} editions"),
        };
        await _console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"rebuilt in memory after {what} in {elapsed.TotalMilliseconds:0} ms ({cpu.TotalMilliseconds:0} ms CPU): rendered {names}, reused {result.Incremental.Reused.Count}; data files read: {_session.DataFilesParsed.Count}{(warnings > 0 ? $"; {warnings} warning(s)" : string.Empty)}")).ConfigureAwait(false);
        await _console.Error.WriteLineAsync("  " + BuildRunner.TimingSummary(result)).ConfigureAwait(false);
        if (changed is not ["start"] && !_searchStaleSaid)
        {
            _searchStaleSaid = true;
            await _console.Error.WriteLineAsync($"note: search and {_options.Output} show the site as built at start; run 'reportgen build' to publish and re-index").ConfigureAwait(false);
        }
    }

    // The site paths added, removed or changed from `before` to `after`; null when there was no site before.
    private static List<string>? ChangedPaths(IReadOnlyDictionary<string, byte[]> after, IReadOnlyDictionary<string, byte[]>? before) =>
        before is null ? null :
        [.. after.Where(f => !before.TryGetValue(f.Key, out var old) || (!ReferenceEquals(f.Value, old) && !f.Value.AsSpan().SequenceEqual(old))).Select(f => f.Key)
            .Concat(before.Keys.Where(k => !after.ContainsKey(k))).Order(StringComparer.Ordinal)];

    // A page was sent: its edition, if it is one, is rendered first after the next change.
    private void Viewed(string sitePath)
    {
        lock (_lock)
        {
            _viewed.Remove(sitePath);
            _viewed.AddFirst(sitePath);
            while (_viewed.Count > 4)
            {
                _viewed.RemoveLast();
            }
        }
    }

    private async Task StartHostAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _options.ProjectRoot, Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        // Answer only requests addressed to this machine by name: a page elsewhere that points its own host name at
        // 127.0.0.1 (DNS rebinding) gets 400, not the site or its reload endpoint.
        builder.Services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o =>
        {
            o.AllowedHosts = ["127.0.0.1", "localhost", "[::1]"];
            o.AllowEmptyHosts = false;
        });
        var app = builder.Build();
        app.UseHostFiltering();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == LiveReload.VersionPath)
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(StateJson(), context.RequestAborted).ConfigureAwait(false);
                return;
            }

            if (context.Request.Path == LiveReload.EventsPath)
            {
                await StreamEventsAsync(context).ConfigureAwait(false);
                return;
            }

            if (!await ServeFromMemoryAsync(context).ConfigureAwait(false))
            {
                await next(context).ConfigureAwait(false);
            }
        });
        // What the in-memory site lacks (the search index) or, when the first build failed, the last published site.
        app.Use(async (context, next) =>
        {
            if (ResolveHtml(context.Request.Path) is not { } file)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            if (file.Redirect)
            {
                context.Response.Redirect(context.Request.Path + "/" + context.Request.QueryString);
                return;
            }

            await WriteHtmlAsync(context, await File.ReadAllBytesAsync(file.Path, context.RequestAborted).ConfigureAwait(false)).ConfigureAwait(false);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(_options.Output)),
            ContentTypeProvider = _types,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-store",
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await WriteHtmlAsync(context, Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body><h1>Not found</h1><p>{WebUtility.HtmlEncode(context.Request.Path)} is not in the site.</p></body></html>")).ConfigureAwait(false);
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        var address = app.Urls.First();
        var uri = new Uri(address);
        Address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{uri.Port}/"));
    }

    // "/x/" or "/x/index.html" → the page, "/x" where x/index.html exists → a redirect to "/x/", any other file as is.
    private async Task<bool> ServeFromMemoryAsync(HttpContext context)
    {
        IReadOnlyDictionary<string, byte[]>? site;
        lock (_lock)
        {
            site = _site;
        }

        var relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (site is null || relative.StartsWith("__reportgen", StringComparison.Ordinal))
        {
            return false;
        }

        var key = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (!site.TryGetValue(key, out var bytes))
        {
            if (!relative.EndsWith('/') && site.ContainsKey(relative + "/index.html"))
            {
                context.Response.Redirect(context.Request.Path + "/" + context.Request.QueryString);
                return true;
            }

            return false;
        }

        if (key.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            Viewed(key);
            await WriteHtmlAsync(context, bytes).ConfigureAwait(false);
            return true;
        }

        context.Response.ContentType = _types.TryGetContentType(key, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        return true;
    }

    // A page with the live-reload script (and the overlay while the last rebuild failed); never written to the site.
    private async Task WriteHtmlAsync(HttpContext context, byte[] page)
    {
        long version;
        IReadOnlyList<Diagnostic> errors;
        lock (_lock)
        {
            version = _version;
            errors = _errors;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(LiveReload.Inject(Encoding.UTF8.GetString(page), version, errors), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }

    // Server-sent events: the current state at once, then one event per change, until the page goes or the server stops.
    private async Task StreamEventsAsync(HttpContext context)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token, Stopping);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            await context.Response.WriteAsync("retry: 500\n\n", stop.Token).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                var changed = Volatile.Read(ref _changed).Task;
                await context.Response.WriteAsync($"event: {LiveReload.EventName}\ndata: {StateJson()}\n\n", stop.Token).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
                // A comment now and then keeps proxies and idle timeouts from closing the stream.
                while (await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(15), stop.Token)).ConfigureAwait(false) != changed)
                {
                    await context.Response.WriteAsync(": keep-alive\n\n", stop.Token).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping.
        }
    }

    // Pages reload only when something they show changed: the paths changed by the last rebuild (null: unknown, or too
    // many to list, so every page reloads).
    private string StateJson()
    {
        long version;
        IReadOnlyList<Diagnostic> errors;
        IReadOnlyList<string>? changed;
        lock (_lock)
        {
            version = _version;
            errors = _errors;
            changed = _changedPaths is { Count: <= 500 } paths ? paths : null;
        }

        return JsonSerializer.Serialize(new { version, errors = errors.Select(d => d.ToDisplayString()), changed });
    }

    // A request for a page in the output folder: "/x/" or "/x/index.html" → the file; "/x" where x/index.html exists → a
    // redirect to "/x/".
    private (string Path, bool Redirect)? ResolveHtml(PathString requestPath)
    {
        var relative = Uri.UnescapeDataString(requestPath.Value ?? "/").TrimStart('/');
        if (relative.Contains("..", StringComparison.Ordinal) || relative.StartsWith("__reportgen", StringComparison.Ordinal))
        {
            return null;
        }

        var output = Path.GetFullPath(_options.Output);
        var full = Path.Combine(output, relative.Replace('/', Path.DirectorySeparatorChar));
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            var index = Path.Combine(full, "index.html");
            return File.Exists(index) ? (index, false) : null;
        }

        if (relative.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            return File.Exists(full) ? (full, false) : null;
        }

        return Directory.Exists(full) && File.Exists(Path.Combine(full, "index.html")) ? (full, true) : null;
    }

    /// <summary>What one in-memory rebuild did.</summary>
    /// <param name="Rendered">Editions rendered, as <c>&lt;report&gt;/&lt;period&gt;</c>, in plan order.</param>
    /// <param name="Reused">Editions reused from memory (or, at start, from the build cache).</param>
    /// <param name="DataFilesParsed">Project-relative paths of the data files read and parsed; the others came from memory.</param>
    public sealed record RebuildReport(IReadOnlyList<string> Rendered, IReadOnlyList<string> Reused, IReadOnlyList<string> DataFilesParsed);

    /// <summary>JSON shape of <see cref="LiveReload.VersionPath"/> and of each <see cref="LiveReload.EventsPath"/> event, for clients and tests.</summary>
    /// <param name="Version">The build version.</param>
    /// <param name="Errors">The diagnostics of the failed rebuild, display form; empty after a good build.</param>
    /// <param name="Changed">The site paths the last rebuild changed, or null when every page should reload.</param>
    public sealed record VersionState(long Version, IReadOnlyList<string> Errors, IReadOnlyList<string>? Changed)
    {
        /// <summary>Parses the endpoint's JSON.</summary>
        /// <param name="json">The response body, or an event's data line.</param>
        public static VersionState Parse(string json)
        {
            using var doc = JsonDocument.Parse(json);
            var changed = doc.RootElement.TryGetProperty("changed", out var c) && c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().Select(e => e.GetString()!).ToList() : null;
            return new VersionState(doc.RootElement.GetProperty("version").GetInt64(), [.. doc.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)], changed);
        }
    }
}
