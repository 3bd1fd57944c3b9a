using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;
using ReportGen.Metrics.Tests.Oracles;
using static ReportGen.Metrics.Tests.TestSeries;

namespace ReportGen.Metrics.Tests.Universes;

/// <summary>Universe inputs built from plain numbers: returns over Q1 2026 and market caps at its base close.</summary>
internal static class UniverseFixture
{
    public static readonly DateOnly Base = D("2025-12-31");
    public static readonly DateOnly End = D("2026-03-31");

    public static PeriodReturn Return(string ticker, double value) => new(ticker, value, Base, 100, End, 100 * (1 + value));

    public static MarketCap Cap(string ticker, double usd) => new(ticker, Base, usd);

    public static IReadOnlyList<PeriodReturn> OracleReturns() => [.. OracleData.Universe.Select(m => Return(m.Ticker, m.Return))];

    public static IReadOnlyList<MarketCap> OracleCaps() => [.. OracleData.Universe.Select(m => Cap(m.Ticker, m.StartCapUsd))];
}
