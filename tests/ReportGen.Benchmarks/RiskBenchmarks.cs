using BenchmarkDotNet.Attributes;
using ReportGen.Metrics.Risk;

namespace ReportGen.Benchmarks;

/// <summary>Risk metrics; one operation = 50 securities × 14 windows (52-week range: 50 securities, it has no window).</summary>
[MemoryDiagnoser]
public class RiskBenchmarks
{
    private SyntheticMarket _m = null!;

    [GlobalSetup]
    public void Setup() => _m = MarketFixture.Market;

    [Benchmark]
    public double AnnualizedVolatility_AllWindows() => Each(s => w => AnnualizedVolatility.For(s, w, SyntheticMarket.AsOf).Value);

    [Benchmark]
    public double MaxDrawdown_AllWindows() => Each(s => w => MaxDrawdown.For(s, w, SyntheticMarket.AsOf).Depth);

    [Benchmark]
    public double CurrentDrawdown_AllWindows() => Each(s => w => CurrentDrawdown.For(s, w, SyntheticMarket.AsOf).Depth);

    [Benchmark]
    public double Beta_AllWindows() => Each(s => w => Beta.For(s, _m.Benchmark, w, SyntheticMarket.AsOf).Value);

    [Benchmark]
    public double Correlation_AllWindows() => Each(s => w => Correlation.For(s, _m.Benchmark, w, SyntheticMarket.AsOf).Value);

    [Benchmark]
    public double RelativeReturnSpread_AllWindows() => Each(s => w => RelativeReturnSpread.For(s, _m.Benchmark, w, SyntheticMarket.AsOf).Spread);

    [Benchmark]
    public double RelativeStrength_AllWindows() => Each(s => w => RelativeStrength.Series(s, _m.Benchmark, w, SyntheticMarket.AsOf)[^1].Value);

    [Benchmark]
    public double FiftyTwoWeekRange_AllSecurities()
    {
        var sum = 0.0;
        foreach (var s in _m.Closes)
        {
            sum += FiftyTwoWeekRange.For(s, SyntheticMarket.AsOf).FromHigh;
        }

        return sum;
    }

    private double Each(Func<ReportGen.Metrics.Model.PriceSeries, Func<ReportGen.Metrics.Model.ReturnWindow, double>> metric)
    {
        var sum = 0.0;
        foreach (var s in _m.Adjusted)
        {
            var f = metric(s);
            foreach (var w in MarketFixture.Windows)
            {
                sum += f(w);
            }
        }

        return sum;
    }
}
