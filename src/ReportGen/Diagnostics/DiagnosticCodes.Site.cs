namespace ReportGen.Diagnostics;

/// <summary>Site-stage codes (RG5xxx): assembling pages, search, publishing.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>Pagefind (node on PATH and the npm package <c>pagefind</c> under node_modules) was not found; the site is built without search (warning).</summary>
    public const string SearchUnavailable = "RG5001";

    /// <summary>Pagefind ran but failed; the site is published without a search index (warning).</summary>
    public const string SearchFailed = "RG5002";

    /// <summary>Two inputs would write the same output path (e.g. two FAQ entries with one slug).</summary>
    public const string PathCollision = "RG5003";

    /// <summary>An FAQ entry is malformed: front matter without a question, or not valid YAML.</summary>
    public const string BadFaqEntry = "RG5004";

    /// <summary>The base URL (reportgen.yml <c>base_url</c> or <c>--base-url</c>) is not an absolute http(s) URL.</summary>
    public const string BadBaseUrl = "RG5005";
}
