namespace ReportGen.Diagnostics;

/// <summary>Data-stage codes (RG1xxx): problems in CSV files and sources.yml. Every message names the column (header name and
/// 1-based field number) where there is one, the value found and what was expected.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A data file or folder cannot be read: missing, no permission, not valid UTF-8, or not parseable CSV.</summary>
    public const string UnreadableFile = "RG1001";

    /// <summary>The header lacks a required column, has a column the format does not know, names a column twice, or the file is empty.</summary>
    public const string BadHeader = "RG1002";

    /// <summary>A field that must be a number (invariant culture, '.' decimal point) is not one.</summary>
    public const string BadNumber = "RG1003";

    /// <summary>A field that must be an ISO date (yyyy-MM-dd) is not one.</summary>
    public const string BadDate = "RG1004";

    /// <summary>A required field is empty.</summary>
    public const string EmptyField = "RG1005";

    /// <summary>A date appears twice in one series (for fund flows: twice for one ticker).</summary>
    public const string DuplicateDate = "RG1006";

    /// <summary>A date is earlier than the one before it in the same series.</summary>
    public const string UnsortedDate = "RG1007";

    /// <summary>A price (Open, High, Low, Close, Adj Close; a snapshot's Price or Market Cap) is zero or negative.</summary>
    public const string NonPositivePrice = "RG1008";

    /// <summary>A ticker named in data/universes.csv (or a dividends file) has no price data.</summary>
    public const string UnknownTicker = "RG1009";

    /// <summary>A data file is covered by no data set in data/sources.yml, or by more than one.</summary>
    public const string MissingSource = "RG1010";

    /// <summary>data/sources.yml is malformed, lacks a required key, or declares an as-of date earlier than its files' data.</summary>
    public const string BadSources = "RG1011";

    /// <summary>A row has more or fewer fields than the header.</summary>
    public const string BadFieldCount = "RG1012";

    /// <summary>Two files give the same price field for one ticker; each price field of a ticker must come from exactly one file.</summary>
    public const string ConflictingSeries = "RG1013";

    /// <summary>A key appears twice: a ticker in the security master, a fund snapshot or the AUM file, a symbol in a fundamentals snapshot.</summary>
    public const string DuplicateKey = "RG1014";

    /// <summary>A field holds a value outside the allowed set: a security kind other than stock, etf, index; a negative volume;
    /// a dividend, AUM or weight that is not positive.</summary>
    public const string BadValue = "RG1015";

    /// <summary>A daily bar is inconsistent: High below Low, or Open or Close outside [Low, High].</summary>
    public const string HighBelowLow = "RG1016";

    /// <summary>A one-day move in Close or Adj Close looks like an unadjusted split.</summary>
    /// <remarks>Rule: with q = close / previous close, the move is beyond -45% or +90% (q &lt;= 0.55 or q &gt;= 1.90) AND q is
    /// within ±2.5% (relative) of 1/k or k for a split ratio k in {2, 3, 4, 5, 10, 20}, i.e. |q·k − 1| &lt;= 0.025 or
    /// |q/k − 1| &lt;= 0.025. An unadjusted k-for-1 split shows the exact ratio times one day's return, so real splits land
    /// in the band; the tolerance is tight so that genuine crashes stay out (AAPL's −51.9% on 2000-09-29, q = 0.4813, is
    /// 3.7% from 1/2 and is not reported). Checked against every price file of the sample data: no report.</remarks>
    public const string SuspectedSplit = "RG1017";

    /// <summary>A ticker has price data but no row in data/securities.csv.</summary>
    public const string MissingSecurity = "RG1018";

    /// <summary>A data file's name does not fit its folder: a snapshot (fundamentals/, funds/overviews/) must be named after its
    /// as-of date, yyyy-MM-dd.csv.</summary>
    public const string BadFileName = "RG1019";

    /// <summary>A CSV under data/ sits where no known format lives (prices/, dividends/, fundamentals/, funds/flows.csv,
    /// funds/aum.csv, funds/overviews/, securities.csv, universes.csv).</summary>
    public const string UnknownDataFile = "RG1020";

    /// <summary>Warning: a price series skips more than 5 trading days between two rows.</summary>
    /// <remarks>Trading days are the dates of the house benchmark (<c>benchmark:</c> in reportgen.yml, default SPY) when its
    /// prices cover both rows (the missing days are its dates strictly between them); otherwise a calendar gap of more than
    /// 7 days counts.</remarks>
    public const string DataGap = "RG1021";

    /// <summary>Warning: a series ends well before its data set's as-of date, or a whole price data set ends well before the
    /// newest price data set; "well before" means more than 7 calendar days (about 5 trading days).</summary>
    public const string StaleSeries = "RG1022";
}
