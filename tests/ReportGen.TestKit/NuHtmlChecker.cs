using System.Diagnostics;
using System.Text.Json;

namespace ReportGen.TestKit;

/// <summary>The W3C Nu HTML Checker (vnu.jar from npm <c>vnu-jar</c>, run with the machine's Java 17) over many pages in one JVM.</summary>
public static class NuHtmlChecker
{
    /// <summary>Checks every .html file under <paramref name="folder"/>.</summary>
    /// <param name="folder">The site folder.</param>
    /// <returns>One line per error (<c>page:line:col: type: message</c>, page relative to <paramref name="folder"/>), sorted ordinally.</returns>
    /// <exception cref="InvalidOperationException">vnu.jar is not installed, Java does not start, or vnu gave no JSON report.</exception>
    public static Task<IReadOnlyList<string>> ErrorsAsync(string folder) => ErrorsAsync(folder, [folder]);

    /// <summary>Checks the given pages (or folders of pages).</summary>
    /// <param name="folder">The folder the pages are reported relative to.</param>
    /// <param name="pages">Absolute paths of the HTML files (or folders) to check.</param>
    /// <returns>One line per error (<c>page:line:col: type: message</c>), sorted ordinally.</returns>
    /// <exception cref="InvalidOperationException">vnu.jar is not installed, Java does not start, or vnu gave no JSON report.</exception>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string folder, IEnumerable<string> pages)
    {
        var jar = RepoPaths.NodePackageFile("vnu-jar", "build/dist/vnu.jar");
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-Xss8m", "-jar", jar, "--errors-only", "--skip-non-html", "--format", "json" }.Concat(pages))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start java (Java 17 is needed for vnu.jar)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = (await stderr).Trim();   // vnu writes its JSON report to stderr
        if (json.Length == 0 || json[0] != '{')
        {
            throw new InvalidOperationException($"vnu.jar exited {process.ExitCode} without a JSON report:\n{json}\n{await stdout}");
        }

        using var report = JsonDocument.Parse(json);
        var errors = new List<string>();
        foreach (var m in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = m.GetProperty("type").GetString();
            if (type is "info")
            {
                continue;
            }

            var url = m.TryGetProperty("url", out var u) ? u.GetString() ?? string.Empty : string.Empty;
            var file = url.StartsWith("file:", StringComparison.Ordinal) ? Path.GetRelativePath(folder, Uri.UnescapeDataString(url[5..].TrimStart('/').Insert(0, "/"))) : url;
            var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            var col = m.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : 0;
            errors.Add($"{file}:{line}:{col}: {type}: {m.GetProperty("message").GetString()}");
        }

        return [.. errors.Order(StringComparer.Ordinal)];
    }
}
