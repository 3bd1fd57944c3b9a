namespace ReportGen.Metrics.Flows;

/// <summary>Fee drag: the fraction of an investment's value an expense ratio takes over a holding period.</summary>
public static class FeeDrag
{
    /// <summary>Metric name as templates and errors know it.</summary>
    public const string Name = "fee_drag";

    /// <summary>Calendar days per year over which a fund accrues its annual expense ratio (ER / 365 per day).</summary>
    public const int AccrualDaysPerYear = 365;

    /// <summary>1 − (1 − ER / 365)^days: the value lost to fees relative to the same fund without them.</summary>
    /// <param name="expenseRatio">The annual expense ratio as a fraction per year (0.0035 = 0.35%, 35 bp); from 0 up to (not including) 1.</param>
    /// <param name="calendarDays">The holding period in calendar days, 0 or more.</param>
    /// <returns>The drag as a fraction of value (0.0035 ≈ 0.35% for one year at 35 bp).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expenseRatio"/> is outside [0, 1) or not finite, or <paramref name="calendarDays"/> is negative.</exception>
    /// <remarks>
    /// Funds accrue the expense ratio daily against net assets, ER/365 per calendar day, so after d days the fee-free value is
    /// multiplied by (1 − ER/365)^d whatever the market does. Source: SEC Form N-1A, Item 3 (the annual fund operating expense ratio, a
    /// percentage of net assets per year), accrued daily as funds state in their prospectuses.
    /// </remarks>
    public static double Compute(double expenseRatio, int calendarDays)
    {
        if (!(expenseRatio >= 0 && expenseRatio < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(expenseRatio), expenseRatio, "expected an annual fraction from 0 to below 1, e.g. 0.0035 for 0.35%");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(calendarDays);
        return 1 - Math.Pow(1 - (expenseRatio / AccrualDaysPerYear), calendarDays);
    }

    /// <summary>The fee drag in USD on an investment held for <paramref name="calendarDays"/>, ignoring market moves.</summary>
    /// <param name="investedUsd">The amount invested at the start, in USD (decimal), 0 or more.</param>
    /// <param name="expenseRatio">The annual expense ratio as a fraction per year.</param>
    /// <param name="calendarDays">The holding period in calendar days.</param>
    /// <returns>USD (decimal, rounded to cents, midpoint away from zero) taken by fees: investedUsd × <see cref="Compute"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Compute"/>, or <paramref name="investedUsd"/> is negative.</exception>
    /// <remarks>Same formula and source as <see cref="Compute"/>.</remarks>
    public static decimal CostUsd(decimal investedUsd, double expenseRatio, int calendarDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(investedUsd);
        return Math.Round(investedUsd * (decimal)Compute(expenseRatio, calendarDays), 2, MidpointRounding.AwayFromZero);
    }
}
