using BenchmarkDotNet.Attributes;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Universes;
using ReportGen.Metrics.Valuation;

namespace ReportGen.Benchmarks;

/// <summary>
/// Universe metrics; one operation = 6 universes (five of 10 members, one of 50) × 14 windows. Member returns and start-of-period
/// market caps are computed in setup, so each benchmark measures the universe metric alone.
/// </summary>
[MemoryDiagnoser]
public class UniverseBenchmarks
{
    private readonly List<(IReadOnlyList<PeriodReturn> Returns, IReadOnlyList<MarketCap> Caps, IReadOnlyList<Holding> Weights)> _cases = [];

    [GlobalSetup]
    public void Setup()
    {
        var m = MarketFixture.Market;
        foreach (var members in m.Universes)
        {
            foreach (var w in MarketFixture.Windows)
            {
                var returns = members.Select(i => TotalReturn.For(m.Adjusted[i], w, SyntheticMarket.AsOf)).ToList();
                var caps = members.Select(i => MarketCapitalization.On(m.Closes[i], m.SharesOutstanding[i], returns[0].StartDate)).ToList();
                _cases.Add((returns, caps, MarketCapWeights.Compute(caps, "U")));
            }
        }
    }

    [Benchmark]
    public double EqualWeightReturn_All() => _cases.Sum(c => EqualWeightReturn.Compute(c.Returns, "U"));

    [Benchmark]
    public double CapWeightReturn_All() => _cases.Sum(c => CapWeightReturn.Compute(c.Returns, c.Caps, "U"));

    [Benchmark]
    public double MarketCapWeights_All() => _cases.Sum(c => MarketCapWeights.Compute(c.Caps, "U")[0].Weight);

    [Benchmark]
    public double ContributionToReturn_All() => _cases.Sum(c => ContributionToReturn.Compute(c.Weights, c.Returns, "U")[0].Value);

    [Benchmark]
    public double TopHoldingsShareOfReturn_Top3_All() => _cases.Sum(c => TopHoldingsShareOfReturn.Compute(ContributionToReturn.Compute(c.Weights, c.Returns, "U"), 3, "U").Share);

    [Benchmark]
    public double Concentration_TopWeightHhiEffective_All() =>
        _cases.Sum(c => TopWeight.Compute(c.Weights, 3, "U") + HerfindahlIndex.Compute(c.Weights, "U") + EffectiveHoldings.Compute(c.Weights, "U"));

    [Benchmark]
    public double ReturnDispersion_All() => _cases.Sum(c => ReturnDispersion.Compute(c.Returns, "U").Spread);

    [Benchmark]
    public double StressScenario_Top3_All() => _cases.Sum(c => StressScenario.Apply(c.Weights, -0.2, 3, 1e13, "U").ReturnImpact);
}
