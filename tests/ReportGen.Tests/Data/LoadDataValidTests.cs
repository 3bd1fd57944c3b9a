using System.Text;
using ReportGen.Charts;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Tests.Data;

/// <summary>Valid fixtures for every format: the loader reads them without diagnostics and with the documented units. Rows are
/// real rows from the sample data unless said otherwise.</summary>
public sealed class LoadDataValidTests
{
    [Fact]
    public void Run_PriceFileWithBomAndCrlf_ReadsEveryColumn()
    {
        var text = "\uFEFFDate,Open,High,Low,Close,Adj Close,Volume\r\n"
            + "2026-01-05,153.17,154.07,152.25,153.60,151.53,2826900\r\n"
            + "2026-01-06,152.25,153.16,150.66,150.70,148.67,5187200\r\n";
        using var sut = FixtureWith(("data/prices/SMH.csv", Encoding.UTF8.GetBytes(text)));

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        var smh = data.Prices["SMH"];
        Assert.Equal([153.60, 150.70], smh.Close!.Values.ToArray());
        Assert.Equal([151.53, 148.67], smh.AdjustedClose!.Values.ToArray());
        Assert.Equal([2826900L, 5187200L], smh.Bars!.Volume);
        Assert.Equal([152.25, 150.66], smh.Bars.Low);
        Assert.Equal(new DateOnly(2026, 1, 6), smh.Close.LastDate);
    }

    [Fact]
    public void Run_YfinanceThreeLineHeader_SkipsTickerAndDateLines()
    {
        using var sut = DataFixture.Create("""
            -- data/prices/index/^SPX.csv --
            Price,Adj Close,Close,High,Low,Open,Volume
            Ticker,^SPX,^SPX,^SPX,^SPX,^SPX,^SPX
            Date,,,,,,
            2026-01-08,6908.85986328125,6908.85986328125,6947.25,6859.72998046875,6944.740234375,5889550000
            2026-01-09,6878.8798828125,6878.8798828125,6882.9599609375,6831.740234375,6856.5400390625,6665660000
            """);

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        var spx = data.Prices["^SPX"];
        Assert.Equal([6908.85986328125, 6878.8798828125], spx.AdjustedClose!.Values.ToArray());
        Assert.Equal(6878.8798828125, spx.Close!.Values[^1]);
        Assert.Equal([6944.740234375, 6856.5400390625], spx.Bars!.Open);
        Assert.Equal("test", spx.CloseSource);
    }

    [Fact]
    public void Run_AdjustedAndQuotedInTwoFiles_KeepsBothWithTheirSources()
    {
        using var sut = DataFixture.Create("""
            -- data/sources.yml --
            datasets:
              - id: adjusted
                title: A
                files: [prices/adjusted/*.csv]
                supplier: S
                citation: C
                origin: O
                licence: L
                retrieved: 2026-11-23
                as_of: 2026-01-09
              - id: quoted
                title: Q
                files: [prices/quoted/*.csv, securities.csv]
                supplier: S
                citation: C
                origin: O
                licence: L
                retrieved: 2026-11-23
                as_of: 2026-01-09
            -- data/prices/adjusted/NVDA.csv --
            Date,Adj Close
            2026-01-08,185.0399932861328
            2026-01-09,184.85000610351562
            -- data/prices/quoted/NVDA.csv --
            Date,Open,High,Low,Close,Volume
            2026-01-08,189.0,189.5,184.5,185.07,170000000
            2026-01-09,185.5,186.0,183.0,184.86,160000000
            """);

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        var nvda = data.Prices["NVDA"];
        Assert.Equal(("adjusted", "quoted", "quoted"), (nvda.AdjustedCloseSource, nvda.CloseSource, nvda.BarsSource));
        Assert.Equal(184.85000610351562, nvda.AdjustedClose!.Values[^1]);
        Assert.Equal(184.86, nvda.Close!.Values[^1]);
    }

    [Fact]
    public void Run_Dividends_HeaderOnlyIsEmptyAndAmountsAreDecimalUsd()
    {
        using var sut = DataFixture.Create("""
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-09,184.86
            -- data/prices/AMD.csv --
            Date,Close
            2026-01-09,203.17
            -- data/dividends/AMD.csv --
            Date,Dividend
            -- data/dividends/NVDA.csv --
            Date,Dividend
            2025-09-11,0.01
            2025-12-04,0.01
            """);

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        Assert.Empty(data.Dividends["AMD"].Dividends);
        Assert.Equal([new Dividend(new DateOnly(2025, 9, 11), 0.01m), new Dividend(new DateOnly(2025, 12, 4), 0.01m)], data.Dividends["NVDA"].Dividends);
    }

