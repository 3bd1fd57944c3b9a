namespace ReportGen.Data;

/// <summary>Everything stage 1 loaded from <c>data/</c>, validated. Keys are ordinal and case-sensitive. Units: prices in USD per
/// share (index points), money in USD (never millions), ratios such as expense ratio and dividend yield as fractions.</summary>
/// <param name="Sources">Data sets by id, from <c>data/sources.yml</c>.</param>
/// <param name="Securities">Security master rows by ticker.</param>
/// <param name="Prices">Price series by ticker.</param>
/// <param name="Universes">Universes by name.</param>
/// <param name="FileSources">For every loaded file (path relative to the project root), the id of its data set.</param>
public sealed record MarketData(
    IReadOnlyDictionary<string, DataSource> Sources,
    IReadOnlyDictionary<string, Security> Securities,
    IReadOnlyDictionary<string, SecurityPrices> Prices,
    IReadOnlyDictionary<string, Universe> Universes,
    IReadOnlyDictionary<string, string> FileSources)
{
    /// <summary>Cash dividends by ticker (from <c>data/dividends/</c>); a ticker without a file is absent, one with a header-only
    /// file has an empty history.</summary>
    public IReadOnlyDictionary<string, DividendHistory> Dividends { get; init; } = new Dictionary<string, DividendHistory>(StringComparer.Ordinal);

    /// <summary>Fundamentals snapshots (from <c>data/fundamentals/</c>), ascending by as-of date.</summary>
    public IReadOnlyList<FundamentalsSnapshot> Fundamentals { get; init; } = [];

    /// <summary>Daily fund net flows (from <c>data/funds/flows.csv</c>) in file order: by ticker, then ascending date.</summary>
    public IReadOnlyList<FundFlow> FundFlows { get; init; } = [];

    /// <summary>Data set id of <see cref="FundFlows"/>, or null when there is no flows file.</summary>
    public string? FundFlowsSource { get; init; }

    /// <summary>Fund assets under management by ticker (from <c>data/funds/aum.csv</c>), in USD.</summary>
    public IReadOnlyDictionary<string, FundAum> FundAum { get; init; } = new Dictionary<string, FundAum>(StringComparer.Ordinal);

    /// <summary>Data set id of <see cref="FundAum"/>, or null when there is no AUM file.</summary>
    public string? FundAumSource { get; init; }

    /// <summary>ETF overview snapshots (from <c>data/funds/overviews/</c>), ascending by as-of date.</summary>
    public IReadOnlyList<FundOverviewSnapshot> FundOverviews { get; init; } = [];

    /// <summary>The events calendar (from <c>data/events.csv</c>, optional): ascending by date, then subject and text (ordinal).</summary>
    public IReadOnlyList<CalendarEvent> Events { get; init; } = [];

    /// <summary>Monthly macro series by file name (<c>data/macro/&lt;name&gt;.csv</c>, e.g. <c>shiller</c>).</summary>
    public IReadOnlyDictionary<string, MacroSeries> Macro { get; init; } = new Dictionary<string, MacroSeries>(StringComparer.Ordinal);

    /// <summary>This data as it stood at the close of <paramref name="asOf"/>: no row dated after it (see <see cref="MarketDataCut"/>).
    /// Memoised: the same cut for the same date while anyone holds it.</summary>
    /// <param name="asOf">The as-of date: the last day whose rows stay visible.</param>
    /// <returns>The cut.</returns>
    public MarketDataCut CutAt(DateOnly asOf) => MarketDataCut.Of(this, asOf);
}
