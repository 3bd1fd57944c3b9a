using System.Diagnostics;
using System.Text.Json;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>The npm packages the site tests need, from node_modules at the repository root (scripts/test.sh runs <c>npm ci</c>).</summary>
internal static class NodeTools
{
    public static string NodeModules => Path.Combine(FixtureProject.RepositoryRoot, "node_modules");

    public static string VnuJar => Require(Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar"));

    public static string Require(string path) => File.Exists(path) || Directory.Exists(path)
        ? path
        : throw new InvalidOperationException($"{path} is missing: run 'npm ci' at the repository root (scripts/test.sh does this)");

    /// <summary>Runs the W3C Nu HTML checker on <paramref name="files"/> and returns its error messages as "file:line: message".</summary>
    public static IReadOnlyList<string> VnuErrors(IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-jar", VnuJar, "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        using var json = JsonDocument.Parse(stderr);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error" || m.TryGetProperty("subType", out var s) && s.GetString() == "fatal")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")];
    }
}
