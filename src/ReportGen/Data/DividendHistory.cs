namespace ReportGen.Data;

/// <summary>Every cash dividend of one security in the data, ascending by ex-date; empty when the file has only a header
/// (the security paid none in the file's window).</summary>
/// <param name="Ticker">The security, e.g. <c>NVDA</c>.</param>
/// <param name="Dividends">Dividends by ascending ex-date, one per ex-date.</param>
/// <param name="SourceId">The data set the file belongs to (an id in data/sources.yml).</param>
public sealed record DividendHistory(string Ticker, IReadOnlyList<Dividend> Dividends, string SourceId);
