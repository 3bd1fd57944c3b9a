using ReportGen.Charts;

namespace ReportGen.Site;

/// <summary>
/// Which notes mention which security: the reverse of each rendered edition's <see cref="RenderedEdition.Mentions"/> (the
/// securities its text printed through the engine, <c>Text/SecurityLinks</c>), so a tear sheet can list the notes that
/// name its security. Built at assembly from every rendering of the build, fresh or from the cache, so a tear sheet's
/// list follows the notes as they are now: a note that stops (or starts) mentioning a security changes its own cache key,
/// and the tear sheet's page is laid out again from the renderings on every build.
/// </summary>
public sealed class MentionIndex
{
    private readonly Dictionary<string, List<RenderedEdition>> _notes;

    private MentionIndex(Dictionary<string, List<RenderedEdition>> notes) => _notes = notes;

    /// <summary>The index of <paramref name="editions"/>: only notes count (editions of series without <c>for_each</c>,
    /// <see cref="Planning.Edition.Item"/> null) that are not drafts; tear sheets mentioning each other are not notes.</summary>
    /// <param name="editions">Every rendered edition of the build, in any order.</param>
    /// <returns>For each mentioned ticker, its notes ordered newest as-of date first, then by series slug and period (ordinal),
    /// so the order does not depend on the order of <paramref name="editions"/>.</returns>
    public static MentionIndex From(IEnumerable<RenderedEdition> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var notes = new Dictionary<string, List<RenderedEdition>>(StringComparer.Ordinal);
        foreach (var e in editions.Where(e => e.Edition.Item is null && !e.Edition.IsDraft))
        {
            foreach (var ticker in e.Mentions.Select(m => m.Ticker).Distinct(StringComparer.Ordinal))
            {
                if (!notes.TryGetValue(ticker, out var list))
                {
                    notes[ticker] = list = [];
                }

                list.Add(e);
            }
        }

        foreach (var list in notes.Values)
        {
            list.Sort(static (a, b) =>
            {
                var byDate = b.Edition.AsOf.CompareTo(a.Edition.AsOf);
                if (byDate != 0)
                {
                    return byDate;
                }

                var bySeries = string.CompareOrdinal(a.Edition.Report.Slug, b.Edition.Report.Slug);
                return bySeries != 0 ? bySeries : a.Edition.Period.CompareTo(b.Edition.Period);
            });
        }

        return new MentionIndex(notes);
    }

    /// <summary>The notes that mention <paramref name="ticker"/> with data as of <paramref name="asOf"/> or earlier (a tear
    /// sheet of Q3 2025 lists the notes a reader had then, not later ones), newest first.</summary>
    /// <param name="ticker">A ticker as in data/securities.csv, e.g. <c>NVDA</c> (case-sensitive).</param>
    /// <param name="asOf">The as-of date of the page that lists them.</param>
    /// <returns>The notes; empty when none mentions the ticker.</returns>
    public IReadOnlyList<RenderedEdition> NotesMentioning(string ticker, DateOnly asOf) =>
        _notes.TryGetValue(ticker, out var list) ? [.. list.Where(e => e.Edition.AsOf <= asOf)] : [];
}
