namespace ReportGen.Data;

/// <summary>The validated content of one daily price file: columns present in the file, aligned with <see cref="Dates"/>.</summary>
/// <param name="Path">Project-relative path of the file.</param>
/// <param name="Ticker">The security (the file name without <c>.csv</c>).</param>
/// <param name="Dates">Trading days, strictly ascending.</param>
/// <param name="Lines">1-based line of each date's row, for diagnostics raised after loading.</param>
/// <param name="AdjustedClose">Adj Close in USD per share (index points), or null when the file has no such column.</param>
/// <param name="Close">Quoted Close, or null.</param>
/// <param name="Open">Open, or null.</param>
/// <param name="High">High, or null.</param>
/// <param name="Low">Low, or null.</param>
/// <param name="Volume">Volume in shares, or null.</param>
internal sealed record PriceFile(
    string Path,
    string Ticker,
    List<DateOnly> Dates,
    List<int> Lines,
    List<double>? AdjustedClose,
    List<double>? Close,
    List<double>? Open,
    List<double>? High,
    List<double>? Low,
    List<long>? Volume)
{
    /// <summary>True when the file gives any of Open, High, Low, Volume.</summary>
    public bool HasBars => Open is not null || High is not null || Low is not null || Volume is not null;
}
