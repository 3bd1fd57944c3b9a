namespace ReportGen.Metrics.Risk;

/// <summary>The highest and lowest closes of the 52 weeks to the as-of date, and where the latest close stands between them.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="High">The highest close, in USD (index points for an index).</param>
/// <param name="HighDate">Trading day of the highest close (the latest, if repeated).</param>
/// <param name="Low">The lowest close, in USD.</param>
/// <param name="LowDate">Trading day of the lowest close (the latest, if repeated).</param>
/// <param name="Last">The latest close, in USD.</param>
/// <param name="LastDate">Trading day of the latest close, on or before the as-of date.</param>
/// <param name="FromHigh">Last / High − 1 as a fraction, zero or negative (−0.08 = 8% below the 52-week high).</param>
/// <param name="FromLow">Last / Low − 1 as a fraction, zero or positive (0.40 = 40% above the 52-week low).</param>
public sealed record FiftyTwoWeekRangeResult(string Ticker, double High, DateOnly HighDate, double Low, DateOnly LowDate, double Last, DateOnly LastDate, double FromHigh, double FromLow);
