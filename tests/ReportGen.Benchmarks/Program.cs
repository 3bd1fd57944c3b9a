using BenchmarkDotNet.Running;
using ReportGen.Benchmarks.Pages;

namespace ReportGen.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/ReportGen.Benchmarks -- --filter '*' --job short</c>.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks the command line selects (BenchmarkDotNet's switcher: --filter, --job, --list flat ...), or,
    /// with <c>pages-once</c>, renders the page corpus once in a fresh process (cold JIT, as a build runs) for bench/pages.sh
    /// to time against a cold <c>hugo</c> process; with <c>chart-formats &lt;project&gt; &lt;folder&gt; &lt;runs&gt;</c>, compares chart formats (bench/charts.sh).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["pages-once"])
        {
            var benchmark = new PageThroughputBenchmarks();
            benchmark.Setup();
            Console.WriteLine($"{benchmark.ReportGen()} pages");
            return;
        }

        if (args is ["chart-formats", var project, var look, var runs])
        {
            ChartFormats.RunAsync(project, look, int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
