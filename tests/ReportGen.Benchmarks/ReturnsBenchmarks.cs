using BenchmarkDotNet.Attributes;
using ReportGen.Metrics.Returns;

namespace ReportGen.Benchmarks;

/// <summary>Return metrics; one operation = 50 securities × every window (14, or 3 annualizable for CAGR).</summary>
[MemoryDiagnoser]
public class ReturnsBenchmarks
{
    private SyntheticMarket _m = null!;

    [GlobalSetup]
    public void Setup() => _m = MarketFixture.Market;

    [Benchmark]
    public double TotalReturn_AllWindows()
    {
        var sum = 0.0;
        foreach (var s in _m.Adjusted)
        {
            foreach (var w in MarketFixture.Windows)
            {
                sum += TotalReturn.For(s, w, SyntheticMarket.AsOf).Value;
            }
        }

        return sum;
    }

    [Benchmark]
    public double PriceReturn_AllWindows()
    {
        var sum = 0.0;
        foreach (var s in _m.Closes)
        {
            foreach (var w in MarketFixture.Windows)
            {
                sum += PriceReturn.For(s, w, SyntheticMarket.AsOf).Value;
            }
        }

        return sum;
    }

    [Benchmark]
    public double AnnualizedReturn_AnnualizableWindows()
    {
        var sum = 0.0;
        foreach (var s in _m.Adjusted)
        {
            foreach (var w in MarketFixture.Annualizable)
            {
                sum += AnnualizedReturn.For(s, w, SyntheticMarket.AsOf).Value;
            }
        }

        return sum;
    }
}
