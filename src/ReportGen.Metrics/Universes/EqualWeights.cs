using ReportGen.Metrics.Model;

namespace ReportGen.Metrics.Universes;

/// <summary>Equal weights: each of N members holds 1/N of the universe at the start of the period.</summary>
public static class EqualWeights
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "equal_weights";

    /// <summary>Weights of 1/N for each ticker.</summary>
    /// <param name="tickers">The members, each once.</param>
    /// <param name="universe">The universe's name, for errors.</param>
    /// <returns>One <see cref="Holding"/> per ticker, in the given order, each weighing 1/N (a fraction).</returns>
    /// <exception cref="InsufficientDataException">No tickers.</exception>
    /// <exception cref="ArgumentException">A ticker appears twice.</exception>
    /// <remarks>w_i = 1/N. Source: S&amp;P Dow Jones Indices, <i>Equal Weight Indexing</i> methodology.</remarks>
    public static IReadOnlyList<Holding> Compute(IReadOnlyList<string> tickers, string universe)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        if (tickers.Count == 0)
        {
            throw new InsufficientDataException(Name, universe, "at least one member");
        }

        var result = tickers.Select(t => new Holding(t, 1.0 / tickers.Count)).ToList();
        WeightRules.Require(Name, result, universe);
        return result;
    }
}
