using System.Diagnostics;
using System.Globalization;
using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Site;
using ReportGen.Text;

namespace ReportGen.Timing;

/// <summary>
/// A Stopwatch breakdown of one build, stage by stage, running the same library calls in the same order as
/// <see cref="BuildPipeline.RunAsync"/> (which has no timing of its own). Charts are drawn inside the render stage, so
/// after the build their specs are drawn again, alone and in parallel, to show what share of the render stage they take.
/// </summary>
public static class Stages
{
    public static async Task<int> RunAsync(string project, string output)
    {
        var inv = CultureInfo.InvariantCulture;
        var total = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var lap = Stopwatch.StartNew();
        void Report(string stage) { Console.WriteLine(string.Create(inv, $"{stage,-34} {lap.Elapsed.TotalSeconds,8:F2} s")); lap.Restart(); }

        var config = SiteConfigReader.Read(project, diagnostics);
        var data = LoadData.Run(project, diagnostics);
        Report("1. load data (+ settings)");
        var reports = ReportLoader.Run(project, diagnostics);
        Report("   load report templates");
        if (diagnostics.HasErrors)
        {
            Console.Error.WriteLine(string.Join("\n", diagnostics.Sorted()));
            return 1;
        }

        var editions = reports.SelectMany(r => EditionPlanner.Plan(r, data, false, null, diagnostics)).ToList();
        Report("2-3. plan editions");
        var rendered = new RenderedEdition?[editions.Count];
        Parallel.For(0, editions.Count, i => rendered[i] = RenderEdition.Run(editions[i], data, config, diagnostics));
        Report("4. render text + charts (parallel)");
        if (diagnostics.HasErrors)
        {
            Console.Error.WriteLine(string.Join("\n", diagnostics.Sorted().Take(20)));
            return 1;
        }

        var files = AssembleSite.Run(project, config, data, [.. rendered.Select(r => r!)], diagnostics);
        Report("5. assemble site (layouts)");
        await SitePublisher.PublishAsync(files, output, CancellationToken.None);
        Report("5. publish (write + swap)");
        var wall = total.Elapsed.TotalSeconds;
        var charts = rendered.Sum(r => r!.Charts.Count);
        var pages = files.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));
        Console.WriteLine(string.Create(inv, $"{"total",-34} {wall,8:F2} s: {editions.Count} editions, {pages} pages, {charts} charts ({charts * 2} PNGs), {files.Files.Count} files"));
        Console.WriteLine(string.Create(inv, $"throughput: {pages / wall:F1} pages/s, {charts / wall:F1} charts/s ({charts * 2 / wall:F1} PNGs/s)"));

        var specs = rendered.SelectMany(r => r!.Charts.Select(c => c.Spec)).ToList();
        lap.Restart();
        Parallel.ForEach(specs, s =>
        {
            ChartRenderer.RenderPng(s, 1);
            ChartRenderer.RenderPng(s, 2);
        });
        Report("   charts alone, drawn again (parallel)");
        Console.WriteLine(string.Create(inv, $"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB; GC heap now {GC.GetTotalMemory(false) / 1024 / 1024} MB"));
        return 0;
    }
}
