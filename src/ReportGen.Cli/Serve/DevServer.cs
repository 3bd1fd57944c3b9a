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
/// <c>reportgen serve</c>: builds the site, serves the output folder on 127.0.0.1, rebuilds when templates/, data/ or
/// reportgen.yml change and makes open pages reload. A failed rebuild leaves the last good site in place (the build
/// never publishes on errors) and shows its diagnostics in the console and over the page.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly CliConsole _console;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private ProjectWatcher? _watcher;
    private long _version;
    private List<Diagnostic> _errors = [];

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

    /// <summary>Builds once, starts the server and starts watching.</summary>
    /// <param name="options">What to build; the output folder is what is served.</param>
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
        await server.RebuildAsync("start", cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(options.Output);
        await server.StartHostAsync(port, cancellationToken).ConfigureAwait(false);
        server._watcher = new ProjectWatcher(options.ProjectRoot, path => _ = server.RebuildAsync(path, server._stopping.Token));
        return server;
    }

    /// <summary>Rebuilds now (serialized with other rebuilds), publishing on success and recording the errors otherwise.</summary>
    /// <param name="reason">What changed, for the console line.</param>
    /// <param name="cancellationToken">Stops the build.</param>
    public async Task RebuildAsync(string reason, CancellationToken cancellationToken)
    {
        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _console.Error.WriteLineAsync($"rebuilding ({reason})").ConfigureAwait(false);
            var result = await BuildPipeline.RunAsync(_options, publish: true, cancellationToken).ConfigureAwait(false);
            DiagnosticPrinter.Print(result.Diagnostics, _console.Error);
            List<Diagnostic> errors = result.Succeeded ? [] : [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
            lock (_lock)
            {
                if (result.Incremental.OutputWritten || errors.Count > 0 || _errors.Count > 0)
                {
                    _version++;
                }

                _errors = errors;
            }

            await _console.Error.WriteLineAsync(result.Succeeded
                ? BuildRunner.TimingSummary(result)
                : "rebuild failed; still serving the last good site").ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A bug in one rebuild must not stop the server; it is shown like an input error.
        catch (Exception e) when (e is not (OperationCanceledException or OutputRefusedException))
#pragma warning restore CA1031
        {
            lock (_lock)
            {
                _version++;
                _errors = [Diagnostic.Error(DiagnosticCodes.InternalError, $"internal error: {CrashLog.OneLine(e)}")];
            }

            await _console.Error.WriteLineAsync($"error {DiagnosticCodes.InternalError}: internal error during rebuild: {CrashLog.OneLine(e)} ({CrashLog.Write(e, ["serve", reason])})").ConfigureAwait(false);
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
        var types = new FileExtensionContentTypeProvider();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == LiveReload.VersionPath)
            {
                long current;
                IReadOnlyList<Diagnostic> failed;
                lock (_lock)
                {
                    current = _version;
                    failed = _errors;
                }

                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsJsonAsync(new { version = current, errors = failed.Select(d => d.ToDisplayString()) }, context.RequestAborted).ConfigureAwait(false);
                return;
            }

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

            long version;
            IReadOnlyList<Diagnostic> errors;
            lock (_lock)
            {
                version = _version;
                errors = _errors;
            }

            var html = LiveReload.Inject(await File.ReadAllTextAsync(file.Path, context.RequestAborted).ConfigureAwait(false), version, errors);
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(_options.Output)),
            ContentTypeProvider = types,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-store",
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            IReadOnlyList<Diagnostic> errors;
            long version;
            lock (_lock)
            {
                version = _version;
                errors = _errors;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(LiveReload.Inject($"<!DOCTYPE html><html><body><h1>Not found</h1><p>{WebUtility.HtmlEncode(context.Request.Path)} is not in the site.</p></body></html>", version, errors), context.RequestAborted).ConfigureAwait(false);
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        var address = app.Urls.First();
        var uri = new Uri(address);
        Address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{uri.Port}/"));
    }

    // A request for a page: "/x/" or "/x/index.html" → the file; "/x" where x/index.html exists → a redirect to "/x/".
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

    /// <summary>JSON shape of <see cref="LiveReload.VersionPath"/>, for clients and tests.</summary>
    /// <param name="Version">The build version.</param>
    /// <param name="Errors">The diagnostics of the failed rebuild, display form; empty after a good build.</param>
    public sealed record VersionState(long Version, IReadOnlyList<string> Errors)
    {
        /// <summary>Parses the endpoint's JSON.</summary>
        /// <param name="json">The response body.</param>
        public static VersionState Parse(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return new VersionState(doc.RootElement.GetProperty("version").GetInt64(), [.. doc.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)]);
        }
    }
}
