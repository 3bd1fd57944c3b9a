using ReportGen.Diagnostics;

namespace ReportGen.Data;

public static partial class LoadData
{
    /// <summary>The events calendar, once every file is read: each event's subject must be a ticker of the security master
    /// or a universe (<see cref="DiagnosticCodes.UnknownEventSubject"/>); the good events ascending by date, then subject
    /// and text.</summary>
    private static List<CalendarEvent> CheckEvents(LoadContext context, DiagnosticBag diagnostics)
    {
        var events = new List<CalendarEvent>();
        foreach (var (file, row, field, e) in context.EventRows)
        {
            if (context.Securities.ContainsKey(e.Subject) || context.Universes.ContainsKey(e.Subject))
            {
                events.Add(e);
                continue;
            }

            var universes = context.Universes.Count == 0 ? "a universe of data/universes.csv" : "one of the universes " + string.Join(", ", context.Universes.Keys.Order(StringComparer.Ordinal));
            diagnostics.Error(DiagnosticCodes.UnknownEventSubject, $"'{e.Subject}' in {FieldReader.Column("subject", field)} is neither a ticker of data/securities.csv nor a universe; expected a ticker such as NVDA or {universes}", FieldReader.At(file, row, field), row.RawLine);
        }

        return [.. events.OrderBy(e => e.Date).ThenBy(e => e.Subject, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal)];
    }
}
