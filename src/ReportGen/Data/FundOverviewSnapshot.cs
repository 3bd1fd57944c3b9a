namespace ReportGen.Data;

/// <summary>One dated ETF overview file, <c>data/funds/overviews/&lt;yyyy-MM-dd&gt;.csv</c>.</summary>
/// <param name="AsOf">The trading day whose close the values reflect (the file name).</param>
/// <param name="Funds">Rows by ticker (ordinal keys), in file order.</param>
/// <param name="SourceId">The data set the file belongs to (an id in data/sources.yml).</param>
public sealed record FundOverviewSnapshot(DateOnly AsOf, IReadOnlyDictionary<string, FundOverview> Funds, string SourceId);
