using ReportGen.Data;

namespace ReportGen.Facts;

/// <summary>
/// One event of the events calendar as a template sees it (<c>events "NVDA"</c>): <c>e.date</c>, <c>e.subject</c>,
/// <c>e.event</c>, <c>e.source_url</c> and <c>e.sessions_after</c>. Its move is the figure <c>after_event e N</c>; its citation
/// (<c>cite e</c>) links <see cref="SourceUrl"/>.
/// </summary>
/// <param name="Date">The day of the event.</param>
/// <param name="Subject">The ticker or universe it concerns.</param>
/// <param name="Event">What happened, in the editor's words.</param>
/// <param name="SourceUrl">The absolute http(s) address of the page that documents it.</param>
/// <param name="SessionsAfter">Trading sessions after <paramref name="Date"/> up to the edition's as-of date in the subject's
/// adjusted closes (for a universe, the fewest of its members'): the largest N that <c>after_event</c> accepts.</param>
public sealed record EventView(DateOnly Date, string Subject, string Event, string SourceUrl, int SessionsAfter)
{
    /// <summary>The calendar row it shows (data set id included).</summary>
    internal CalendarEvent? Row { get; init; }
}
