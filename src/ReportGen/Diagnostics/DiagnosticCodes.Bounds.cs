namespace ReportGen.Diagnostics;

/// <summary>Input bounds (RG2030-RG2039): limits that keep a small input from costing unbounded time or memory (README, "Limits").</summary>
public static partial class DiagnosticCodes
{
    /// <summary>
    /// A YAML text (reportgen.yml, data/sources.yml, report or FAQ front matter) exceeds a limit of
    /// <see cref="Config.YamlLimits"/>: too many aliases, too many nodes with aliases expanded, nesting too deep, or an alias
    /// inside its own anchor. Reported where the limit was crossed, before any node is built.
    /// </summary>
    public const string YamlTooLarge = "RG2030";

    /// <summary>A template ran longer than its time limit (<see cref="Text.TemplateRenderer.DefaultTimeLimit"/>) and was stopped where it was.</summary>
    public const string TemplateTimeLimit = "RG2031";
}
