using BenchmarkDotNet.Attributes;
using ReportGen.Charts;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Benchmarks;

/// <summary>
/// Stage 1 on the real sample project: <see cref="LoadData.Run"/> over the whole of data/ (160 CSV files, about 21 MB:
/// adjusted and quoted prices, index levels, dividends, fundamentals and fund files) plus sources.yml.
/// </summary>
[MemoryDiagnoser]
public class DataLoadingBenchmarks
{
    private string _root = string.Empty;

    /// <summary>Finds the repository root (the folder holding ReportGen.sln), or REPORTGEN_PROJECT when set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(Environment.GetEnvironmentVariable("REPORTGEN_PROJECT") ?? AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportGen.sln")) && !Directory.Exists(Path.Combine(dir.FullName, "data")))
        {
            dir = dir.Parent;
        }

        _root = dir?.FullName ?? throw new InvalidOperationException("no project with data/ above " + AppContext.BaseDirectory);
        var diagnostics = new DiagnosticBag();
        LoadData.Run(_root, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("the sample data has errors: " + string.Join("\n", diagnostics.Sorted()));
        }
    }

    /// <summary>Loads and validates the whole sample data/ folder.</summary>
    /// <returns>The loaded data, so that the work is not optimised away.</returns>
    [Benchmark]
    public MarketData LoadSampleData() => LoadData.Run(_root, new DiagnosticBag());
}
