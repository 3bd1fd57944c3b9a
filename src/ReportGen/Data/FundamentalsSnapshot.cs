namespace ReportGen.Data;

/// <summary>One dated fundamentals file, <c>data/fundamentals/&lt;yyyy-MM-dd&gt;.csv</c>: every company's price, valuation and
/// market capitalization as of one trading day's close.</summary>
/// <param name="AsOf">The trading day whose close the values reflect (the file name).</param>
/// <param name="Companies">Rows by ticker (ordinal keys), in file order.</param>
/// <param name="SourceId">The data set the file belongs to (an id in data/sources.yml).</param>
public sealed record FundamentalsSnapshot(DateOnly AsOf, IReadOnlyDictionary<string, Fundamentals> Companies, string SourceId);
