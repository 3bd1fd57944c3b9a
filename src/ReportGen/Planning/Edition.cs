using ReportGen.Metrics.Model;

namespace ReportGen.Planning;

/// <summary>One report for one period: one page, its charts, its figures.</summary>
/// <param name="Report">The series.</param>
/// <param name="Period">The period reported on.</param>
/// <param name="AsOf">The last trading day the edition may read (the period's last trading day, or the data's last day for a draft).</param>
/// <param name="IsDraft">True for the current, incomplete period (built only with --drafts).</param>
public sealed record Edition(ReportDefinition Report, Period Period, DateOnly AsOf, bool IsDraft)
{
    /// <summary>Site-relative folder of the edition page, e.g. <c>reports/ai-equities/2026-q2/</c>.</summary>
    public string UrlPath => $"reports/{Report.Slug}/{Period.Slug}/";
}
