namespace ReportGen.Data;

/// <summary>Everything stage 1 loaded from <c>data/</c>, validated. Keys are ordinal and case-sensitive.</summary>
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
    IReadOnlyDictionary<string, string> FileSources);
