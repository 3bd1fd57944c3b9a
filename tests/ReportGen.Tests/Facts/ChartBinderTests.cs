using System.Globalization;
using System.Text;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Model;
using ReportGen.Planning;
using ReportGen.Tests.Data;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportGen.Tests.Facts;

/// <summary>
/// Issue 13: every chart kind binds from a front-matter declaration against the edition's data. The data: weekday adjusted
/// closes from Dec 1, 2025 to Mar 31, 2026 for NVDA, AMD, SPY and SMH; fundamentals snapshots of Feb 27 and Mar 31, 2026 (the valuation history reads both); daily
/// flows of SMH and SPY in January to March 2026. The edition is 2026-Q1, as of Mar 31, 2026.
/// </summary>
public sealed class ChartBinderTests : IDisposable
{
    private static readonly Dictionary<ChartKind, string> Declarations = new()
    {
        [ChartKind.IndexedPerformance] = "universe: chips\n    benchmark: SPY\n    label: Chips (equal weight)\n    benchmark_label: S&P 500 (SPY)",
        [ChartKind.RelativePerformance] = "universe: chips\n    securities: [NVDA]\n    benchmark: SPY\n    window: ytd\n    label: Chips (equal weight)\n    benchmark_label: S&P 500",
        [ChartKind.Drawdown] = "universe: chips\n    benchmark: SPY\n    window: since:2026-01-15\n    label: Chips (equal weight)",
        [ChartKind.SortedReturns] = "universe: chips\n    securities: [SMH]\n    benchmark: SPY\n    window: period",
        [ChartKind.Contribution] = "universe: chips\n    label: Chips",
        [ChartKind.Flows] = "universe: funds\n    window: ytd",
        [ChartKind.MarketCap] = "universe: mixed",
        [ChartKind.Valuation] = "universe: chips\n    label: Chips",
        [ChartKind.RiskReturn] = "universe: chips\n    benchmark: SPY\n    benchmark_label: S&P 500 (SPY)",
        [ChartKind.ValuationHistory] = "universe: chips\n    label: Chips\n    benchmark_label: Rest of the index",
    };

    private readonly DataFixture _fixture = DataFixture.Create(Txtar());
    private readonly EditionScope _scope;

    public ChartBinderTests()
    {
        var (data, diagnostics) = _fixture.Load();
        Assert.Empty(diagnostics.Sorted());
        _scope = new EditionScope(data.CutAt(new DateOnly(2026, 3, 31)), Period.Parse("2026-Q1"), "SPY");
    }

    public static TheoryData<ChartKind> AllKinds => [.. Enum.GetValues<ChartKind>()];

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Bind_EveryKindDeclaredInFrontMatter_MatchesSnapshot(ChartKind kind)
    {
        var declaration = Declare(kind, Declarations[kind]);

        var spec = ChartBinder.Bind(declaration, _scope, string.Empty);

        Assert.Equal(kind, spec.Kind);
        Snapshot.Match(spec.Describe(), new SnapshotNameExtension(kind.ToString()));
    }

    [Fact]
    public void Bind_RelativePerformance_StartsAtZeroAndEndsAtTheSpreadOfYearToDateReturns()
    {
        var declaration = Declare(ChartKind.RelativePerformance, Declarations[ChartKind.RelativePerformance]);

        var spec = ChartBinder.Bind(declaration, _scope, string.Empty);

        var chips = spec.Lines.Single(l => l.Label == "Chips (equal weight)");
        var nvda = spec.Lines.Single(l => l.Label == "NVDA");
        Assert.Equal(0, chips.FirstValue, 12);
        Assert.Equal(_scope.Universe("chips").Ytd.Value - _scope.Security("SPY").Ytd.Value, chips.LastValue, 12);
        Assert.Equal(_scope.Security("NVDA").Ytd.Value - _scope.Security("SPY").Ytd.Value, nvda.LastValue, 12);
        Assert.DoesNotContain(spec.Lines, l => l.IsBenchmark);
    }

