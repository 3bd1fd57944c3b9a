namespace ReportGen.Data;

/// <summary>
/// One security's daily open, high, low and volume from a quoted price file (any subset), aligned with <see cref="Dates"/>.
/// Prices are quoted (split-adjusted, not dividend-adjusted) in USD per share, or points for an index; volume is in shares.
/// </summary>
/// <param name="Ticker">The security, e.g. <c>NVDA</c>.</param>
/// <param name="Dates">Trading days, strictly ascending.</param>
/// <param name="Open">Opening price per day, or null when the file has no Open column.</param>
/// <param name="High">Highest price per day, or null; never below <paramref name="Low"/>.</param>
/// <param name="Low">Lowest price per day, or null.</param>
/// <param name="Volume">Shares traded per day (0 allowed: index files report 0 on some days), or null.</param>
public sealed record DailyBars(
    string Ticker,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<double>? Open,
    IReadOnlyList<double>? High,
    IReadOnlyList<double>? Low,
    IReadOnlyList<long>? Volume);
