using System.Globalization;
using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Planning;

namespace ReportGen.Checking;

/// <summary>
/// The ticker-link check of <c>reportgen check</c>: a security an edition's text prints (<see cref="RenderedEdition.Mentions"/>)
/// without a page of its own (<see cref="SecurityPages"/>) is <see cref="DiagnosticCodes.MentionWithoutPage"/>, once per
/// report and security, at the first edition's first mention. Nothing is reported when the plan has no security pages:
/// then no mention is a link, and a warning per mention would only say the project has no tear sheets.
/// </summary>
public static class MentionChecker
{
    /// <summary>Checks the mentions of <paramref name="rendered"/> against <paramref name="pages"/>.</summary>
    /// <param name="rendered">The rendered editions, in plan order.</param>
    /// <param name="pages">The covered securities of the whole plan.</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    /// <returns>The number of warnings added.</returns>
    public static int Check(IReadOnlyList<RenderedEdition> rendered, SecurityPages pages, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (pages.Count == 0)
        {
            return 0;
        }

        var found = new SortedDictionary<(string Report, string Ticker), (Text.SecurityMention First, string Period, int Editions)>();
        foreach (var edition in rendered.OrderBy(r => r.Edition.Period))
        {
            foreach (var mention in edition.Mentions.Where(m => pages.PathOf(m.Ticker) is null && m.Ticker != edition.Edition.Item))
            {
                var key = (edition.Edition.Report.Slug, mention.Ticker);
                found[key] = found.TryGetValue(key, out var seen) ? seen with { Editions = seen.Editions + 1 } : (mention, edition.Edition.Period.ToString(), 1);
            }
        }

        foreach (var ((report, ticker), (first, period, editions)) in found)
        {
            var count = editions == 1 ? $"the {period} edition" : string.Create(CultureInfo.InvariantCulture, $"{editions} editions (first {period})");
            diagnostics.Warning(
                DiagnosticCodes.MentionWithoutPage,
                $"{ticker} is named in {count} of {report} but has no page, so it is not linked: no for_each series covers it (security pages: {pages.Count}); add it to the universe or kind of a for_each series, or name it in words",
                new SourceLocation(first.Path, first.Line, first.Column));
        }

        return found.Count;
    }
}
