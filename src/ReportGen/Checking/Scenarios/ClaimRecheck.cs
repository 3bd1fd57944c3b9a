using System.Globalization;
using ReportGen.Config;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;

namespace ReportGen.Checking.Scenarios;

/// <summary>A recorded claim that fails its re-check (<see cref="ClaimRecheck"/>).</summary>
/// <param name="Claim">The claim as the template recorded it.</param>
/// <param name="Rule">What failed: <c>figures</c> (the claim reads the wrong kind of figures), <c>recorded</c> (what the
/// template recorded disagrees with the rule of its kind) or <c>asserted</c> (the edition says a claim its figures do not
/// bear out).</param>
/// <param name="Reason">Why it fails, naming the figures.</param>
public sealed record ClaimFinding(Claim Claim, string Rule, string Reason);

/// <summary>
/// Re-checks every claim an edition recorded (<see cref="Text.EditionText"/>'s claims: the words <c>move</c>, <c>verb</c>,
/// <c>compare</c>, <c>best_of</c> and <c>worst_of</c> chose, the guards <c>holds</c> and the assertions <c>claim</c>)
/// against the figures it recorded, with rules written here independently of <see cref="ClaimKinds"/>, and checks that
/// the figures are the right ones for the kind: a template whose guard reads the wrong figures (the year to date against
/// the quarter, a volatility where a return is meant, a count larger than its total) is caught in every edition, whatever
/// the market.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Kind</term><description>Holds when (independent rule), and what its figures must be</description></listheader>
/// <item><term><c>up</c>, <c>down</c>, <c>flat</c></term><description>x above zero, below zero, within the <c>edged_up</c> threshold; x is a change (a return, spread, drawdown, flow or impact), not a level such as volatility, a weight or a count.</description></item>
/// <item><term><c>beat</c>, <c>lagged</c>, <c>matched</c></term><description>the spread (one figure, which must be a spread) or a minus b above zero, below zero, within the <c>matched</c> threshold; a and b of one metric and window.</description></item>
/// <item><term><c>higher</c>, <c>lower</c></term><description>a above b, below b; one metric and window.</description></item>
/// <item><term><c>best</c>, <c>worst</c></term><description>x at least (at most) every member; all of one metric and window.</description></item>
/// <item><term><c>same_direction</c>, <c>mixed_direction</c></term><description>all above zero or all below; at least one above and one below; all of one metric and window.</description></item>
/// <item><term><c>broad</c>, <c>narrow</c>, <c>all</c>, <c>none</c></term><description>twice the count above the total; at most the total; count equal to a total above zero; count zero; counts are whole, not negative, and the count is not above the total.</description></item>
/// <item><term><c>record</c></term><description>x above every earlier value; one metric and window, every earlier value dated before x.</description></item>
/// </list>
/// "One metric and window": returns may mix a security's total return and a universe's equal-weight mean or median of
/// the same window (the quarter, year to date, twelve months); any other metric is compared only with itself.
/// </remarks>
public static class ClaimRecheck
{
    private static readonly HashSet<string> Levels = new(StringComparer.Ordinal)
    {
        MetricNames.AnnualizedVolatility12m, MetricNames.Beta12m, MetricNames.Correlation12m, MetricNames.MarketCapitalization,
        MetricNames.PriceToEarnings, MetricNames.MarketCapMilestone, MetricNames.MembersWithMarketCap, MetricNames.TotalMarketCapitalization,
        MetricNames.Top3Weight, MetricNames.HerfindahlIndex, MetricNames.EffectiveNumberOfHoldings, MetricNames.ShareOfSp500MarketCap,
        MetricNames.MedianPe, MetricNames.MedianPeRestOfIndex, MetricNames.StressHoldings, MetricNames.StressShockedWeight,
        MetricNames.ExpenseRatio, MetricNames.FeeDrag12m, MetricNames.ReturnDispersion, MetricNames.MemberCount, MetricNames.CountBeating,
    };

    /// <summary>Re-checks every claim of an edition.</summary>
    /// <param name="claims">The edition's recorded claims.</param>
    /// <param name="thresholds">The project's narrative thresholds.</param>
    /// <returns>The claims that fail, with the reason, in recorded order.</returns>
    public static IReadOnlyList<ClaimFinding> Check(IReadOnlyList<Claim> claims, NarrativeThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(thresholds);
        var found = new List<ClaimFinding>();
        foreach (var claim in claims)
        {
            if (Check(claim, thresholds) is { } finding)
            {
                found.Add(finding);
            }
        }

        return found;
    }