    [Fact]
    public void Bind_RelativePerformance_BenchmarkAlsoListedAsASecurity_IsNotASpreadAgainstItself()
    {
        var declaration = Declare(ChartKind.RelativePerformance, "universe: chips\n    securities: [NVDA, SPY]\n    benchmark: SPY");

        var spec = ChartBinder.Bind(declaration, _scope, string.Empty);

        Assert.Equal(["chips (equal weight, 2)", "NVDA"], spec.Lines.Select(l => l.Label));
    }

    [Fact]
    public void Bind_IndexedPerformance_SecurityThatIsTheBenchmark_IsDrawnOnce()
    {
        // A benchmark's own tear sheet: securities [item] with item SPY and benchmark SPY drew SPY twice.
        var declaration = Declare(ChartKind.IndexedPerformance, "securities: [SPY]\n    benchmark: SPY\n    benchmark_label: S&P 500 (SPY)");

        var spec = ChartBinder.Bind(declaration, _scope, string.Empty);

        var line = Assert.Single(spec.Lines);
        Assert.Equal("S&P 500 (SPY)", line.Label);
        Assert.True(line.IsBenchmark);
    }

    [Fact]
    public void Bind_Drawdown_NeverAboveZeroAndZeroAtEachNewPeak()
    {
        var declaration = Declare(ChartKind.Drawdown, Declarations[ChartKind.Drawdown]);

        var spec = ChartBinder.Bind(declaration, _scope, string.Empty);

        Assert.All(spec.Lines, l => Assert.All(l.Values, v => Assert.True(v <= 0)));
        Assert.All(spec.Lines, l => Assert.Equal(0, l.FirstValue));
        Assert.Contains(spec.Lines, l => l.IsBenchmark && l.Label == "SPY");
    }

    [Fact]
    public void Bind_Contribution_SumsToTheUniversesPeriodReturn()
    {
        var declaration = Declare(ChartKind.Contribution, Declarations[ChartKind.Contribution]);

        var spec = ChartBinder.Bind(declaration, _scope, string.Empty);

        Assert.Equal(["AMD", "NVDA"], spec.Bars.Select(b => b.Label).Order(StringComparer.Ordinal));
        Assert.Equal(_scope.Universe("chips").PeriodReturn.Value, spec.Bars.Sum(b => b.Value), 12);
    }

    [Fact]
    public void Bind_Flows_OneBarPerMonthSummingBothFunds()
    {
        var declaration = Declare(ChartKind.Flows, Declarations[ChartKind.Flows]);

        var spec = ChartBinder.Bind(declaration, _scope, string.Empty);

        Assert.Equal(["Jan 2026", "Feb 2026", "Mar 2026"], spec.Bars.Select(b => b.Label));
        Assert.Equal([150e6 - 20e6 + 300e6, -80e6 - 500e6, 60e6 + 40e6 + 1e9], spec.Bars.Select(b => b.Value));
    }

    [Fact]
    public void Bind_MarketCap_NamesTheMemberNotInTheSnapshot()
    {
        var declaration = Declare(ChartKind.MarketCap, Declarations[ChartKind.MarketCap]);

        var spec = ChartBinder.Bind(declaration, _scope, string.Empty);

        Assert.Equal(["NVDA", "AMD"], spec.Bars.Select(b => b.Label));
        Assert.Equal("Market capitalization, USD; not in the snapshot: SMH", spec.Subtitle);
        Assert.Equal(["$1T", "$2T", "$3T", "$4T"], spec.ReferenceLines.Select(r => r.Label));
    }

