using ReportGen.Checking.Scenarios;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Planning;
using ReportGen.TestKit;

namespace ReportGen.Tests.Checking;

/// <summary>The sample project's data, loaded once, and the editions its reports plan (one per period and as-of date).</summary>
public sealed class SampleMarket
{
    public SampleMarket()
    {
        var diagnostics = new DiagnosticBag();
        Config = SiteConfigReader.Read(RepoPaths.Root, diagnostics);
        Data = LoadData.Run(RepoPaths.Root, diagnostics, Config.Benchmark);
        var reports = ReportLoader.Run(RepoPaths.Root, diagnostics);
        var calendar = EditionPlanner.Calendar(Data, Config.Benchmark, diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Editions = [.. reports.SelectMany(r => EditionPlanner.Plan(r, calendar, false, null))];
    }

    public SiteConfig Config { get; }

    public MarketData Data { get; }

    public IReadOnlyList<Edition> Editions { get; }

    /// <summary>The benchmarks the sample's reports compare with.</summary>
    public IReadOnlyList<string> Benchmarks => [.. Editions.SelectMany(e => e.Report.Benchmarks).Distinct(StringComparer.Ordinal)];

    public IReadOnlySet<string> BenchmarkSet => ScenarioCheck.Benchmarks(Config, Editions);

    public MarketData Under(string scenario) => MarketScenarios.Find(scenario)!.Transform(Data, BenchmarkSet);

    public EditionScope Scope(MarketData market, Edition edition) => EditionScope.For(market, edition.Period, edition.AsOf, edition.Report.Benchmarks, Config);
}

/// <summary>Each synthetic market does what its description says, in every edition the sample plans.</summary>
public sealed class MarketScenariosTests(SampleMarket sample) : IClassFixture<SampleMarket>
{
    [Theory]
    [InlineData("all-fall", -1)]
    [InlineData("all-rise", 1)]
    public void Directional_EveryPeriodReturnOfEverySecurityAndUniverseInEveryEdition_HasTheScenariosSign(string scenario, int sign)
    {
        // Arrange
        var market = sample.Under(scenario);
        var checkedReturns = 0;

        // Act / Assert: every security with a close before the period and one on its as-of date, and every universe.
        foreach (var edition in sample.Editions)
        {
            foreach (var (ticker, prices) in market.Prices)
            {
                var series = prices.AdjustedClose;
                var from = series?.IndexBefore(edition.Period.Start) ?? -1;
                var to = series?.IndexOnOrBefore(edition.AsOf) ?? -1;
                if (series is null || from < 0 || to <= from)
                {
                    continue; // no close before the period, or none in it (a series that ended earlier)
                }

                Assert.True(Math.Sign((series.Values[to] / series.Values[from]) - 1) == sign, $"{ticker} in {edition.Report.Slug} {edition.Period}");
                checkedReturns++;
            }

            var scope = sample.Scope(market, edition);
            foreach (var universe in edition.Report.Universes)
            {
                Assert.Equal(sign, Math.Sign(scope.Universe(universe).PeriodReturn.Value));
                checkedReturns++;
            }
        }

        Assert.True(checkedReturns > 1000, $"only {checkedReturns} returns checked");
    }

    [Fact]
    public void Outlier_InEveryEdition_TheMeanOfEachUniverseBeatsEveryBenchmarkAndItsMedianTrailsThem()
    {
        // Arrange
        var market = sample.Under("outlier");
        var risers = MarketScenarios.OutlierRisers(market.Universes, sample.BenchmarkSet);

        // Act / Assert
        Assert.All(sample.Editions.SelectMany(e => e.Report.Universes).Distinct(), u => Assert.True(MarketScenarios.OutlierHolds(market.Universes[u], [.. risers], sample.BenchmarkSet), u));
        foreach (var edition in sample.Editions)
        {
            var scope = sample.Scope(market, edition);
            foreach (var name in edition.Report.Universes)
            {
                var universe = scope.Universe(name);
                foreach (var benchmark in sample.Benchmarks)
                {
                    var b = scope.Security(benchmark).PeriodReturn.Value;
                    Assert.True(universe.PeriodReturn.Value > b, $"{name} mean vs {benchmark} in {edition.Period}");
                    Assert.True(universe.MedianReturn.Value < b, $"{name} median vs {benchmark} in {edition.Period}");
                }
            }
        }
    }

