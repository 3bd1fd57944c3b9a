using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Data;

/// <summary>Reads the events calendar <c>data/events.csv</c>: <c>date,subject,event,source_url</c>, one row per event, in any
/// order. Every bad row is reported at its field: a bad date (<see cref="DiagnosticCodes.BadDate"/>), an empty field
/// (<see cref="DiagnosticCodes.EmptyField"/>), a URL that is not absolute http(s) (<see cref="DiagnosticCodes.BadEventUrl"/>),
/// the same event twice (<see cref="DiagnosticCodes.DuplicateEvent"/>). Subjects are checked once every file is read.</summary>
internal static class EventsFileReader
{
    /// <summary>Parses the file; every good row goes to <paramref name="events"/> with its row and subject field, so that the
    /// subject can be checked against the security master and universes later.</summary>
    public static void Read(CsvFile file, string sourceId, List<(CsvFile File, CsvRow Row, int Field, CalendarEvent Event)> events, DiagnosticBag diagnostics)
    {
        var columns = CsvColumns.Read(file, ["date", "subject", "event", "source_url"], [], diagnostics);
        if (columns is null)
        {
            return;
        }

        var seen = new Dictionary<(DateOnly, string, string), int>();
        foreach (var row in file.Rows.Skip(1))
        {
            if (!FieldReader.FieldCountMatches(file, row, columns.Count, diagnostics)
                || !FieldReader.TryDate(file, row, columns["date"], "date", diagnostics, out var date))
            {
                continue;
            }

            var subject = columns.Get(row, "subject");
            var text = columns.Get(row, "event");
            var url = columns.Get(row, "source_url");
            (string Field, string Expected)? empty = subject.Length == 0 ? ("subject", "a ticker such as NVDA or a universe such as ai-leaders")
                : text.Length == 0 ? ("event", "what happened, such as first-quarter results")
                : url.Length == 0 ? ("source_url", "the address of the page that documents the event, such as https://nvidianews.nvidia.com/")
                : null;
            if (empty is { } missing)
            {
                FieldReader.Empty(file, row, columns[missing.Field], missing.Field, missing.Expected, diagnostics);
                continue;
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.BadEventUrl, $"'{url}' in {FieldReader.Column("source_url", columns["source_url"])} is not a web address; expected an absolute http or https URL such as https://nvidianews.nvidia.com/", FieldReader.At(file, row, columns["source_url"]), row.RawLine);
                continue;
            }

            if (seen.TryGetValue((date, subject, text), out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateEvent, string.Create(CultureInfo.InvariantCulture, $"the event '{text}' of '{subject}' on {date:yyyy-MM-dd} is already listed on line {first}; expected each event once"), FieldReader.At(file, row, columns["event"]), row.RawLine);
                continue;
            }

            seen[(date, subject, text)] = row.Line;
            events.Add((file, row, columns["subject"], new CalendarEvent(date, subject, text, uri, sourceId)));
        }
    }
}
