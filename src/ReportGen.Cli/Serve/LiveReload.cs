using System.Globalization;
using System.Net;
using System.Text;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Serve;

/// <summary>
/// What <c>reportgen serve</c> adds to HTML responses (never to the files in site/): a script that listens to the
/// server-sent events of <see cref="EventsPath"/> and reloads the page after a rebuild, and an overlay listing the
/// diagnostics of a failed rebuild.
/// </summary>
public static class LiveReload
{
    /// <summary>The state as JSON, <c>{"version": n, "errors": ["path:line:col: error ...", ...]}</c>, for tools and tests.</summary>
    public const string VersionPath = "/__reportgen/version";

    /// <summary>
    /// The event stream (<c>text/event-stream</c>) the script listens to: on connecting and after every rebuild that
    /// changed the site or its errors, one event named <see cref="EventName"/> whose data is the JSON of <see cref="VersionPath"/>.
    /// </summary>
    public const string EventsPath = "/__reportgen/events";

    /// <summary>The name of the events of <see cref="EventsPath"/>.</summary>
    public const string EventName = "version";

    /// <summary>Inserts the script (and, when <paramref name="errors"/> is not empty, the overlay) before <c>&lt;/body&gt;</c>, or at the end.</summary>
    /// <param name="html">The page as served from site/.</param>
    /// <param name="version">The current build version; the script reloads when the server's differs.</param>
    /// <param name="errors">Diagnostics of the last rebuild when it failed; empty after a good build.</param>
    /// <returns>The page with the additions.</returns>
    public static string Inject(string html, long version, IReadOnlyList<Diagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(errors);
        var addition = new StringBuilder();
        if (errors.Count > 0)
        {
            addition.Append(Overlay(errors));
        }

        addition.Append(Script(version));
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + addition : html.Insert(at, addition.ToString());
    }

    /// <summary>The overlay: a fixed panel listing the diagnostics with their lines and carets (the last good site stays underneath).</summary>
    /// <param name="errors">The diagnostics.</param>
    public static string Overlay(IReadOnlyList<Diagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = WebUtility.HtmlEncode(string.Join("\n", errors.Select(d => d.ToDisplayString())));
        return "<div id=\"reportgen-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem\">"
            + "<p style=\"font:bold 18px system-ui,sans-serif;color:#ff8a80;margin:0 0 1rem\">reportgen: the last rebuild failed; showing the last good site underneath</p>"
            + "<pre style=\"white-space:pre-wrap;margin:0\">" + text + "</pre></div>\n";
    }

    private static string Script(long version) => string.Create(CultureInfo.InvariantCulture, $$"""
        <script id="reportgen-live-reload">
        (function () {
          var version = {{version}};
          function show(errors) {
            var old = document.getElementById('reportgen-overlay');
            if (old) { old.remove(); }
            var div = document.createElement('div');
            div.id = 'reportgen-overlay';
            div.setAttribute('role', 'alert');
            div.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem';
            var p = document.createElement('p');
            p.textContent = 'reportgen: the last rebuild failed; showing the last good site underneath';
            p.style.cssText = 'font:bold 18px system-ui,sans-serif;color:#ff8a80;margin:0 0 1rem';
            var pre = document.createElement('pre');
            pre.style.cssText = 'white-space:pre-wrap;margin:0';
            pre.textContent = errors.join('\n');
            div.appendChild(p);
            div.appendChild(pre);
            document.body.appendChild(div);
          }
          var events = new EventSource('{{EventsPath}}');
          // This page's file in the site, and its charts' folder: "/reports/x/2026-q2/" -> "reports/x/2026-q2/index.html".
          var path = decodeURIComponent(location.pathname).replace(/^\//, '');
          var page = path === '' || path.slice(-1) === '/' ? path + 'index.html' : path;
          var charts = 'charts/' + path.replace(/^reports\//, '');
          function mine(changed) {
            if (changed === null || document.getElementById('reportgen-overlay')) { return true; }
            return changed.some(function (p) { return p === page || p.indexOf(charts) === 0 || p.indexOf('assets/') === 0; });
          }
          events.addEventListener('{{EventName}}', function (e) {
            var s = JSON.parse(e.data);
            if (s.version === version) { return; }
            var last = version;
            version = s.version;
            if (s.errors.length > 0) { show(s.errors); }
            else if (s.version !== last + 1 || mine(s.changed)) { events.close(); location.reload(); }
          });
        })();
        </script>

        """);
}
