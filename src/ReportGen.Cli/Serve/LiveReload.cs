using System.Globalization;
using System.Net;
using System.Text;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Serve;

/// <summary>
/// What <c>reportgen serve</c> adds to HTML responses (never to the files in site/): a script that polls
/// <see cref="VersionPath"/> and reloads the page after a rebuild, and an overlay listing the diagnostics of a failed rebuild.
/// </summary>
public static class LiveReload
{
    /// <summary>The endpoint the script polls: JSON <c>{"version": n, "errors": ["path:line:col: error ...", ...]}</c>.</summary>
    public const string VersionPath = "/__reportgen/version";

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
          function poll() {
            fetch('{{VersionPath}}', { cache: 'no-store' })
              .then(function (r) { return r.json(); })
              .then(function (s) {
                if (s.version !== version) {
                  if (s.errors.length > 0) { version = s.version; show(s.errors); }
                  else { location.reload(); return; }
                }
                setTimeout(poll, 500);
              })
              .catch(function () { setTimeout(poll, 1000); });
          }
          setTimeout(poll, 500);
        })();
        </script>

        """);
}
