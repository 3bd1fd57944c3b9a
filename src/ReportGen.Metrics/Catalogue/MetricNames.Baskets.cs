namespace ReportGen.Metrics.Catalogue;

/// <summary>The names of a basket line's figures over a window from a given base close (<c>basket u "2022-12-30"</c>; over
/// the trailing 12 months they carry the <c>_12m</c> names) and of a member's contribution to its universe's return, and the count of editions a condition held in a row.</summary>
public static partial class MetricNames
{
    /// <summary>A member's contribution to its universe's equal-weight return over the edition's quarter: its total return
    /// times 1/N (percentage points of the basket's return, as a fraction: 0.05 = +5 pp).</summary>
    public const string ContributionToReturn = "contribution_to_return";

    /// <summary>Annualized volatility of daily total returns from a given base close to the as-of date (fraction per year);
    /// for a universe, of its point-in-time equal-weight line.</summary>
    public const string AnnualizedVolatilitySince = "annualized_volatility_since";

    /// <summary>Maximum drawdown from a given base close to the as-of date (fraction, zero or negative); for a universe, of
    /// its point-in-time equal-weight line.</summary>
    public const string MaxDrawdownSince = "max_drawdown_since";

    /// <summary>The number of editions in a row, up to and including the current one, in which a condition held (a count;
    /// the template function <c>streak</c>).</summary>
    public const string Streak = "streak";
}
