namespace ReportGen.Diagnostics;

/// <summary>Text-stage codes (RG2xxx): templates, front matter, settings.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A Scriban template does not parse.</summary>
    public const string TemplateSyntax = "RG2001";

    /// <summary>A template failed while rendering: unknown variable, member, ticker or universe, or a wrong argument.</summary>
    public const string TemplateRuntime = "RG2002";

    /// <summary>A formatter got a value of the wrong unit (e.g. a USD amount given to <c>fmt.pct</c>), or a bare number.</summary>
    public const string UnitMismatch = "RG2003";

    /// <summary>The front matter of a report is missing, not valid YAML, or lacks a required key.</summary>
    public const string BadFrontMatter = "RG2004";

    /// <summary>reportgen.yml is unreadable, not valid YAML, or has a bad value.</summary>
    public const string BadConfig = "RG2005";

    /// <summary>A metric could not be computed for a template (insufficient data): names the metric, security and what was missing.</summary>
    public const string MetricUnavailable = "RG2006";

    /// <summary>A number typed into template prose instead of coming from a metric.</summary>
    public const string TypedNumber = "RG2007";

    /// <summary>A layout or partial template is missing.</summary>
    public const string MissingTemplate = "RG2008";

    /// <summary>A figure whose metric value names no data source.</summary>
    public const string FigureWithoutSource = "RG2009";
}
