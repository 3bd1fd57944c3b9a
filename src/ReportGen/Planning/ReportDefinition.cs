using ReportGen.Facts;
using ReportGen.Metrics.Model;

namespace ReportGen.Planning;

/// <summary>A report series as declared by one <c>templates/reports/&lt;slug&gt;.sbn-md</c> file.</summary>
/// <param name="Slug">URL segment and key, the file name without extension, e.g. <c>ai-equities</c>.</param>
/// <param name="Path">Project-relative path of the file.</param>
/// <param name="Text">The whole file text (front matter included, so template positions stay true).</param>
/// <param name="Front">The parsed front matter.</param>
/// <param name="Title">The headline template (Scriban), e.g. "AI leaders {{ verb u.period_return }} …".</param>
/// <param name="Summary">The dek template (Scriban).</param>
/// <param name="SeriesName">The series' display name, e.g. "AI Equities Quarterly".</param>
/// <param name="Cadence">The period kind of its editions.</param>
/// <param name="FirstPeriod">The first edition's period.</param>
/// <param name="Universes">Universe names the report uses.</param>
/// <param name="Benchmarks">Benchmark tickers the report uses.</param>
/// <param name="Tags">Topic tags.</param>
/// <param name="Faq">Related FAQ entry slugs.</param>
/// <param name="Charts">Declared charts, in order.</param>
public sealed record ReportDefinition(
    string Slug,
    string Path,
    string Text,
    FrontMatter Front,
    string Title,
    string Summary,
    string SeriesName,
    PeriodKind Cadence,
    Period FirstPeriod,
    IReadOnlyList<string> Universes,
    IReadOnlyList<string> Benchmarks,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Faq,
    IReadOnlyList<ChartDeclaration> Charts)
{
    /// <summary>
    /// The project folder <see cref="Path"/> is relative to, where the render-text stage looks for the figure, citation
    /// and chart partials (<c>templates/partials/</c>); set by <see cref="ReportLoader.Run"/>. Null for a report parsed on
    /// its own (<see cref="ReportLoader.Parse"/>), which gets the built-in partials.
    /// </summary>
    public string? ProjectRoot { get; init; }

    /// <summary>The angles the report may lead with (front matter <c>angles:</c>), in declaration order; empty when it
    /// declares none. An edition's <c>story</c> is the highest-scoring angle whose condition holds.</summary>
    public IReadOnlyList<StoryAngle> Angles { get; init; } = [];

    /// <summary>The securities of a parameterized series (front matter <c>for_each:</c>): one edition per item per period;
    /// null for an ordinary series.</summary>
    public ForEachSpec? ForEach { get; init; }

    /// <summary>Front matter <c>only_with_fundamentals: true</c>: the series has an edition only for the periods whose as-of date
    /// has a fundamentals snapshot at most <see cref="Data.SnapshotLookup.MaxAgeDays"/> days older (a valuation note has nothing
    /// to say without one); false plans every period.</summary>
    public bool OnlyWithFundamentals { get; init; }

}
