using ReportGen.Facts;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using static ReportGen.Text.Functions.FunctionArguments;

namespace ReportGen.Text.Functions;

/// <summary>
/// Events: the template functions over the events calendar (<c>data/events.csv</c>), <c>events</c> (the events of a
/// ticker or universe in the edition's period) and <c>after_event</c> (the total return over an event window, a metric
/// value to print with <c>move</c> or <c>fmt.pct</c>). An event's citation, <c>cite e</c>, links its source URL
/// (<see cref="CitationFunctions"/>).
/// </summary>
/// <param name="scope">The edition's facts: the events cut at its as-of date.</param>
internal sealed class EventFunctions(EditionScope scope)
{
    [TemplateFunction("events")]
    [TemplateExample("{{ for e in (events \"UP\") }}{{ e.date | fmt.date }}: {{ e.event }}{{ end }}", "Jan 1, 2026: quarterly results")]
    [TemplateExample("{{ if (events \"DOWN\").size == 0 }}no events{{ end }}", "no events")]
    private ScriptArray Events(TemplateContext context, SourceSpan span, object subject)
    {
        var name = subject switch
        {
            string s => s,
            SecurityView s => s.Ticker,
            UniverseView u => u.Name,
            _ => throw new ScriptRuntimeException(span, $"events expects a ticker, a universe name, a security or a universe; got {Describe(subject)}"),
        };
        return new ScriptArray(Guard(span, () => scope.EventsOf(name)));
    }

    [TemplateFunction("after_event")]
    [TemplateExample("{{ e = events \"UP\" | array.first }}{{ move (after_event e 3) }} {{ cite e }}", "rose 4.2% (Source: example.com, Jan 1, 2026)")]
    [TemplateExample("{{ e = events \"UP\" | array.first }}{{ (after_event e 3).inputs }}", "Adj Close 2025-12-31 95 (last close before the event on 2026-01-01: quarterly results) → 2026-01-06 99 (3 sessions after)")]
    private MetricValue AfterEvent(TemplateContext context, SourceSpan span, object e, int sessions)
    {
        if (e is not EventView view)
        {
            throw new ScriptRuntimeException(span, $"after_event expects an event from events (for e in (events \"NVDA\")); got {Describe(e)}");
        }

        if (sessions < 1)
        {
            throw new ScriptRuntimeException(span, $"after_event: the window must run at least one session after the event; got {sessions}");
        }

        return Guard(span, () => scope.AfterEvent(view, sessions));
    }
}
