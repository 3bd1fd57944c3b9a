namespace ReportGen.Metrics.Universes;

/// <summary>Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7).</summary>
internal static class Quantiles
{
    /// <summary>The <paramref name="p"/>-quantile (0 ≤ p ≤ 1) of <paramref name="sorted"/>, ascending and non-empty.</summary>
    /// <remarks>h = (n − 1) p; Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]). The median (p = 0.5) is the usual middle value or mean of the two middle values.</remarks>
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
