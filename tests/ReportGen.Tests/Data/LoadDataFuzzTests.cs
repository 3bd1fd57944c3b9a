using System.Text;
using ReportGen.Charts;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;
using Xunit.Abstractions;

namespace ReportGen.Tests.Data;

/// <summary>Random byte mutations of a valid project never make the loader throw or hang: it loads or it reports.</summary>
public sealed class LoadDataFuzzTests(ITestOutputHelper output)
{
    /// <summary>The default seed; set REPORTGEN_FUZZ_SEED to explore others (a failure prints the mutated file).</summary>
    private const int DefaultSeed = 20261123;
    private const int Iterations = 400;
    private static readonly byte[] Interesting = [.. ",\"\n\r\0-.e 9"u8, 0xFF, 0xC3, 0xEF, 0xBB, 0xBF];

    private const string Project = """
        -- data/prices/adjusted/NVDA.csv --
        Date,Adj Close
        2026-01-05,188.1199951171875
        2026-01-06,187.24000549316406
        2026-01-07,189.11000061035156
        2026-01-08,185.0399932861328
        2026-01-09,184.85000610351562
        -- data/prices/quoted/SPY.csv --
        Date,Open,High,Low,Close,Volume
        2026-01-07,692.1,693.0,688.0,689.6,70000000
        2026-01-08,689.0,691.2,686.9,690.0,65000000
        2026-01-09,691.0,695.1,690.2,694.1,72000000
        -- data/prices/index/^SPX.csv --
        Price,Adj Close,Close,High,Low,Open,Volume
        Ticker,^SPX,^SPX,^SPX,^SPX,^SPX,^SPX
        Date,,,,,,
        2026-01-08,6908.85986328125,6908.85986328125,6947.25,6859.72998046875,6944.740234375,5889550000
        2026-01-09,6878.8798828125,6878.8798828125,6882.9599609375,6831.740234375,6856.5400390625,6665660000
        -- data/dividends/NVDA.csv --
        Date,Dividend
        2025-09-11,0.01
        2025-12-04,0.01
        -- data/fundamentals/2026-01-09.csv --
        Symbol,Name,Sector,Price,Price/Earnings,Dividend Yield,Earnings/Share,52 Week Low,52 Week High,Market Cap,EBITDA,Price/Sales,Price/Book,SEC Filings
        AAPL,Apple Inc.,"Technology Hardware, Storage & Peripherals",225.91,34.33283,0.0043,6.58,164.08,237.49,3434758275072,131781001216,8.907498,51.554085,http://www.sec.gov/
        BRK.B,Berkshire Hathaway,Multi-Sector Holdings,,,,,,,,,,,http://www.sec.gov/
        -- data/funds/flows.csv --
        date,ticker,flow_usd
        2026-01-02,AGG,-8279999.999999999
        2026-01-05,AGG,
        -- data/funds/aum.csv --
        ticker,aum_usd,updated_date
        SPY,653947784940.7959,2026-01-09
        -- data/funds/overviews/2022-08-29.csv --
        ,Assets,NAV,Expense,PE,SharesOut,Div,DivYield,Volume,Open,PrevClose,YrLow,YrHigh,Beta,N_Hold
        AAA,7.35,24.51,0.25,,"300,000",0.06,0.25,206.0,24.41,24.43,24.19,25.06,0.02,27.0
        QJUN,n/a,,,,n/a,,,71994.0,20.25,19.05,19.2,21.47,,6.0
        -- data/universes.csv --
        universe,ticker,weight
        core,NVDA,0.5
        core,SPY,
        """;

    [Fact]
    public async Task Run_RandomlyMutatedFiles_LoadOrReportNeverThrow()
    {
        var files = DataFixture.Parse(Project);
        files["data/sources.yml"] = Encoding.UTF8.GetBytes(DataFixture.DefaultSources);
        files["data/securities.csv"] = Encoding.UTF8.GetBytes(DataFixture.DefaultSecurities);
        using var fixture = DataFixture.FromBytes(files);
        var (_, clean) = fixture.Load();
        Assert.False(clean.HasErrors, string.Join("\n", clean.Sorted()));

        var paths = files.Keys.Order(StringComparer.Ordinal).ToArray();
        var seed = int.TryParse(Environment.GetEnvironmentVariable("REPORTGEN_FUZZ_SEED"), out var s) ? s : DefaultSeed;
        var random = new Random(seed);
        var reported = 0;
        var run = Task.Run(() =>
        {
            for (var i = 0; i < Iterations; i++)
            {
                var path = paths[i % paths.Length];
                var original = files[path];
                var mutated = Mutate(original, random);
                var full = Path.Combine(fixture.Root, path);
                File.WriteAllBytes(full, mutated);
                try
                {
                    var (data, diagnostics) = fixture.Load();
                    Assert.True(diagnostics.HasErrors || LoadedEverything(data), $"iteration {i}: {path} loaded without errors but incompletely:\n{Encoding.UTF8.GetString(mutated)}\n{Convert.ToHexString(mutated)}");
                    reported += diagnostics.HasErrors ? 1 : 0;
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    Assert.Fail($"iteration {i}: {path} mutated to\n{Encoding.UTF8.GetString(mutated)}\nthrew {e}");
                }
                finally
                {
                    File.WriteAllBytes(full, original);
                }
            }
        });

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(3)));
        Assert.True(finished == run, "the loader hung on a mutated file");
        await run;
        output.WriteLine($"seed {seed}: {Iterations} mutations, {reported} reported errors, {Iterations - reported} still valid");
    }

    /// <summary>Counts, not keys: a mutation may validly rename a ticker, a universe or a data set id.</summary>
    private static bool LoadedEverything(MarketData data) =>
        data.Prices.Count == 3 && data.Dividends.Count == 1 && data.Fundamentals.Count == 1 && data.FundOverviews.Count == 1
        && data.FundAum.Count == 1 && data.Universes.Count >= 1 && data.Sources.Count == 1;

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2:
                    bytes.RemoveAt(at);
                    break;
                default:
                    var length = Math.Min(random.Next(1, 40), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }
}
