namespace ReportGen.Facts;

/// <summary>Whether a security's figures exist as of the edition, for templates that must say so when one is missing (a
/// tear sheet of a fund listed last year has no trailing-year risk; a company with losses has no P/E).</summary>
public sealed partial class SecurityView
{
    /// <summary>True when <see cref="PeriodReturn"/> can be computed (the security was quoted at the period's start).</summary>
    public bool HasPeriodReturn => Available(() => PeriodReturn);

    /// <summary>True when the trailing-12-month risk figures (<see cref="Volatility"/>, <see cref="MaxDrawdown"/>,
    /// <see cref="CurrentDrawdown"/>) can be computed.</summary>
    public bool HasRisk => Available(() => Volatility) && Available(() => MaxDrawdown) && Available(() => CurrentDrawdown);

    /// <summary>True when the edition's fundamentals snapshot gives a positive trailing P/E (<see cref="PriceToEarnings"/>).</summary>
    public bool HasPriceToEarnings => Available(() => PriceToEarnings);
}
