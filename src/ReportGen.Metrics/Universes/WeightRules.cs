using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>Checks shared by the universe metrics: weights are finite, non-negative, unique per ticker and sum to 1.</summary>
internal static class WeightRules
{
    /// <summary>How far a universe's weights may sum from 1: rounding in a published weight file, never a missing member.</summary>
    public const double SumTolerance = 1e-6;

    public static void Require(string metric, IReadOnlyList<Holding> holdings, string universe)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        if (holdings.Count == 0)
        {
            throw new InsufficientDataException(metric, universe, "at least one member with a weight");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sum = 0.0;
        foreach (var h in holdings)
        {
            if (!double.IsFinite(h.Weight) || h.Weight < 0)
            {
                throw new ArgumentException($"{metric} for {universe}: weight of {h.Ticker} is {h.Weight}; expected a fraction from 0 to 1", nameof(holdings));
            }

            if (!seen.Add(h.Ticker))
            {
                throw new ArgumentException($"{metric} for {universe}: {h.Ticker} appears twice", nameof(holdings));
            }

            sum += h.Weight;
        }

        if (Math.Abs(sum - 1) > SumTolerance)
        {
            throw new ArgumentException($"{metric} for {universe}: weights sum to {sum.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}; expected 1", nameof(holdings));
        }
    }

    /// <summary>Holdings ordered largest weight first, ties by ticker (ordinal), so "top N" is deterministic.</summary>
    public static IEnumerable<T> Largest<T>(IEnumerable<T> items, Func<T, double> weight, Func<T, string> ticker) =>
        items.OrderByDescending(weight).ThenBy(ticker, StringComparer.Ordinal);
}
