using System.Diagnostics;
using System.Globalization;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;

namespace ReportGen.Timing;

/// <summary>Stage 1 alone: <see cref="LoadData.Run"/> on a project, timed, with rows loaded and the managed heap after it.
/// Run under /usr/bin/time -v (bench/scale-curve.sh) for the process's peak RSS.</summary>
public static class LoadStage
{
    public static int Run(string project)
    {
        var inv = CultureInfo.InvariantCulture;
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(project, diagnostics);
        var benchmark = config.Benchmark;
        var sw = Stopwatch.StartNew();
        var data = LoadData.Run(project, diagnostics, benchmark);
        var seconds = sw.Elapsed.TotalSeconds;
        if (diagnostics.ErrorCount > 0)
        {
            Console.Error.WriteLine(string.Join("\n", diagnostics.Sorted().Take(10)));
            return 1;
        }

        var rows = data.Prices.Values.Sum(p => (long)(p.AdjustedClose?.Count ?? 0));
        GC.Collect();
        Console.WriteLine(string.Create(inv, $"load: {seconds:F2} s, {data.Prices.Count} series, {rows:N0} rows ({rows / seconds / 1e6:F2} M rows/s); managed heap after {GC.GetTotalMemory(false) / 1024 / 1024} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB"));
        return 0;
    }
}
