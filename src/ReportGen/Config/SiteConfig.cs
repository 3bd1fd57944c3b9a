namespace ReportGen.Config;

/// <summary>Site settings from <c>reportgen.yml</c> at the project root.</summary>
/// <param name="Title">Site title, e.g. "ReportGen Market Notes".</param>
/// <param name="Publisher">Who publishes the notes; used in bylines and structured data.</param>
/// <param name="Description">One sentence about the site, for the home page and feeds.</param>
/// <param name="BaseUrl">Absolute URL where the site is hosted, with a trailing slash (e.g. <c>https://example.org/notes/</c>).</param>
/// <param name="Language">BCP 47 language tag of the pages, e.g. <c>en</c>.</param>
/// <param name="Disclaimer">The disclaimer printed on every edition (Markdown).</param>
/// <param name="Thresholds">Narrative thresholds.</param>
/// <param name="Stress">The house stress scenario.</param>
public sealed record SiteConfig(string Title, string Publisher, string Description, string BaseUrl, string Language, string Disclaimer, NarrativeThresholds Thresholds, StressSettings Stress)
{
    /// <summary>How numbers and dates are written: the culture of <see cref="Language"/> (English when ReportGen has no data for it, which the settings reader reports as RG1090).</summary>
    public SiteCulture Culture => SiteCulture.Of(Language);

    /// <summary>The <c>labels:</c> of reportgen.yml: label key to the site's own words for it (see <see cref="LayoutLabels"/>); empty by default.</summary>
    public IReadOnlyDictionary<string, string> LabelOverrides { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The words of the layouts (nav, bylines, headings), as templates read them in <c>labels</c>: the built-in set of <see cref="Culture"/> with <see cref="LabelOverrides"/> over it.</summary>
    public IReadOnlyDictionary<string, string> Labels => LayoutLabels.For(Culture, LabelOverrides);

    /// <summary>
    /// <c>raw_html: true</c> in reportgen.yml: HTML written by hand in report and FAQ Markdown reaches the page. False by
    /// default: such HTML is shown as text, so only ReportGen's own functions (figures, citations, charts) emit markup.
    /// </summary>
    public bool AllowRawHtml { get; init; }

    /// <summary>The ticker used when no default is configured: <c>SPY</c>.</summary>
    public const string DefaultBenchmark = "SPY";

    /// <summary>Default of <see cref="MaxDataAge"/>: 10 trading days (two weeks).</summary>
    public const int DefaultMaxDataAge = 10;

    /// <summary>
    /// <c>publishing.max_data_age</c> in reportgen.yml: the most trading days (weekdays) that may pass between the newest
    /// data and the publication time of a new edition; past it the build refuses to publish a new edition of a series
    /// that already has a ledger (RG5052; a warning in <c>serve</c>).
    /// </summary>
    public int MaxDataAge { get; init; } = DefaultMaxDataAge;

    /// <summary>
    /// <c>benchmark:</c> in reportgen.yml: the house benchmark, the ticker that beta and correlation are measured against
    /// when a report names none in its front matter (<c>benchmarks:</c>), in <c>reportgen metrics</c>, and in new reports.
    /// <see cref="DefaultBenchmark"/> when not set.
    /// </summary>
    public string Benchmark { get; init; } = DefaultBenchmark;
}
