using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace ReportGen.EndToEnd.Tests.TestKit;

/// <summary>
/// A static host for a built site, as any static hosting serves it: files as they are, <c>index.html</c> for a folder,
/// <c>404.html</c> (when the site has one) with status 404. Kestrel from the shared framework, bound to 127.0.0.1 on a
/// free port, optionally under a sub-path so the site is checked the way it is served under a base URL.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>The site's root URL, ending in '/'.</summary>
    public Uri BaseUri { get; }

    public static async Task<StaticServer> StartAsync(string siteDirectory, string pathBase = "/")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteDirectory, WebRootPath = siteDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(siteDirectory);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".csv"] = "text/csv; charset=utf-8";
        types.Mappings[".xml"] = "application/xml";
        var prefix = pathBase.TrimEnd('/');
        if (prefix.Length > 0)
        {
            // Nothing outside the site's path exists on its host: a link that escapes the base path must fail here too.
            app.Use(async (context, next) =>
            {
                if (!context.Request.Path.StartsWithSegments(prefix, StringComparison.Ordinal))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await next(context);
            });
        }

        app.UsePathBase(prefix);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(siteDirectory, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticServer(app, new Uri(address.TrimEnd('/') + pathBase.TrimEnd('/') + "/"));
    }

    public Uri UrlOf(string sitePath) => new(BaseUri, sitePath.EndsWith("index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
