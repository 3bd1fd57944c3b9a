namespace ReportGen.Metrics.Tests;

/// <summary>
/// Named tolerances for comparing computed metrics with their oracles. Pick the one whose reason matches the oracle;
/// never widen one to make a test pass (a failing comparison is a finding, not noise).
/// </summary>
internal static class Tolerances
{
    /// <summary>
    /// Two double-precision evaluations of the same formula in a different order (the test's written-out arithmetic, or Python's
    /// statistics module, which sums exactly, against the engine's two-pass sums). Values here are of order 1, so 1e-12 absolute
    /// is about 10,000 ulps: loose enough for summation order, far too tight to hide a wrong formula (n vs n - 1 alone moves
    /// a 250-day volatility by 2e-3).
    /// </summary>
    public const double RoundOff = 1e-12;

    /// <summary>One US cent, for USD amounts held as doubles (market values in the trillions, where a double resolves about 0.002 USD).</summary>
    public const double UsdCent = 0.01;

    /// <summary>Half a unit in the sixth decimal place: for expected values written out rounded to six decimals in a comment or README.</summary>
    public const double SixDecimals = 0.0000005;
}
