namespace ReportGen.Diagnostics;

/// <summary>Codes of point-in-time universe membership in <c>data/universes.csv</c> (columns <c>start</c>, <c>end</c>,
/// <c>defined</c>): RG1120-RG1129. A member's ticker without price data is <see cref="UnknownTicker"/>; a date that does not
/// parse is <see cref="BadDate"/>.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A membership row's <c>start</c> is after its <c>end</c>: the member would never belong to the universe.</summary>
    public const string UniverseRangeReversed = "RG1120";

    /// <summary>Two membership rows of the same ticker in the same universe cover a common day: on that day it would be a
    /// member twice (an open <c>start</c> or <c>end</c> reaches back or forward without limit).</summary>
    public const string UniverseRangesOverlap = "RG1121";
}