    [Theory]
    [InlineData(ChartKind.RelativePerformance, "universe: chips", "relative-performance charts measure against a benchmark")]
    [InlineData(ChartKind.Contribution, "securities: [NVDA]", "contribution charts split one universe's equal-weight return")]
    [InlineData(ChartKind.Valuation, "universe: chips\n    window: 1y", "valuation charts compare a universe's median trailing P/E")]
    [InlineData(ChartKind.MarketCap, "universe: chips\n    benchmark: SPY", "market-cap charts show the fundamentals snapshot")]
    [InlineData(ChartKind.Flows, "universe: chips", "flows charts need 'universe:' or 'securities:' naming funds")]
    public void Bind_DeclarationTheKindCannotUse_SaysWhatItExpects(ChartKind kind, string yaml, string expected)
    {
        var declaration = Declare(kind, yaml);

        var e = Assert.Throws<ArgumentException>(() => ChartBinder.Bind(declaration, _scope, string.Empty));

        Assert.StartsWith($"chart '{ChartKindNames.Name(kind)}': {expected}", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _fixture.Dispose();

    /// <summary>The declaration as <see cref="ReportLoader"/> reads it from a report's front matter (id = the kind's name).</summary>
    private static ChartDeclaration Declare(ChartKind kind, string yaml)
    {
        var name = ChartKindNames.Name(kind);
        var text = "---\nseries: Test\ntitle: Test\nsummary: Test\ncadence: quarterly\nfirst_period: 2026-Q1\ncharts:\n"
            + $"  - id: {name}\n    kind: {name}\n    {yaml}\n---\nBody.\n";
        var diagnostics = new DiagnosticBag();
        var report = ReportLoader.Parse(text, "templates/reports/test.sbn-md", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return Assert.Single(report!.Charts);
    }

    private static string Txtar()
    {
        var sb = new StringBuilder();
        sb.Append("-- data/sources.yml --\n").Append(DataFixture.DefaultSources.Replace("as_of: 2026-01-09", "as_of: 2026-03-31", StringComparison.Ordinal));
        sb.Append("-- data/universes.csv --\nuniverse,ticker,weight\nchips,NVDA,\nchips,AMD,\nfunds,SMH,\nfunds,SPY,\nmixed,NVDA,\nmixed,AMD,\nmixed,SMH,\n");
        Prices(sb, "NVDA", 100, 0.004, 0.03, 3);
        Prices(sb, "AMD", 50, -0.002, 0.04, 4);
        Prices(sb, "SPY", 400, 0.001, 0.01, 5);
        Prices(sb, "SMH", 200, 0.003, 0.02, 6);
        sb.Append("""
            -- data/fundamentals/2026-02-27.csv --
            Symbol,Name,Price,Price/Earnings,Market Cap
            NVDA,Nvidia,170,60,4100000000000
            AMD,Advanced Micro Devices,150,-20,240000000000
            AAPL,Apple,210,31,3300000000000
            MSFT,Microsoft,390,34,3300000000000
            JPM,JPMorgan Chase,240,13,680000000000
            -- data/fundamentals/2026-03-31.csv --
            Symbol,Name,Price,Price/Earnings,Market Cap
            NVDA,Nvidia,180,52,4300000000000
            AMD,Advanced Micro Devices,160,90,260000000000
            AAPL,Apple,220,33,3500000000000
            MSFT,Microsoft,400,35,3400000000000
            JPM,JPMorgan Chase,250,14,700000000000
            -- data/funds/flows.csv --
            date,ticker,flow_usd
            2026-01-05,SMH,150000000
            2026-01-20,SPY,-20000000
            2026-01-21,SPY,300000000
            2026-02-10,SMH,-80000000
            2026-02-11,SPY,-500000000
            2026-03-02,SMH,60000000
            2026-03-03,SMH,40000000
            2026-03-30,SPY,1000000000

            """);
        return sb.ToString();
    }

    /// <summary>Weekday closes from Dec 1, 2025 to Mar 31, 2026: start × (1 + drift × i + swing × sin(i / period)).</summary>
    internal static void Prices(StringBuilder sb, string ticker, double start, double drift, double swing, double period, DateOnly? from = null)
    {
        sb.Append($"-- data/prices/adjusted/{ticker}.csv --\nDate,Adj Close\n");
        var i = 0;
        for (var d = from ?? new DateOnly(2025, 12, 1); d <= new DateOnly(2026, 3, 31); d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var close = start * (1 + (drift * i) + (swing * Math.Sin(i / period)));
            sb.Append(CultureInfo.InvariantCulture, $"{d:yyyy-MM-dd},{close:0.####}\n");
            i++;
        }
    }
}
