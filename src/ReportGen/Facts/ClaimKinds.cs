namespace ReportGen.Facts;

/// <summary>
/// The kinds of qualitative claim a template can make about figures, and when each holds. One rule per kind, stated on
/// the raw metric values (fractions for returns, percentage points as fractions for spreads, counts as numbers):
/// <list type="table">
/// <listheader><term>kind (figures)</term><description>holds when</description></listheader>
/// <item><term><c>up</c> (x)</term><description>x &gt; 0: "rose", "surged", "edged up", "ticked up"</description></item>
/// <item><term><c>down</c> (x)</term><description>x &lt; 0: "fell", "plunged", "slipped", "ticked down"</description></item>
/// <item><term><c>flat</c> (x)</term><description>|x| &lt; the <c>edged_up</c> threshold (default 0.5%): "little changed"</description></item>
/// <item><term><c>beat</c> (spread) or (a, b)</term><description>spread &gt; 0, or a &gt; b: "outperformed", "beat", "ahead of"</description></item>
/// <item><term><c>lagged</c> (spread) or (a, b)</term><description>spread &lt; 0, or a &lt; b: "lagged", "trailed", "behind"</description></item>
/// <item><term><c>matched</c> (spread) or (a, b)</term><description>|spread| ≤ the <c>matched</c> threshold (default 0.5 pp)</description></item>
/// <item><term><c>higher</c> / <c>lower</c> (a, b)</term><description>a &gt; b / a &lt; b: "higher risk", "more volatile", "cheaper"</description></item>
/// <item><term><c>best</c> / <c>worst</c> (x, members…)</term><description>x ≥ / ≤ every member (x may be one of them):
/// "led", "held up best", "strongest", "widest" / "lagged most", "weakest", "narrowest"</description></item>
/// <item><term><c>same_direction</c> (values…)</term><description>all &gt; 0 or all &lt; 0: "the same story", "moved together"</description></item>
/// <item><term><c>mixed_direction</c> (values…)</term><description>at least one &gt; 0 and one &lt; 0: "split", "diverged"</description></item>
/// <item><term><c>broad</c> / <c>narrow</c> (count, total)</term><description>2·count &gt; total / 2·count ≤ total: "broad gains", "narrow leadership"</description></item>
/// <item><term><c>all</c> (count, total)</term><description>count = total &gt; 0: "all nine", "every member"</description></item>
/// <item><term><c>none</c> (count)</term><description>count = 0: "none of"</description></item>
/// <item><term><c>record</c> (x, earlier…)</term><description>x &gt; every earlier value: "a record", "the highest since the series began"</description></item>
/// </list>
/// The thresholds are those of <c>thresholds:</c> in reportgen.yml (<see cref="Config.NarrativeThresholds"/>).
/// </summary>
public static class ClaimKinds
{
    /// <summary>Every kind, in the order of the table above.</summary>
    public static IReadOnlyList<string> All { get; } = ["up", "down", "flat", "beat", "lagged", "matched", "higher", "lower", "best", "worst", "same_direction", "mixed_direction", "broad", "narrow", "all", "none", "record"];

    /// <summary>The roles of <paramref name="count"/> figures given to a claim of <paramref name="kind"/>, in order.</summary>
    /// <param name="kind">One of <see cref="All"/>.</param>
    /// <param name="count">How many figures the template gave.</param>
    /// <returns>One role per figure: subject, other, member, count or total.</returns>
    /// <exception cref="ArgumentException">Unknown kind, or a number of figures the kind does not take (the message says what it takes).</exception>
    public static IReadOnlyList<string> Roles(string kind, int count)
    {
        ArgumentNullException.ThrowIfNull(kind);
        string[] roles = kind switch
        {
            "up" or "down" or "flat" when count == 1 => ["subject"],
            "beat" or "lagged" or "matched" when count == 1 => ["subject"],
            "beat" or "lagged" or "matched" or "higher" or "lower" when count == 2 => ["subject", "other"],
            "best" or "worst" or "record" when count >= 2 => ["subject", .. Enumerable.Repeat(kind == "record" ? "earlier" : "member", count - 1)],
            "same_direction" or "mixed_direction" when count >= 2 => [.. Enumerable.Repeat("member", count)],
            "broad" or "narrow" or "all" when count == 2 => ["count", "total"],
            "none" when count == 1 => ["count"],
            _ => throw new ArgumentException(Expected(kind, count)),
        };
        return roles;
    }

