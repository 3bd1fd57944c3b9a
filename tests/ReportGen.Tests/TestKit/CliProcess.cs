using System.Diagnostics;
using ReportGen.TestKit;

namespace ReportGen.Tests.TestKit;

/// <summary>Runs the real CLI (<c>dotnet reportgen.dll build</c>) in a child process, for tests of process-level behaviour.</summary>
internal static class CliProcess
{
    /// <summary>The CLI assembly of the same configuration as this test assembly (Debug locally, Release in scripts/test.sh).</summary>
    public static string Dll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var dll = Path.Combine(RepoPaths.Root, "src", "ReportGen.Cli", "bin", configuration, "net10.0", "reportgen.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} not found; build src/ReportGen.Cli first");
        }
    }

    /// <summary>
    /// Runs <c>reportgen build --project <paramref name="projectRoot"/></c>; asserts exit code 0 unless it was killed.
    /// </summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="killAfter">Kill the process tree after this long if it is still running; null to wait for it.</param>
    /// <param name="environment">Extra environment variables for the child process.</param>
    /// <returns>The exit code (null when killed) and whether the process was killed.</returns>
    public static async Task<(int? ExitCode, bool Killed)> BuildAsync(string projectRoot, TimeSpan? killAfter, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(["build", "--project", projectRoot], asUser: null, environment);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (killAfter is { } delay)
        {
            using var timeout = new CancellationTokenSource(delay);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                await Task.WhenAll(stdout, stderr);
                return (null, true);
            }
        }
        else
        {
            await process.WaitForExitAsync();
        }

        await Task.WhenAll(stdout, stderr);
        Assert.True(process.ExitCode == 0, $"reportgen build exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return (process.ExitCode, false);
    }

    /// <summary>Runs <c>reportgen</c> with <paramref name="args"/> to the end, optionally as another user (<c>runuser -u</c>, which needs root).</summary>
    /// <param name="args">The command line after <c>reportgen</c>.</param>
    /// <param name="asUser">A user name, or null for this process's user.</param>
    /// <param name="environment">Extra environment variables for the child process.</param>
    /// <returns>The exit code and both outputs.</returns>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(IEnumerable<string> args, string? asUser = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(args, asUser, environment);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args, string? asUser, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(asUser is null ? "dotnet" : "runuser") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (asUser is null ? [] : new[] { "-u", asUser, "--", "dotnet" }).Append(Dll).Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        // One publication time for every build a test runs (docs/ledger.md), so two projects' sites compare byte for byte.
        start.Environment["SOURCE_DATE_EPOCH"] = "1783071000"; // 2026-07-03T09:30:00Z
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
