using ReportGen.Metrics.Model;
using ReportGen.Metrics.Returns;

namespace ReportGen.Metrics.Universes;

/// <summary>Contribution to return: how much of a universe's return each member accounts for (weight × return).</summary>
public static class ContributionToReturn
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "contribution_to_return";

    /// <summary>Each member's weight × return; the contributions sum to the universe's (buy-and-hold) return.</summary>
    /// <param name="weights">Start-of-period weights (equal or market-cap), fractions summing to 1.</param>
    /// <param name="memberReturns">Each member's return over the same period, measured between the same two trading days.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>One <see cref="Contribution"/> per member, largest contribution first (ties by ticker).</returns>
    /// <exception cref="InsufficientDataException">A weighted member has no return (named), or members' returns span different trading days (named).</exception>
    /// <exception cref="ArgumentException">Weights are invalid (negative, duplicated, not summing to 1), or a return belongs to no weighted member.</exception>
    /// <remarks>
    /// C_i = w_i × R_i, Σ C_i = R_universe. Source: Bacon, <i>Practical Portfolio Performance Measurement and Attribution</i> (2nd ed.,
    /// Wiley 2008), contribution analysis (the weighted return of each security sums to the portfolio return).
    /// </remarks>
    public static IReadOnlyList<Contribution> Compute(IReadOnlyList<Holding> weights, IReadOnlyList<PeriodReturn> memberReturns, string universe)
    {
        WeightRules.Require(Name, weights, universe);
        ArgumentNullException.ThrowIfNull(memberReturns);
        var byTicker = new Dictionary<string, PeriodReturn>(StringComparer.Ordinal);
        foreach (var r in memberReturns)
        {
            if (!weights.Any(w => w.Ticker == r.Ticker))
            {
                throw new ArgumentException($"{Name} for {universe}: {r.Ticker} has a return but no weight", nameof(memberReturns));
            }

            byTicker[r.Ticker] = r;
        }

        PeriodReturn? first = null;
        var result = new List<Contribution>(weights.Count);
        foreach (var w in weights)
        {
            if (!byTicker.TryGetValue(w.Ticker, out var r))
            {
                throw new InsufficientDataException(Name, w.Ticker, $"a return for the period (it is a member of {universe})");
            }

            first ??= r;
            if (r.StartDate != first.StartDate || r.EndDate != first.EndDate)
            {
                throw new InsufficientDataException(Name, r.Ticker,
                    $"a return from {WindowLocator.Iso(first.StartDate)} to {WindowLocator.Iso(first.EndDate)} like {first.Ticker} (have {WindowLocator.Iso(r.StartDate)} to {WindowLocator.Iso(r.EndDate)})");
            }

            result.Add(new Contribution(w.Ticker, w.Weight, r.Value, w.Weight * r.Value));
        }

        return [.. WeightRules.Largest(result, c => c.Value, c => c.Ticker)];
    }
}
