using ReportGen.Metrics.Model;
using ReportGen.Project;

namespace ReportGen.Planning;

/// <summary>One report for one period: one page, its charts, its figures.</summary>
/// <param name="Report">The series.</param>
/// <param name="Period">The period reported on.</param>
/// <param name="AsOf">The last trading day the edition may read (the period's last trading day, or the data's last day for a draft).</param>
/// <param name="IsDraft">True for the current, incomplete period (built only with --drafts).</param>
public sealed record Edition(ReportDefinition Report, Period Period, DateOnly AsOf, bool IsDraft)
{
    /// <summary>
    /// The security a parameterized series (front matter <c>for_each:</c>) renders this edition for, as its ticker
    /// (e.g. <c>NVDA</c>); null for an edition of an ordinary series, which reports on its whole universe.
    /// </summary>
    public string? Item { get; init; }

    /// <summary>
    /// True when the edition's lead chart is also drawn as the 800 × 450 og:image PNG: every edition of an ordinary series,
    /// and of a parameterized series only the latest published edition of each item (its security's page,
    /// <c>securities/&lt;ticker&gt;/</c>; set by <see cref="EditionPlanner.PlanAll"/>). A dated tear sheet without it points its
    /// og:image at its security page's PNG instead: one PNG per security, not one per security per period.
    /// </summary>
    public bool DrawsSocialImage { get; init; } = true;

    /// <summary>The item's URL segment (<see cref="UrlSlug.From"/> of <see cref="Item"/>, e.g. <c>nvda</c>), or null.</summary>
    public string? ItemSlug => Item is null ? null : UrlSlug.From(Item);

    /// <summary>
    /// The run of editions this one belongs to: the report's slug (<c>ai-equities</c>), or for a parameterized series the
    /// slug and the item (<c>tear-sheet/nvda</c>). "The previous edition", the ledger's versions and the cache are kept per
    /// series key.
    /// </summary>
    public string SeriesKey => Item is null ? Report.Slug : $"{Report.Slug}/{ItemSlug}";

    /// <summary>The edition's identity in messages and manifests, e.g. <c>ai-equities/2026-Q2</c> or <c>tear-sheet/nvda/2026-Q2</c>.</summary>
    public string Key => $"{SeriesKey}/{Period}";

    /// <summary>Site-relative folder of the edition page, e.g. <c>reports/ai-equities/2026-q2/</c>, or for an item of a
    /// parameterized series <c>securities/nvda/2026-q2/</c>.</summary>
    public string UrlPath => Item is null ? $"reports/{Report.Slug}/{Period.Slug}/" : $"{SecurityPath(Item)}{Period.Slug}/";

    /// <summary>Site-relative folder of the edition's charts (images and chart CSVs), e.g. <c>charts/ai-equities/2026-q2/</c>
    /// or <c>charts/tear-sheet/nvda/2026-q2/</c>.</summary>
    public string ChartFolder => $"charts/{SeriesKey}/{Period.Slug}/";

    /// <summary>Site-relative folder of a security's page (its latest tear sheet), e.g. <c>securities/nvda/</c>.</summary>
    /// <param name="ticker">The ticker, e.g. <c>NVDA</c> or <c>BRK.B</c>.</param>
    public static string SecurityPath(string ticker)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        return $"securities/{UrlSlug.From(ticker)}/";
    }
}
