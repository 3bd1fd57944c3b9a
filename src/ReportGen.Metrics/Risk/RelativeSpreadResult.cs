using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Risk;

/// <summary>A security's return against its benchmark's over the same closes.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Spread">R_security − R_benchmark as a difference of fractions, i.e. percentage points / 100 (0.052 = outperformed by 5.2 percentage points).</param>
/// <param name="Ratio">(1 + R_security) / (1 + R_benchmark): the last value of the relative-strength series divided by 100.</param>
/// <param name="SecurityReturn">The security's return.</param>
/// <param name="BenchmarkReturn">The benchmark's return.</param>
public sealed record RelativeSpreadResult(string Ticker, string Benchmark, double Spread, double Ratio, PeriodReturn SecurityReturn, PeriodReturn BenchmarkReturn);
