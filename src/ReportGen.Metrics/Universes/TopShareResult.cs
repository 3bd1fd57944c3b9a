namespace ReportGen.Metrics.Universes;

/// <summary>How much of a universe's return came from its largest holdings.</summary>
/// <param name="Universe">The universe.</param>
/// <param name="Tickers">The top-N holdings by start-of-period weight, largest first.</param>
/// <param name="TopWeight">Their combined start-of-period weight, a fraction.</param>
/// <param name="TopContribution">Their combined contribution to the universe's return, a fraction (percentage points / 100).</param>
/// <param name="UniverseReturn">The universe's return: the sum of all contributions, a fraction.</param>
/// <param name="Share">TopContribution / UniverseReturn, a fraction; above 1 when the rest of the universe lost money, negative when the top holdings moved against it.</param>
public sealed record TopShareResult(string Universe, IReadOnlyList<string> Tickers, double TopWeight, double TopContribution, double UniverseReturn, double Share);
