namespace ReportGen.Data;

/// <summary>What <see cref="LoadData"/> has read so far in one run; the cross-file checks work on it.</summary>
internal sealed class LoadContext
{
    public Dictionary<string, DataSource> Sources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> FileSources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Security> Securities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SecurityPrices> Prices { get; } = new(StringComparer.Ordinal);

    /// <summary>Tickers whose price file failed to load: their errors are reported, so references to them do not cascade.</summary>
    public HashSet<string> FailedPriceFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Every price file read without error, in path order, with the data set it belongs to.</summary>
    public List<(PriceFile File, DataSource Source)> PriceFiles { get; } = [];

    /// <summary>For each (ticker, price field) already loaded, the file that gave it.</summary>
    public Dictionary<(string Ticker, string Field), string> FieldFiles { get; } = [];

    public Dictionary<string, Universe> Universes { get; } = new(StringComparer.Ordinal);

    public List<(CsvFile File, CsvRow Row, int Field, string Ticker)> UniverseRows { get; } = [];

    public Dictionary<string, DividendHistory> Dividends { get; } = new(StringComparer.Ordinal);

    public List<(string Path, string Ticker)> DividendFiles { get; } = [];

    public List<FundamentalsSnapshot> Fundamentals { get; } = [];

    public List<FundFlow> FundFlows { get; } = [];

    /// <summary>Every computed flow of <see cref="FundFlows"/> with the row and field it came from (for the AUM bound).</summary>
    public List<(CsvFile File, CsvRow Row, int Field, FundFlow Flow)> FundFlowRows { get; } = [];

    public string? FundFlowsSource { get; set; }

    public Dictionary<string, FundAum> FundAum { get; } = new(StringComparer.Ordinal);

    public string? FundAumSource { get; set; }

    public List<FundOverviewSnapshot> FundOverviews { get; } = [];

    public Dictionary<string, MacroSeries> Macro { get; } = new(StringComparer.Ordinal);

    /// <summary>Every event of data/events.csv read without error, with the row and subject field it came from.</summary>
    public List<(CsvFile File, CsvRow Row, int Field, CalendarEvent Event)> EventRows { get; } = [];
}
