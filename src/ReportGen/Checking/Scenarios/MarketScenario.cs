using ReportGen.Data;

namespace ReportGen.Checking.Scenarios;

/// <summary>
/// A synthetic market made from the project's own data: a named, deterministic transform of the loaded
/// <see cref="MarketData"/> that keeps its calendar (every series keeps its dates), its securities, universes and data sets,
/// and changes only what the scenario is about. <c>reportgen check --scenarios</c> renders every report against it.
/// </summary>
/// <param name="Name">The scenario's name on the command line, e.g. <c>all-fall</c>.</param>
/// <param name="Description">What the market does, one sentence, e.g. "every security falls on every trading day".</param>
/// <param name="Transform">The data of the scenario from the loaded data and the benchmarks the reports compare with (the
/// house benchmark and every report's <c>benchmarks:</c>); a new instance, the input is not changed.</param>
public sealed record MarketScenario(string Name, string Description, Func<MarketData, IReadOnlySet<string>, MarketData> Transform)
{
    /// <summary>
    /// True when only the last edition of each report is rendered, with no earlier edition planned, as if the series
    /// started there (its <c>first_period</c> moved to its last period): the edition has no <c>prev</c>.
    /// </summary>
    public bool LastEditionOnly { get; init; }
}