    /// <summary>Whether a claim of <paramref name="kind"/> holds on <paramref name="figures"/> (rules in the class summary).</summary>
    /// <param name="kind">One of <see cref="All"/>.</param>
    /// <param name="figures">The figures in the order <see cref="Roles"/> describes.</param>
    /// <param name="thresholds">Where "little changed" and "matched" end; the defaults when null.</param>
    /// <returns>True when the figures bear the claim out.</returns>
    /// <exception cref="ArgumentException">Unknown kind, a wrong number of figures, or figures of different units compared with each other.</exception>
    public static bool Evaluate(string kind, IReadOnlyList<MetricValue> figures, Config.NarrativeThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        _ = Roles(kind, figures.Count);
        var t = thresholds ?? new Config.NarrativeThresholds();
        var v = figures.Select(f => f.Value).ToArray();
        if (kind is "beat" or "lagged" or "matched" or "higher" or "lower" or "best" or "worst" or "record" && figures.Count >= 2)
        {
            SameUnit(kind, figures);
        }

        double Spread() => v.Length == 1 ? v[0] : v[0] - v[1];
        return kind switch
        {
            "up" => v[0] > 0,
            "down" => v[0] < 0,
            "flat" => Math.Abs(v[0]) < t.EdgedUp,
            "beat" => Spread() > 0,
            "lagged" => Spread() < 0,
            "matched" => Math.Abs(Spread()) <= t.Matched + 1e-12,
            "higher" => v[0] > v[1],
            "lower" => v[0] < v[1],
            "best" => v.Skip(1).All(m => v[0] >= m),
            "worst" => v.Skip(1).All(m => v[0] <= m),
            "record" => v.Skip(1).All(m => v[0] > m),
            "same_direction" => v.All(x => x > 0) || v.All(x => x < 0),
            "mixed_direction" => v.Any(x => x > 0) && v.Any(x => x < 0),
            "broad" => 2 * v[0] > v[1],
            "narrow" => 2 * v[0] <= v[1],
            "all" => v[0] == v[1] && v[1] > 0,
            "none" => v[0] == 0,
            _ => throw new ArgumentException(Expected(kind, figures.Count)),
        };
    }

    private static void SameUnit(string kind, IReadOnlyList<MetricValue> figures)
    {
        var unit = figures[0].Unit;
        foreach (var f in figures.Skip(1))
        {
            if (f.Unit != unit)
            {
                throw new ArgumentException($"'{kind}' compares {figures[0].Metric} of {figures[0].Subject} ({unit}) with {f.Metric} of {f.Subject} ({f.Unit}); a claim compares figures of one unit");
            }
        }
    }

    private static string Expected(string kind, int count) => kind switch
    {
        "up" or "down" or "flat" => $"'{kind}' takes one figure (a return); got {count}",
        "beat" or "lagged" or "matched" => $"'{kind}' takes a spread, or two figures to compare; got {count}",
        "higher" or "lower" => $"'{kind}' takes two figures to compare; got {count}",
        "best" or "worst" => $"'{kind}' takes the figure and the set it is ranked in; got {count}",
        "record" => $"'{kind}' takes the figure and the earlier values; got {count}",
        "same_direction" or "mixed_direction" => $"'{kind}' takes two or more figures; got {count}",
        "broad" or "narrow" or "all" => $"'{kind}' takes a count and a total; got {count}",
        "none" => $"'{kind}' takes a count; got {count}",
        _ => $"'{kind}' is not a claim kind; expected one of: {string.Join(", ", All)}",
    };
}