    [Fact]
    public void Run_FundamentalsSnapshot_ReadsQuotedCommasAndEmptyCellsAsMissing()
    {
        var text = "Symbol,Name,Sector,Price,Price/Earnings,Dividend Yield,Earnings/Share,52 Week Low,52 Week High,Market Cap,EBITDA,Price/Sales,Price/Book,SEC Filings\r\n"
            + "AAPL,Apple Inc.,\"Technology Hardware, Storage & Peripherals\",225.91,34.33283,0.0043,6.58,164.08,237.49,3434758275072,131781001216,8.907498,51.554085,http://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=AAPL\r\n"
            + "BRK.B,Berkshire Hathaway,Multi-Sector Holdings,,,,,,,,,,,http://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=BRK.B\r\n"
            + "KEY,KeyCorp,Regional Banks,17.25,Infinity,0.0475,,10.25,17.94,17336940544,,3.5731537,1.1913806,http://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=KEY\r\n";
        using var sut = FixtureWith(("data/fundamentals/2024-10-31.csv", Encoding.UTF8.GetBytes(text)));

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        var snapshot = Assert.Single(data.Fundamentals);
        Assert.Equal(new DateOnly(2024, 10, 31), snapshot.AsOf);
        var aapl = snapshot.Companies["AAPL"];
        Assert.Equal(("Technology Hardware, Storage & Peripherals", 225.91, 3434758275072m, 0.0043), (aapl.Sector, aapl.PriceUsd, aapl.MarketCapUsd, aapl.DividendYield));
        var brk = snapshot.Companies["BRK.B"];
        Assert.Equal((null, null), (brk.PriceUsd, brk.MarketCapUsd));
        Assert.Null(snapshot.Companies["KEY"].PriceToEarnings);
    }

    [Fact]
    public void Run_FundFlowsAndAum_EmptyFlowIsNotComputedAndAumIsUsd()
    {
        using var sut = DataFixture.Create("""
            -- data/funds/flows.csv --
            date,ticker,flow_usd
            2026-01-02,AGG,-8279999.999999999
            2026-01-05,AGG,-49700000.0
            2026-01-02,SOXX,
            -- data/funds/aum.csv --
            ticker,aum_usd,updated_date
            SPY,653947784940.7959,2026-01-09
            """);

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(
            [new FundFlow(new DateOnly(2026, 1, 2), "AGG", -8279999.999999999m), new FundFlow(new DateOnly(2026, 1, 5), "AGG", -49700000.0m), new FundFlow(new DateOnly(2026, 1, 2), "SOXX", null)],
            data.FundFlows);
        Assert.Equal(new FundAum("SPY", 653947784940.7959m, new DateOnly(2026, 1, 9)), data.FundAum["SPY"]);
        Assert.Equal(("test", "test"), (data.FundFlowsSource, data.FundAumSource));
    }

    [Fact]
    public void Run_FundOverviews_NormalisesAumToUsdAndPercentToFractions()
    {
        using var sut = DataFixture.Create("""
            -- data/funds/overviews/2021-07-30.csv --
            ,Price,Assets,NAV,Expense,PE,Beta,Div,DivYield
            SMH,263.1,5450.0,256.71,0.35,33.21,1.18,1.5,0.59
            -- data/funds/overviews/2022-08-29.csv --
            ,Assets,NAV,Expense,PE,SharesOut,Div,DivYield,Volume,Open,PrevClose,YrLow,YrHigh,Beta,N_Hold
            AAA,7.35,24.51,0.25,,"300,000",0.06,0.25,206.0,24.41,24.43,24.19,25.06,0.02,27.0
            SMH,6960.0,222.67,0.35,20.4,31.27,1.57,0.72,4527183.0,220.9,222.67,189.94,318.82,1.25,26.0
            AILV,"504,000",25.23,0.85,,"20,000",0.04,,,,,,,,
            QJUN,n/a,,,,n/a,,,71994.0,20.25,19.05,19.2,21.47,,6.0
            RUSL,nan,,,,nan,,,,2.87,8.7,2.5,38.81,,1.0
            """);

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal([new DateOnly(2021, 7, 30), new DateOnly(2022, 8, 29)], data.FundOverviews.Select(s => s.AsOf));
        var old = data.FundOverviews[0].Funds["SMH"];
        Assert.Equal((5_450_000_000m, 263.1, null), (old.AumUsd, old.PriceUsd, old.SharesOutstanding));
        var funds = data.FundOverviews[1].Funds;
        var smh = funds["SMH"];
        Assert.Equal(6_960_000_000m, smh.AumUsd);
        Assert.Equal(0.0035, smh.ExpenseRatio!.Value, 12);
        Assert.Equal(0.0072, smh.DividendYield!.Value, 12);
        Assert.Equal(31_270_000, smh.SharesOutstanding!.Value, 6);
        Assert.Equal(26, smh.Holdings);
        Assert.Equal(300_000, funds["AAA"].SharesOutstanding);
        Assert.Equal(504_000m, funds["AILV"].AumUsd);
        Assert.Equal((null, null), (funds["QJUN"].AumUsd, funds["QJUN"].SharesOutstanding));
        Assert.Null(funds["RUSL"].AumUsd);
    }

