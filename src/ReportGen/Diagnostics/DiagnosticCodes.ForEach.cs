namespace ReportGen.Diagnostics;

/// <summary>Codes of parameterized series (front matter <c>for_each:</c>, one edition per security per period): RG1100-RG1109.</summary>
public static partial class DiagnosticCodes
{
    /// <summary><c>for_each: universe:</c> names a universe that <c>data/universes.csv</c> does not define (with the closest names).</summary>
    public const string ForEachUnknownUniverse = "RG1100";

    /// <summary><c>for_each:</c> does not name exactly one of <c>universe</c> (one name or a non-empty list) and <c>kind</c>.</summary>
    public const string ForEachMalformed = "RG1101";

    /// <summary><c>for_each:</c> selects no security: its <c>kind</c> has no row in <c>data/securities.csv</c>, so the series
    /// would make no page.</summary>
    public const string ForEachEmpty = "RG1102";

    /// <summary>Two editions would be written to one page under <c>securities/</c>: two parameterized series cover the same
    /// security, or two tickers share a URL segment (<c>BRK.B</c> and <c>BRK-B</c> both become <c>brk-b</c>).</summary>
    public const string ForEachUrlCollision = "RG1103";

    /// <summary>A note under <c>notes/&lt;report&gt;/</c> of a parameterized series is not
    /// <c>notes/&lt;report&gt;/&lt;item&gt;/&lt;period&gt;.md</c> for one of its items (with the closest item folders).</summary>
    public const string ForEachNoteItem = "RG1104";
}
