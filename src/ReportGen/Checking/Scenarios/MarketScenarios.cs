using System.Globalization;
using ReportGen.Data;

namespace ReportGen.Checking.Scenarios;

/// <summary>
/// The synthetic markets of <c>reportgen check --scenarios</c>, each a deterministic transform of the project's own data
/// (no randomness: the same data gives the same market). Daily moves are log returns; "noise" is a day's absolute original
/// log return over 3%, capped at 1, so each security keeps the rhythm of its own data (volatile names move more) while the
/// scenario fixes the direction.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Name</term><description>What the market does</description></listheader>
/// <item><term><c>actual</c></term><description>The project's data unchanged: the published prose checked against its own figures.</description></item>
/// <item><term><c>all-fall</c></term><description>Every security falls every trading day by 0.15% to 0.30% (log), so every return over every window is negative (about -9% to -17% a quarter). Dividends are scaled with the prices.</description></item>
/// <item><term><c>all-rise</c></term><description>The mirror image: every return over every window is positive.</description></item>
/// <item><term><c>outlier</c></term><description>One member of each universe of three or more members (benchmarks aside) rises strongly every day; every other security falls 0.02% to 0.04% a day, and the benchmarks (the house benchmark and those of the reports) 0.01% to 0.015%. Over every window the equal-weight mean of each such universe beats every benchmark and its median member trails them (see <see cref="OutlierRisers"/>).</description></item>
/// <item><term><c>flat</c></term><description>Every price held at its first value: every return exactly 0, volatility 0; dividends dropped.</description></item>
/// <item><term><c>ties</c></term><description>In each universe of two or more members, the second member's adjusted closes become the first member's (same values on its dates), so the two tie on every return; quoted prices and dividends follow.</description></item>
/// <item><term><c>single-member</c></term><description>Every universe cut to its first member (with weight 1 when the universe is weighted).</description></item>
/// <item><term><c>no-fundamentals</c></term><description>No fundamentals snapshots and no fund overviews (no market capitalization, P/E or expense ratio).</description></item>
/// <item><term><c>first-edition</c></term><description>The project's data, but each report renders only its last edition, as if its series began there: no <c>prev</c>, no history.</description></item>
/// </list>
/// </remarks>
public static class MarketScenarios
{
    /// <summary>Daily log move of <c>all-fall</c> and <c>all-rise</c> on a quiet day (doubled on a day of full noise).</summary>
    public const double DirectionalDrift = 0.0015;

    /// <summary>Daily log fall of the fallers of <c>outlier</c> on a quiet day (doubled on a day of full noise); benchmarks fall half to three quarters of it.</summary>
    public const double OutlierDrift = 0.0002;

    /// <summary>Every scenario, in the order they run.</summary>
    public static IReadOnlyList<MarketScenario> All { get; } =
    [
        new("actual", "the project's data unchanged", (data, _) => data),
        new("all-fall", "every security falls on every trading day", (data, _) => Directional(data, -1)),
        new("all-rise", "every security rises on every trading day", (data, _) => Directional(data, 1)),
        new("outlier", "one member of each universe rises strongly, the others fall slightly: the mean beats the benchmarks, the median trails them", Outlier),
        new("flat", "every price constant: every return 0, volatility 0, no dividends", (data, _) => PriceReshaper.Flatten(data)),
        new("ties", "the first two members of each universe have identical adjusted closes", (data, _) => Ties(data)),
        new("single-member", "every universe cut to its first member", (data, _) => SingleMember(data)),
        new("no-fundamentals", "no fundamentals snapshots and no fund overviews", (data, _) => data with { Fundamentals = [], FundOverviews = [] }),
        new("first-edition", "each report renders only its last edition, as the first of its series (no prev)", (data, _) => data) { LastEditionOnly = true },
    ];

