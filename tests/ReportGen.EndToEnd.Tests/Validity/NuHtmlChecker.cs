using System.Diagnostics;
using System.Text.Json;
using ReportGen.EndToEnd.Tests.TestKit;

namespace ReportGen.EndToEnd.Tests.Validity;

/// <summary>The W3C Nu HTML Checker (vnu.jar from npm `vnu-jar`, run with the machine's Java 17) over a whole folder in one JVM.</summary>
public static class NuHtmlChecker
{
    /// <summary>Checks every .html file under <paramref name="folder"/>; returns one line per error (<c>page:line:col: message</c>).</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string folder)
    {
        var jar = RepoPaths.NodePackageFile("vnu-jar", "build/dist/vnu.jar");
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-Xss8m", "-jar", jar, "--errors-only", "--skip-non-html", "--format", "json", folder })
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