    /// <summary>Why <paramref name="claim"/> fails its re-check, or null when it passes.</summary>
    /// <param name="claim">A recorded claim.</param>
    /// <param name="thresholds">The project's narrative thresholds.</param>
    public static ClaimFinding? Check(Claim claim, NarrativeThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(thresholds);
        var f = claim.Figures.Select(x => x.Value).ToList();
        if (f.Count == 0)
        {
            return new ClaimFinding(claim, "figures", "it recorded no figure");
        }

        if (Shape(claim.Kind, f) is { } wrong)
        {
            return new ClaimFinding(claim, "figures", $"it reads the wrong figures: {wrong}");
        }

        var v = f.Select(x => x.Value).ToList();
        double Difference() => v.Count == 1 ? v[0] : v[0] - v[1];
        bool? verdict = claim.Kind switch
        {
            "up" => v[0] > 0,
            "down" => v[0] < 0,
            "flat" => Math.Abs(v[0]) < thresholds.EdgedUp,
            "beat" => Difference() > 0,
            "lagged" => Difference() < 0,
            "matched" => Math.Abs(Difference()) <= thresholds.Matched + 1e-12,
            "higher" => v.Count == 2 && v[0] > v[1],
            "lower" => v.Count == 2 && v[0] < v[1],
            "best" => v.Skip(1).All(m => v[0] >= m),
            "worst" => v.Skip(1).All(m => v[0] <= m),
            "same_direction" => v.All(x => x > 0) || v.All(x => x < 0),
            "mixed_direction" => v.Any(x => x > 0) && v.Any(x => x < 0),
            "broad" => v.Count == 2 && v[0] * 2 > v[1],
            "narrow" => v.Count == 2 && v[0] * 2 <= v[1],
            "all" => v.Count == 2 && v[0] == v[1] && v[1] > 0,
            "none" => v[0] == 0,
            "record" => v.Count >= 2 && v.Skip(1).All(m => v[0] > m),
            _ => null,
        };
        var read = string.Join("; ", claim.Figures.Select(x => $"{x.Role} {x.Value.Metric} of {x.Value.Subject} = {x.Value.Value.ToString("0.######", CultureInfo.InvariantCulture)}"));
        if (verdict is not { } holds)
        {
            return new ClaimFinding(claim, "recorded", $"'{claim.Kind}' is no kind of claim this check knows");
        }

        if (holds != claim.Holds)
        {
            return new ClaimFinding(claim, "recorded", $"it was recorded as {(claim.Holds ? "holding" : "not holding")}, but the rule of '{claim.Kind}' says it {(holds ? "holds" : "does not hold")} on its figures ({read})");
        }

        return claim.Asserted && !holds ? new ClaimFinding(claim, "asserted", $"the edition says it, but its figures do not bear it out ({read})") : null;
    }

    // What is wrong with the figures a claim of `kind` read, or null when they are the right kind of figures.
    private static string? Shape(string kind, List<MetricValue> f)
    {
        static string Name(MetricValue m) => $"{m.Metric} of {m.Subject}";
        switch (kind)
        {
            case "up" or "down" or "flat":
                return Levels.Contains(f[0].Metric) ? $"'{kind}' speaks of a move, but {Name(f[0])} is a level" : null;
            case "beat" or "lagged" or "matched" when f.Count == 1:
                return f[0].Metric == MetricNames.Spread || f[0].Unit == MetricUnit.PercentagePoints && !Levels.Contains(f[0].Metric)
                    ? null
                    : $"'{kind}' with one figure needs a spread, but {Name(f[0])} is not one";
            case "broad" or "narrow" or "all" or "none":
                if (f.Any(x => x.Value < 0 || x.Value != Math.Floor(x.Value)))
                {
                    return $"'{kind}' counts members, but {string.Join(", ", f.Where(x => x.Value < 0 || x.Value != Math.Floor(x.Value)).Select(Name))} is not a count";
                }

                return f.Count == 2 && f[0].Value > f[1].Value ? $"the count {Name(f[0])} ({f[0].Value}) is larger than the total {Name(f[1])} ({f[1].Value})" : null;
            case "record":
                var later = f.Skip(1).FirstOrDefault(e => e.AsOf >= f[0].AsOf);
                if (later is not null)
                {
                    return $"a record is set against earlier values, but {Name(later)} is dated {later.AsOf:yyyy-MM-dd}, not before {f[0].AsOf:yyyy-MM-dd}";
                }

                break;
        }

        var window = Window(f[0]);
        var odd = f.Skip(1).FirstOrDefault(x => Window(x) != window);
        return odd is null ? null : $"'{kind}' compares like with like, but {Name(f[0])} and {Name(odd)} measure different things or windows";
    }

    // Returns of one window compare with each other whatever the subject; any other metric only with itself.
    private static string Window(MetricValue m)
    {
        foreach (var family in new[] { MetricNames.TotalReturn, MetricNames.EqualWeightReturn, MetricNames.PriceReturn, MetricNames.MedianReturn })
        {
            if (m.Metric.StartsWith(family, StringComparison.Ordinal))
            {
                return "return" + m.Metric[family.Length..];
            }
        }

        return m.Metric;
    }
}
