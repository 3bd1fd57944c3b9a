using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Risk;
using ReportGen.Metrics.Tests.Oracles;

namespace ReportGen.Metrics.Tests;

/// <summary>No look-ahead: every metric gives identical figures whether or not rows after the as-of date exist.</summary>
public sealed class AsOfTruncationTests
{
    public static TheoryData<string> Windows() => ["WTD", "MTD", "QTD", "YTD", "1M", "3M", "6M", "12M", "2026-Q1", "2026-03", "2026-W13", "since:2025-06-01", "inception"];

    [Theory]
    [MemberData(nameof(Windows))]
    public void EveryMetric_FutureRowsAppended_FiguresIdentical(string window)
    {
        // Arrange: truncated at the as-of date, and with 40 wild rows appended after the oracle file's own April rows
        var w = ReturnWindow.Parse(window);
        var asOf = OracleData.AsOf;
        var (a0, b0) = (OracleData.Aaa.TruncatedAt(asOf), OracleData.Bbb.TruncatedAt(asOf));
        var (a1, b1) = (TestSeries.WithFutureRows(OracleData.Aaa, 40, 1e6), TestSeries.WithFutureRows(OracleData.Bbb, 40, 1e-3));

        // Act
        object[] Figures(PriceSeries a, PriceSeries b) =>
        [
            TotalReturn.For(a, w, asOf),
            AnnualizedVolatility.For(a, w, asOf),
            MaxDrawdown.For(a, w, asOf),
            CurrentDrawdown.For(a, w, asOf),
            Beta.For(a, b, w, asOf),
            Correlation.For(a, b, w, asOf),
            RelativeReturnSpread.For(a, b, w, asOf),
            string.Join(";", RelativeStrength.Series(a, b, w, asOf)),
        ];

        var truncated = Figures(a0, b0);
        var extended = Figures(a1, b1);

        // Assert
        Assert.Equal(truncated, extended);
    }
}
