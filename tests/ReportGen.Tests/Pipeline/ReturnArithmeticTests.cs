using System.Globalization;
using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Universes;

namespace ReportGen.Tests.Pipeline;

/// <summary>Period returns checked against values worked by hand from real CSV rows (data/prices/adjusted/NVDA.csv, AMD.csv).</summary>
public sealed class ReturnArithmeticTests
{
    // Rows copied from data/prices/adjusted/NVDA.csv (Yahoo adjusted closes via dsturdy/Factor_Attribution).
    private const string NvdaRows = """
        2025-12-30,187.31153869628906
        2025-12-31,186.27279663085938
        2026-01-02,188.6199493408203
        2026-03-30,164.97772216796875
        2026-03-31,174.1969757080078
        2026-04-01,175.54541015625
        2026-06-29,194.97000122070312
        2026-06-30,200.08999633789062
        2026-07-01,197.5800018310547
        """;

    // Relative tolerance for a division of two doubles: far below the 0.05% that one printed decimal of a percent shows.
    private const double Exact = 1e-12;

    [Fact]
    public void TotalReturn_Q2_2026_IsJuneCloseOverMarchClose()
    {
        var sut = Series("NVDA", NvdaRows);

        var r = TotalReturn.ForPeriod(sut, Period.Parse("2026-Q2"), new DateOnly(2026, 6, 30));

        // By hand: the base is the last close before Apr 1 (Mar 31: 174.1969757080078), the end the Jun 30 close 200.08999633789062.
        // 200.08999633789062 / 174.1969757080078 = 1.148642193842017 → +14.864219384201705%
        Assert.Equal(new DateOnly(2026, 3, 31), r.StartDate);
        Assert.Equal(new DateOnly(2026, 6, 30), r.EndDate);
        Assert.Equal(0.14864219384201705, r.Value, Exact);
    }

    [Fact]
    public void TotalReturn_YearToDate_AsOfJune30_IgnoresTheJulyRow()
    {
        var sut = Series("NVDA", NvdaRows);

        var r = TotalReturn.ForPeriod(sut, Period.Parse("2026"), new DateOnly(2026, 6, 30));

        // By hand: base Dec 31, 2025 close 186.27279663085938; end Jun 30 close 200.08999633789062 (the Jul 1 row is after the as-of date).
        // 200.08999633789062 / 186.27279663085938 = 1.0741772280061541 → +7.417722800615412%
        Assert.Equal(new DateOnly(2025, 12, 31), r.StartDate);
        Assert.Equal(0.07417722800615412, r.Value, Exact);
    }

    [Fact]
    public void TotalReturn_QuarterToDate_UsesTheLastCloseOnOrBeforeAsOf()
    {
        var sut = Series("NVDA", NvdaRows);

        var r = TotalReturn.ForPeriod(sut, Period.Parse("2026-Q3"), new DateOnly(2026, 7, 1));

        // By hand: 197.5800018310547 / 200.08999633789062 - 1 = -0.012544328... (the quarter so far: one day).
        Assert.Equal((197.5800018310547 / 200.08999633789062) - 1, r.Value, Exact);
        Assert.Equal(-0.0125443, r.Value, 7);
    }

    [Fact]
    public void EqualWeightReturn_TwoMembers_IsTheMeanOfTheirReturns()
    {
        // AMD rows from data/prices/adjusted/AMD.csv: Mar 31 203.42999267578125, Jun 30 580.9099731445312.
        var amd = Series("AMD", "2026-03-31,203.42999267578125\n2026-06-30,580.9099731445312");
        var nvda = Series("NVDA", NvdaRows);
        var q2 = Period.Parse("2026-Q2");
        var asOf = new DateOnly(2026, 6, 30);

        var r = EqualWeightReturn.Compute([TotalReturn.ForPeriod(nvda, q2, asOf), TotalReturn.ForPeriod(amd, q2, asOf)], "chips");

        // By hand: AMD 580.9099731445312 / 203.42999267578125 - 1 = 1.8555768277019151; NVDA 0.14864219384201705 (above).
        // (1.8555768277019151 + 0.14864219384201705) / 2 = 1.002109510771966
        Assert.Equal(1.002109510771966, r, Exact);
    }

    [Fact]
    public void Spread_InPercentagePoints_IsTheDifferenceOfFractions()
    {
        // SPY rows from data/prices/adjusted/SPY.csv: Mar 31 648.6688842773438, Jun 30 746.77001953125 → +15.12345321807702%.
        var spy = Series("SPY", "2026-03-31,648.6688842773438\n2026-06-30,746.77001953125");
        var nvda = Series("NVDA", NvdaRows);
        var q2 = Period.Parse("2026-Q2");
        var asOf = new DateOnly(2026, 6, 30);

        var spread = TotalReturn.ForPeriod(nvda, q2, asOf).Value - TotalReturn.ForPeriod(spy, q2, asOf).Value;

        // By hand: 0.14864219384201705 - 0.1512345321807702 = -0.00259233833875315 → -0.26 percentage points.
        Assert.Equal(-0.00259233833875315, spread, 1e-15);
    }

    private static PriceSeries Series(string ticker, string rows)
    {
        var parsed = rows.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(','))
            .Select(f => (Date: DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), Value: double.Parse(f[1], CultureInfo.InvariantCulture)))
            .ToList();
        return new PriceSeries(ticker, PriceField.AdjustedClose, [.. parsed.Select(p => p.Date)], [.. parsed.Select(p => p.Value)]);
    }
}
