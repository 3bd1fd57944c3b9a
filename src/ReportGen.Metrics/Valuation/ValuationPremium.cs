namespace ReportGen.Metrics.Valuation;

/// <summary>
/// The valuation premium of a set of companies over the rest of an index: the ratio of the two median trailing P/Es minus one,
/// per snapshot, and its history across snapshots.
/// </summary>
/// <remarks>
/// Conventions: the premium is relative (<c>median_in / median_rest - 1</c>), so it reads as "the set costs 50% more per dollar of
/// trailing earnings than the median company of the rest"; a change of the premium between two snapshots is the difference of the
/// two fractions and is reported in percentage points (0.30 = +30 points). Each median leaves out the companies without a positive
/// P/E (<see cref="MedianMultiple"/>). Source: Damodaran, <i>Investment Valuation</i> (3rd ed., Wiley 2012), "Relative Valuation"
/// (comparing a firm's or sector's multiple with the market median; medians, since multiples are skewed).
/// </remarks>
public static class ValuationPremium
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "valuation_premium";

    /// <summary>The relative premium of <paramref name="inside"/> over <paramref name="rest"/>: <c>inside / rest - 1</c> (fraction).</summary>
    /// <param name="inside">The set's multiple, positive (e.g. a median P/E of 30 = 30x).</param>
    /// <param name="rest">The comparison multiple, positive.</param>
    /// <returns>E.g. 30 and 20 give 0.5 (a 50% premium); 16 and 20 give -0.2 (a 20% discount).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A multiple that is not positive and finite.</exception>
    public static double Of(double inside, double rest)
    {
        if (!(inside > 0) || !double.IsFinite(inside))
        {
            throw new ArgumentOutOfRangeException(nameof(inside), inside, "a premium needs a positive, finite multiple");
        }

        if (!(rest > 0) || !double.IsFinite(rest))
        {
            throw new ArgumentOutOfRangeException(nameof(rest), rest, "a premium needs a positive, finite comparison multiple");
        }

        return (inside / rest) - 1;
    }

    /// <summary>
    /// Splits one snapshot's companies into <paramref name="set"/> and the rest and compares their median P/Es.
    /// </summary>
    /// <param name="asOf">The snapshot's as-of date, carried into the result.</param>
    /// <param name="companies">Every company of the index in the snapshot, one observation each (its P/E, or null).</param>
    /// <param name="set">Tickers of the set (e.g. the AI basket); tickers not in <paramref name="companies"/> are ignored (not index
    /// members in that snapshot).</param>
    /// <param name="setName">The set's name, for results and errors.</param>
    /// <returns>Both medians and the premium.</returns>
    /// <exception cref="InsufficientDataException">The set or the rest has no company with a positive P/E in the snapshot.</exception>
    public static PeComparison Compare(DateOnly asOf, IReadOnlyList<MultipleObservation> companies, IReadOnlySet<string> set, string setName)
    {
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(set);
        var inside = companies.Where(c => set.Contains(c.Ticker)).ToList();
        var rest = companies.Where(c => !set.Contains(c.Ticker)).ToList();
        if (inside.Count == 0)
        {
            throw new InsufficientDataException($"median_pe", setName, $"at least one member in the {asOf:yyyy-MM-dd} snapshot (none of {set.Count} tickers is in it)");
        }

        var a = MedianMultiple.Compute(inside, "pe", setName);
        var b = MedianMultiple.Compute(rest, "pe", $"rest of the index ex {setName}");
        return new PeComparison(asOf, a, b, Of(a.Median, b.Median));
    }

    /// <summary>The comparison with the highest premium; ties go to the earliest snapshot.</summary>
    /// <param name="history">Comparisons, any order.</param>
    /// <exception cref="ArgumentException">An empty history.</exception>
    public static PeComparison Highest(IReadOnlyList<PeComparison> history) =>
        Ordered(history).OrderByDescending(c => c.Premium).First();

    /// <summary>The comparison with the lowest premium; ties go to the earliest snapshot.</summary>
    /// <param name="history">Comparisons, any order.</param>
    /// <exception cref="ArgumentException">An empty history.</exception>
    public static PeComparison Lowest(IReadOnlyList<PeComparison> history) =>
        Ordered(history).OrderBy(c => c.Premium).First();

    /// <summary>How far the premium moved from <paramref name="earlier"/> to <paramref name="later"/>, as a fraction read in percentage
    /// points (premiums of 0.20 then 0.50 give 0.30, "+30 points").</summary>
    /// <param name="later">The later comparison.</param>
    /// <param name="earlier">The earlier comparison.</param>
    public static double Change(PeComparison later, PeComparison earlier)
    {
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(earlier);
        return later.Premium - earlier.Premium;
    }

    private static IEnumerable<PeComparison> Ordered(IReadOnlyList<PeComparison> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            throw new ArgumentException("a premium history needs at least one snapshot", nameof(history));
        }

        return history.OrderBy(c => c.AsOf);
    }
}
