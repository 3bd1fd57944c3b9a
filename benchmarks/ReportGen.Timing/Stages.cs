using System.Diagnostics;
using System.Globalization;
using ReportGen.Charts;
using ReportGen.Pipeline;
using ReportGen.Project;

namespace ReportGen.Timing;

/// <summary>
/// One full build (no edition cache) through <see cref="BuildPipeline.RunAsync"/>, printing the pipeline's own stage
/// timings, pages/s and charts/s. Charts are drawn inside the render stage, so afterwards the build's chart specs are drawn
/// again, alone and in parallel, to show what share of that stage they take.
/// </summary>
public static class Stages
{
    public static async Task<int> RunAsync(string project, string output)
    {
        var inv = CultureInfo.InvariantCulture;
        var total = Stopwatch.StartNew();
        var result = await BuildPipeline.RunAsync(new BuildOptions(project, output), publish: true, CancellationToken.None);
        var wall = total.Elapsed.TotalSeconds;
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(string.Join("\n", result.Diagnostics.Take(20)));
            return 1;
        }

        foreach (var t in result.Timings)
        {
            Console.WriteLine(string.Create(inv, $"{t.Stage,-24} {t.Duration.TotalSeconds,8:F2} s"));
        }

        var charts = result.Rendered.Sum(r => r.Charts.Count);
        var pages = result.Files!.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));
        Console.WriteLine(string.Create(inv, $"{"total",-24} {wall,8:F2} s: {result.Editions.Count} editions, {pages} pages, {charts} charts ({charts * 2} PNGs), {result.Files.Files.Count} files"));
        Console.WriteLine(string.Create(inv, $"throughput: {pages / wall:F1} pages/s, {charts / wall:F1} charts/s ({charts * 2 / wall:F1} PNGs/s)"));

        var specs = result.Rendered.SelectMany(r => r.Charts.Select(c => c.Spec)).ToList();
        var alone = Stopwatch.StartNew();
        Parallel.ForEach(specs, s =>
        {
            ChartRenderer.RenderPng(s, 1);
            ChartRenderer.RenderPng(s, 2);
        });
        Console.WriteLine(string.Create(inv, $"{"charts alone, redrawn",-24} {alone.Elapsed.TotalSeconds,8:F2} s (parallel, same {charts} charts at 1x and 2x)"));
        Console.WriteLine(string.Create(inv, $"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB"));
        return 0;
    }
}