    [Fact]
    public void Flat_EveryPriceIsConstantAndNoDividendIsLeft()
    {
        // Act
        var market = sample.Under("flat");

        // Assert
        Assert.All(market.Prices.Values, p =>
        {
            foreach (var series in new[] { p.AdjustedClose, p.Close })
            {
                if (series is { Count: > 0 })
                {
                    Assert.All(series.Values.ToArray(), v => Assert.Equal(series.Values[0], v));
                }
            }
        });
        Assert.All(market.Dividends.Values, d => Assert.Empty(d.Dividends));
    }

    [Fact]
    public void Ties_TheFirstTwoMembersOfEachUniverseHaveTheSameReturnInEveryEdition()
    {
        // Arrange
        var market = sample.Under("ties");

        // Act / Assert
        foreach (var edition in sample.Editions)
        {
            var scope = sample.Scope(market, edition);
            foreach (var name in edition.Report.Universes)
            {
                var members = market.Universes[name].Members;
                Assert.Equal(scope.Security(members[0]).PeriodReturn.Value, scope.Security(members[1]).PeriodReturn.Value);
            }
        }

        // The rest of the market is the project's own data.
        var untouched = market.Prices.Keys.Where(t => !market.Universes.Values.Any(u => u.Members.Count >= 2 && u.Members[1] == t)).ToList();
        Assert.All(untouched, t => Assert.Same(sample.Data.Prices[t], market.Prices[t]));
    }

    [Fact]
    public void SingleMember_CutsEveryUniverseToItsFirstMember()
    {
        // Act
        var market = sample.Under("single-member");

        // Assert
        Assert.All(sample.Data.Universes.Values, u => Assert.Equal([u.Members[0]], market.Universes[u.Name].Members));
    }

    [Fact]
    public void NoFundamentals_RemovesFundamentalsAndFundOverviewsOnly()
    {
        // Act
        var market = sample.Under("no-fundamentals");

        // Assert
        Assert.NotEmpty(sample.Data.Fundamentals);
        Assert.NotEmpty(sample.Data.FundOverviews);
        Assert.Empty(market.Fundamentals);
        Assert.Empty(market.FundOverviews);
        Assert.Same(sample.Data.Prices, market.Prices);
    }

    [Theory]
    [InlineData("all-fall")]
    [InlineData("all-rise")]
    [InlineData("outlier")]
    [InlineData("flat")]
    [InlineData("ties")]
    public void EveryPriceScenario_KeepsEverySeriesDatesAndIsDeterministic(string scenario)
    {
        // Act
        var once = sample.Under(scenario);
        var again = sample.Under(scenario);

        // Assert
        Assert.Equal(sample.Data.Prices.Keys.Order(StringComparer.Ordinal), once.Prices.Keys.Order(StringComparer.Ordinal));
        foreach (var (ticker, original) in sample.Data.Prices)
        {
            var shaped = once.Prices[ticker];
            Assert.Equal(original.AdjustedClose?.Dates.ToArray(), shaped.AdjustedClose?.Dates.ToArray());
            Assert.Equal(original.Close?.Dates.ToArray(), shaped.Close?.Dates.ToArray());
            Assert.Equal(shaped.AdjustedClose?.Values.ToArray(), again.Prices[ticker].AdjustedClose?.Values.ToArray());
            if (sample.Data.Dividends.TryGetValue(ticker, out var dividends) && scenario != "flat")
            {
                Assert.Equal(dividends.Dividends.Select(d => d.ExDate), once.Dividends[ticker].Dividends.Select(d => d.ExDate));
            }
        }
    }

    [Fact]
    public void Parse_ListsScenariosInCatalogueOrderAndNamesTheFirstUnknown()
    {
        // Act
        var some = MarketScenarios.Parse("outlier, ALL-FALL,outlier", out var none);
        var bad = MarketScenarios.Parse("all-fall,sideways", out var unknown);
        var all = MarketScenarios.Parse(null, out _);

        // Assert
        Assert.Equal(["all-fall", "outlier"], some.Select(s => s.Name));
        Assert.Null(none);
        Assert.Equal("sideways", unknown);
        Assert.Equal(["all-fall"], bad.Select(s => s.Name));
        Assert.Equal(MarketScenarios.All.Count, all.Count);
    }
}