    [Fact]
    public void Run_SecuritiesAndUniverses_ReadQuotedNamesAndWeights()
    {
        using var sut = DataFixture.Create("""
            -- data/securities.csv --
            ticker,name,kind,sector,industry
            AAPL,Apple Inc.,stock,Information Technology,"Technology Hardware, Storage & Peripherals"
            SPY,SPDR S&P 500 ETF Trust,etf,,
            -- data/prices/AAPL.csv --
            Date,Close
            2026-01-09,259.37
            -- data/prices/SPY.csv --
            Date,Close
            2026-01-09,694.07
            -- data/universes.csv --
            universe,ticker,weight
            pair,AAPL,0.25
            pair,SPY,
            """);

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Technology Hardware, Storage & Peripherals", data.Securities["AAPL"].Industry);
        Assert.Equal(SecurityKind.Etf, data.Securities["SPY"].Kind);
        var pair = data.Universes["pair"];
        Assert.Equal(["AAPL", "SPY"], pair.Members);
        Assert.Equal(0.25, pair.Weights["AAPL"]);
        Assert.False(pair.Weights.ContainsKey("SPY"));
    }

    [Fact]
    public void Run_SecuritiesWithShortNames_ReadTheOptionalColumn()
    {
        using var sut = DataFixture.Create("""
            -- data/securities.csv --
            ticker,name,kind,sector,industry,short_name
            TSM,Taiwan Semiconductor Manufacturing (ADR),stock,Information Technology,Semiconductors,TSMC
            SPY,SPDR S&P 500 ETF Trust,etf,,,
            -- data/prices/TSM.csv --
            Date,Close
            2026-01-09,320.1
            -- data/prices/SPY.csv --
            Date,Close
            2026-01-09,694.07
            """);

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("TSMC", data.Securities["TSM"].ShortName);
        Assert.Equal(string.Empty, data.Securities["SPY"].ShortName);
    }

    [Fact]
    public void Run_GapOverHolidaysWithinFiveSpyTradingDays_IsNotReported()
    {
        // 2025-12-26 -> 2026-01-06 is 11 calendar days but only 5 SPY trading days (12-29, 12-30, 12-31, 01-02, 01-05).
        using var sut = DataFixture.Create("""
            -- data/prices/SPY.csv --
            Date,Close
            2025-12-26,690.3
            2025-12-29,688.9
            2025-12-30,687.0
            2025-12-31,681.9
            2026-01-02,683.2
            2026-01-05,687.7
            2026-01-06,691.8
            2026-01-07,689.6
            2026-01-08,690.0
            2026-01-09,694.1
            -- data/prices/NVDA.csv --
            Date,Close
            2025-12-26,190.5
            2026-01-06,189.1
            2026-01-09,184.9
            """);

        var (_, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Run_RealCrashThatIsNotASplitRatio_IsNotReported()
    {
        // Real AAPL adjusted closes (data/prices/adjusted/AAPL.csv) on 2000-09-28/29, a profit warning: -51.9%, q = 0.4813, 3.7% away
        // from 1/2, outside the 2.5% tolerance.
        using var sut = DataFixture.Create("""
            -- data/sources.yml --
            datasets:
              - id: test
                title: T
                files: [securities.csv, prices/*.csv]
                supplier: S
                citation: C
                origin: O
                licence: L
                retrieved: 2026-11-23
                as_of: 2000-09-29
            -- data/securities.csv --
            ticker,name,kind,sector,industry
            AAPL,Apple Inc.,stock,Information Technology,"Technology Hardware, Storage & Peripherals"
            -- data/prices/AAPL.csv --
            Date,Adj Close
            2000-09-28,0.800772488117218
            2000-09-29,0.38541820645332336
            """);

        var (_, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Run_ValuesOnThePlausibilityBounds_AreAccepted()
    {
        // Each bound is inclusive: a price of exactly 0.0001 or 100,000,000 USD, a market cap of exactly 1e6 or 1e14 USD, a
        // flow of exactly 10 times the fund's AUM, and a flow of exactly 100 bn USD for a fund without AUM all load.
        using var sut = DataFixture.Create("""
            -- data/prices/NVDA.csv --
            Date,Close
            2026-01-08,0.0001
            2026-01-09,0.0001
            -- data/prices/AMD.csv --
            Date,Close
            2026-01-08,100000000
            2026-01-09,100000000
            -- data/fundamentals/2026-01-09.csv --
            Symbol,Name,Price,Market Cap
            NVDA,Nvidia,0.0001,1000000
            AMD,Advanced Micro Devices,100000000,100000000000000
            -- data/funds/aum.csv --
            ticker,aum_usd,updated_date
            SMH,450000000,2026-01-09
            -- data/funds/flows.csv --
            date,ticker,flow_usd
            2026-01-08,SMH,4500000000
            2026-01-09,SMH,-4500000000
            2026-01-08,SPY,100000000000
            2026-01-09,SPY,-100000000000
            """);

        var (data, diagnostics) = sut.Load();

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(4, data.FundFlows.Count);
    }

    private static DataFixture FixtureWith(params (string Path, byte[] Bytes)[] files)
    {
        var all = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["data/sources.yml"] = Encoding.UTF8.GetBytes(DataFixture.DefaultSources),
            ["data/securities.csv"] = Encoding.UTF8.GetBytes(DataFixture.DefaultSecurities),
        };
        foreach (var (path, bytes) in files)
        {
            all[path] = bytes;
        }

        return DataFixture.FromBytes(all);
    }
}
