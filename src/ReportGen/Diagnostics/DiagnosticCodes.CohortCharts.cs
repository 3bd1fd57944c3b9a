namespace ReportGen.Diagnostics;

/// <summary>Codes of a chart with several universes (<c>universes:</c> and <c>labels:</c> of a chart in report front matter):
/// RG1140-RG1149.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A chart gives both <c>universe:</c> and <c>universes:</c>, or lists a universe twice in <c>universes:</c>: which
    /// line is which would be ambiguous.</summary>
    public const string ChartUniversesConflict = "RG1140";

    /// <summary>A chart's <c>labels:</c> does not give one label per universe of <c>universes:</c> (or is given without it).</summary>
    public const string ChartLabelsMismatch = "RG1141";

    /// <summary>A chart of a kind that draws no equal-weight lines (anything but <c>indexed-performance</c>,
    /// <c>relative-performance</c> and <c>drawdown</c>) gives <c>universes:</c>.</summary>
    public const string ChartUniversesKind = "RG1142";
}
