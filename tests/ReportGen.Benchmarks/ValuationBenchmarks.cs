using BenchmarkDotNet.Attributes;
using ReportGen.Metrics.Valuation;

namespace ReportGen.Benchmarks;

/// <summary>Valuation metrics over the 50 synthetic securities (market cap at 14 window starts; milestones over 10 years; median P/E of 6 universes).</summary>
[MemoryDiagnoser]
public class ValuationBenchmarks
{
    private SyntheticMarket _m = null!;
    private MultipleObservation[][] _pe = [];

    [GlobalSetup]
    public void Setup()
    {
        _m = MarketFixture.Market;
        var rng = new Random(SyntheticMarket.Seed);
        var pe = _m.Adjusted.Select(s => new MultipleObservation(s.Ticker, rng.NextDouble() < 0.1 ? null : (rng.NextDouble() * 80) - 10)).ToArray();
        _pe = [.. _m.Universes.Select(u => u.Select(i => pe[i]).ToArray())];
    }

    [Benchmark]
    public double MarketCapitalization_AllWindowStarts()
    {
        var sum = 0.0;
        for (var i = 0; i < _m.Closes.Count; i++)
        {
            foreach (var w in MarketFixture.Windows)
            {
                var start = w.Resolve(SyntheticMarket.AsOf).BaseOnOrBefore ?? _m.Closes[i].FirstDate!.Value;
                sum += MarketCapitalization.On(_m.Closes[i], _m.SharesOutstanding[i], start).Usd;
            }
        }

        return sum;
    }

    [Benchmark]
    public int MarketCapMilestones_EveryTrillionTo5_AllSecurities()
    {
        var n = 0;
        var thresholds = MarketCapMilestones.EveryTrillion(5);
        for (var i = 0; i < _m.Closes.Count; i++)
        {
            n += MarketCapMilestones.Find(_m.Closes[i], _m.SharesOutstanding[i], thresholds, SyntheticMarket.AsOf).Count;
        }

        return n;
    }

    [Benchmark]
    public double MedianMultiple_Pe_AllUniverses() => _pe.Sum(u => MedianMultiple.Compute(u, "pe", "U").Median);
}
