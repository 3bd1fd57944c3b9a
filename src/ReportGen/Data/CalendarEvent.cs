namespace ReportGen.Data;

/// <summary>One dated event of the events calendar <c>data/events.csv</c> (<c>date,subject,event,source_url</c>).</summary>
/// <param name="Date">The day of the event (the announcement date; any calendar day).</param>
/// <param name="Subject">A ticker of data/securities.csv (<c>NVDA</c>) or a universe of data/universes.csv (<c>ai-leaders</c>).</param>
/// <param name="Text">What happened, in the editor's words, e.g. "first-quarter fiscal 2026 results".</param>
/// <param name="SourceUrl">Where the event is documented: an absolute http(s) URL, cited on the page.</param>
/// <param name="SourceId">The data set of data/sources.yml that covers events.csv.</param>
public sealed record CalendarEvent(DateOnly Date, string Subject, string Text, Uri SourceUrl, string SourceId);
