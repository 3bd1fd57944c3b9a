using ReportGen.Metrics.Model;

namespace ReportGen.Benchmarks;

/// <summary>One <see cref="SyntheticMarket"/> per benchmark process, and the parsed windows.</summary>
internal static class MarketFixture
{
    private static readonly Lazy<SyntheticMarket> LazyMarket = new(() => new SyntheticMarket());

    public static SyntheticMarket Market => LazyMarket.Value;

    public static ReturnWindow[] Windows { get; } = [.. SyntheticMarket.WindowCodes.Select(ReturnWindow.Parse)];

    public static ReturnWindow[] Annualizable { get; } = [.. SyntheticMarket.AnnualizableCodes.Select(ReturnWindow.Parse)];
}
