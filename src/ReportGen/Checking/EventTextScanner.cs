using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Project;

namespace ReportGen.Checking;

/// <summary>
/// Finds numbers typed into the <c>event</c> words of <c>data/events.csv</c> (<see cref="DiagnosticCodes.TypedNumber"/>):
/// templates print those words as they are, so "revenue of $44.1bn" would be a figure nobody computed. The rules of
/// <see cref="TypedNumberScanner"/> apply (years such as "fiscal 2026", tickers and words with digits such as "H20" pass).
/// </summary>
public static class EventTextScanner
{
    /// <summary>Scans the event column of the project's events calendar, when there is one.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="diagnostics">Receives one error per typed number, at its line and column in events.csv.</param>
    public static void Scan(string projectRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var layout = new ProjectLayout(projectRoot);
        var found = SourceFiles.Enumerate(layout.Data, Path.GetFileName(ProjectLayout.EventsFile), recursive: false);
        var ignored = new DiagnosticBag(); // the build reports the file's own problems
        if (found.Count == 0 || CsvFile.Read(found[0], ProjectLayout.EventsFile, ignored) is not { } file
            || CsvColumns.Read(file, ["date", "subject", "event", "source_url"], [], ignored) is not { } columns)
        {
            return;
        }

        // The file with everything but the event words blanked, line for line and column for column, so that the
        // scanner's positions are those of the file.
        var field = columns["event"];
        var lines = new string[file.Rows.Count == 0 ? 0 : file.Rows.Max(r => r.Line)];
        Array.Fill(lines, string.Empty);
        foreach (var row in file.Rows.Skip(1).Where(r => field < r.Fields.Count && !r.RawLine.Contains('\n', StringComparison.Ordinal)))
        {
            var start = row.ColumnOf(field) - 1;
            var end = field + 1 < row.Fields.Count ? row.ColumnOf(field + 1) - 2 : row.RawLine.Length;
            lines[row.Line - 1] = new string(' ', start) + row.RawLine[start..Math.Max(start, end)];
        }

        TypedNumberScanner.Scan(string.Join('\n', lines), 0, ProjectLayout.EventsFile, diagnostics);
    }
}
