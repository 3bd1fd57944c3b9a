namespace ReportGen.Diagnostics;

/// <summary>Codes of planning editions.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The house benchmark (<c>benchmark:</c> in reportgen.yml, default SPY) has no price data, so there is no
    /// trading calendar to date editions by.</summary>
    public const string NoTradingCalendar = "RG2020";
}