    /// <summary>The scenario named <paramref name="name"/>, or null.</summary>
    /// <param name="name">A name of <see cref="All"/>, e.g. <c>all-fall</c> (ordinal, case-insensitive).</param>
    public static MarketScenario? Find(string name) => All.FirstOrDefault(s => s.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The risers of <c>outlier</c>: for each universe with three or more members other than benchmarks (in name order)
    /// that has none yet, the member (not a benchmark) that sits in the fewest universes already holding a riser, first in
    /// file order on a tie. A security that is a riser in one universe is a riser in every universe it belongs to, so
    /// some universes may hold more than one; a universe keeps its median trailing as long as fewer than half its members
    /// rise (<see cref="OutlierHolds"/>).
    /// </summary>
    /// <param name="universes">Universes by name.</param>
    /// <param name="benchmarks">The benchmarks, which never rise.</param>
    /// <returns>The risers, ordinal-sorted.</returns>
    public static IReadOnlyList<string> OutlierRisers(IReadOnlyDictionary<string, Universe> universes, IReadOnlySet<string> benchmarks)
    {
        ArgumentNullException.ThrowIfNull(universes);
        ArgumentNullException.ThrowIfNull(benchmarks);
        var risers = new HashSet<string>(StringComparer.Ordinal);
        var eligible = universes.Values.Where(u => u.Members.Count(m => !benchmarks.Contains(m)) >= 3).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        foreach (var universe in eligible)
        {
            if (universe.Members.Any(risers.Contains))
            {
                continue;
            }

            var pick = universe.Members
                .Select((ticker, order) => (ticker, order, taken: eligible.Count(u => u.Members.Contains(ticker) && u.Members.Any(risers.Contains))))
                .Where(c => !benchmarks.Contains(c.ticker))
                .OrderBy(c => c.taken).ThenBy(c => c.order).First().ticker;
            risers.Add(pick);
        }

        return [.. risers.Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether <c>outlier</c> gives <paramref name="universe"/> a mean above and a median below the benchmarks: it
    /// has three or more members, none of them a benchmark, at least one riser and fewer risers than half its members.</summary>
    /// <param name="universe">The universe.</param>
    /// <param name="risers">The risers (<see cref="OutlierRisers"/>).</param>
    /// <param name="benchmarks">The benchmarks.</param>
    public static bool OutlierHolds(Universe universe, IReadOnlyCollection<string> risers, IReadOnlySet<string> benchmarks)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(risers);
        ArgumentNullException.ThrowIfNull(benchmarks);
        var rising = universe.Members.Count(risers.Contains);
        return universe.Members.Count >= 3 && !universe.Members.Any(benchmarks.Contains) && rising >= 1 && rising * 2 < universe.Members.Count;
    }

    private static MarketData Directional(MarketData data, int sign) =>
        PriceReshaper.Reshape(data, (_, basis) => PriceReshaper.FromLogReturns(basis, noise => sign * DirectionalDrift * (1 + noise)));

    // Per day (log returns): a faller moves in [-2f, -f], a benchmark in [-0.75f, -0.5f], a riser of a universe of n members
    // at least f(1.5n + 1). So every faller trails every benchmark on every day (hence over every window), and the mean
    // daily log return of a universe with at least one riser, at least (f(1.5n + 1) - 2f(n - 1)) / n > -0.5f, beats
    // every benchmark's; the equal-weight mean of simple returns is at least exp of the mean log return (Jensen), so it
    // beats too.
    private static MarketData Outlier(MarketData data, IReadOnlySet<string> benchmarks)
    {
        var risers = OutlierRisers(data.Universes, benchmarks);
        var riserSize = risers.ToDictionary(
            r => r,
            r => data.Universes.Values.Where(u => u.Members.Contains(r)).Max(u => u.Members.Count),
            StringComparer.Ordinal);
        return PriceReshaper.Reshape(data, (ticker, basis) => PriceReshaper.FromLogReturns(basis, noise =>
            riserSize.TryGetValue(ticker, out var n) ? OutlierDrift * ((1.5 * n) + 1) * (1 + noise)
            : benchmarks.Contains(ticker) ? -OutlierDrift * (0.5 + (0.25 * noise))
            : -OutlierDrift * (1 + noise)));
    }

    private static MarketData Ties(MarketData data)
    {
        // target -> source, resolved so that a source that is itself a copy gives its own source's closes.
        var copyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string ticker) => copyOf.TryGetValue(ticker, out var source) ? Root(source) : ticker;
        foreach (var universe in data.Universes.Values.OrderBy(u => u.Name, StringComparer.Ordinal).Where(u => u.Members.Count >= 2))
        {
            var (first, second) = (universe.Members[0], universe.Members[1]);
            if (!copyOf.ContainsKey(second) && Root(first) != second && data.Prices.TryGetValue(first, out var p) && p.AdjustedClose is { Count: > 0 })
            {
                copyOf[second] = first;
            }
        }

        return PriceReshaper.Reshape(data, (ticker, basis) =>
        {
            if (!copyOf.ContainsKey(ticker) || data.Prices[Root(ticker)].AdjustedClose is not { } source || basis.Field != source.Field)
            {
                return null;
            }

            // The source's close on or before each of the target's dates (its first close before the source's history).
            var values = new double[basis.Count];
            for (var i = 0; i < values.Length; i++)
            {
                var at = source.IndexOnOrBefore(basis.Dates[i]);
                values[i] = source.Values[Math.Max(0, at)];
            }

            return values;
        });
    }

    private static MarketData SingleMember(MarketData data) => data with
    {
        Universes = data.Universes.ToDictionary(
            u => u.Key,
            u => u.Value with
            {
                Members = [.. u.Value.Members.Take(1)],
                // A dated universe is rebuilt from its memberships at each edition's date (Universe.AsOf): cut those too,
                // or every member comes back.
                Memberships = [.. u.Value.Memberships.Where(m => u.Value.Members.Count > 0 && m.Ticker == u.Value.Members[0])],
                Weights = u.Value.Weights.Count == 0 || u.Value.Members.Count == 0
                    ? u.Value.Weights
                    : new Dictionary<string, double>(StringComparer.Ordinal) { [u.Value.Members[0]] = 1.0 },
            },
            StringComparer.Ordinal),
    };

    /// <summary>The names of every scenario, comma-separated, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(s => s.Name));

    /// <summary>Parses a comma-separated list of scenario names.</summary>
    /// <param name="list">E.g. <c>all-fall,outlier</c>; empty or null for every scenario.</param>
    /// <param name="unknown">The first name that is no scenario, or null.</param>
    /// <returns>The scenarios in the order of <see cref="All"/>, each once.</returns>
    public static IReadOnlyList<MarketScenario> Parse(string? list, out string? unknown)
    {
        unknown = null;
        if (string.IsNullOrWhiteSpace(list))
        {
            return All;
        }

        var chosen = new HashSet<MarketScenario>();
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Find(name) is { } scenario)
            {
                chosen.Add(scenario);
            }
            else
            {
                unknown ??= name.ToLower(CultureInfo.InvariantCulture);
            }
        }

        return [.. All.Where(chosen.Contains)];
    }
}
