using BenchmarkDotNet.Running;

namespace ReportGen.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/ReportGen.Benchmarks -- --filter '*' --job short</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks the command line selects (BenchmarkDotNet's switcher: --filter, --job, --list flat ...).</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
