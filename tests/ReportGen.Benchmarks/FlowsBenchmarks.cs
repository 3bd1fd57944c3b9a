using BenchmarkDotNet.Attributes;
using ReportGen.Metrics.Flows;

namespace ReportGen.Benchmarks;

/// <summary>Fund-flow metrics; one operation = 10 funds × 14 windows (13 for % of AUM: inception has no starting AUM).</summary>
[MemoryDiagnoser]
public class FlowsBenchmarks
{
    private SyntheticMarket _m = null!;
    private double _expenseRatio;

    [GlobalSetup]
    public void Setup()
    {
        _m = MarketFixture.Market;
        _expenseRatio = 0.0035;
    }

    [Benchmark]
    public decimal NetInflows_AllWindows()
    {
        var sum = 0m;
        foreach (var f in _m.Flows)
        {
            foreach (var w in MarketFixture.Windows)
            {
                sum += NetInflows.For(f, w, SyntheticMarket.AsOf).Usd;
            }
        }

        return sum;
    }

    [Benchmark]
    public double NetInflowsShareOfAum_AllWindows()
    {
        var sum = 0.0;
        for (var i = 0; i < _m.Flows.Count; i++)
        {
            foreach (var w in MarketFixture.Windows)
            {
                if (w.Kind != ReportGen.Metrics.Model.ReturnWindowKind.Inception)
                {
                    sum += NetInflowsShareOfAum.For(_m.Flows[i], _m.Aum[i], w, SyntheticMarket.AsOf).Share;
                }
            }
        }

        return sum;
    }

    [Benchmark]
    public double FeeDrag_TenYearsOfDays()
    {
        var sum = 0.0;
        for (var d = 0; d <= 3650; d++)
        {
            sum += FeeDrag.Compute(_expenseRatio, d);
        }

        return sum;
    }
}
