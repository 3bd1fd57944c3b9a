using ReportGen.Diagnostics;
using ReportGen.Metrics.Model;
using ReportGen.Project;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Planning;

/// <summary>
/// Reads editors' notes, <c>notes/&lt;report-slug&gt;/&lt;period code&gt;.md</c> (<see cref="ProjectLayout.Note"/>): an
/// optional Markdown file per edition with an optional front matter of <c>section:</c> (the <c>## </c> heading it merges
/// into; default: the report's <c>notes_section:</c>) and <c>author:</c>. The period code is the one the edition's period
/// prints (<c>2026-Q2</c>, <c>2026-06</c>); case does not matter.
/// </summary>
public static class NoteLoader
{
    private static readonly string[] Keys = ["section", "author"];

    /// <summary>Full path of the note of <paramref name="edition"/>, or null when it has none.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="edition">The edition.</param>
    /// <returns>The first file (ordinal order) of <c>notes/&lt;slug&gt;/</c> whose name is the edition's period.</returns>
    public static string? Find(string projectRoot, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var folder = new ProjectLayout(projectRoot).Full(ProjectLayout.NotesFolder + "/" + edition.SeriesKey);
        return SourceFiles.Enumerate(folder, "*" + ProjectLayout.NoteExtension, recursive: false)
            .FirstOrDefault(f => Period.TryParse(Path.GetFileNameWithoutExtension(f), out var p) && p == edition.Period);
    }

    /// <summary>The note of <paramref name="edition"/>, or null when it has none or its front matter is bad (reported).</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="edition">The edition.</param>
    /// <param name="diagnostics">Where a bad front matter goes (<see cref="DiagnosticCodes.BadFrontMatter"/> for bad YAML,
    /// <see cref="DiagnosticCodes.BadNoteFrontMatter"/> for an unknown key or a value that is not text).</param>
    /// <returns>The note.</returns>
    /// <exception cref="IOException">The note cannot be read.</exception>
    public static EditionNote? Load(string projectRoot, Edition edition, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Find(projectRoot, edition) is { } full ? Parse(File.ReadAllText(full), SourceFiles.Relative(projectRoot, full), diagnostics) : null;
    }

    /// <summary>Every note file under <c>notes/</c> (<c>*.md</c>, recursively), parsed, for <c>check</c>'s typed-number scan.</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="report">Only the notes of this report slug; null for all.</param>
    /// <param name="diagnostics">Where a bad front matter goes.</param>
    /// <returns>The notes whose front matter parsed, in ordinal path order.</returns>
    public static IReadOnlyList<EditionNote> All(string projectRoot, string? report, DiagnosticBag diagnostics)
    {
        var notes = new List<EditionNote>();
        foreach (var full in SourceFiles.Enumerate(new ProjectLayout(projectRoot).Notes, "*" + ProjectLayout.NoteExtension))
        {
            var path = SourceFiles.Relative(projectRoot, full);
            if (report is null || path.StartsWith($"{ProjectLayout.NotesFolder}/{report}/", StringComparison.Ordinal))
            {
                if (Parse(File.ReadAllText(full), path, diagnostics) is { } note)
                {
                    notes.Add(note);
                }
            }
        }

        return notes;
    }

    /// <summary>Parses a note's text.</summary>
    /// <param name="text">The file text.</param>
    /// <param name="path">Its project-relative path.</param>
    /// <param name="diagnostics">Where a bad front matter goes.</param>
    /// <returns>The note, or null when its front matter is bad.</returns>
    public static EditionNote? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var front = FrontMatter.Parse(text, path, diagnostics);
        if (front is null)
        {
            return null;
        }

        var ok = true;
        foreach (var (key, value) in front.Data.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            var line = (int)key.Start.Line + 1;
            if (!Keys.Contains(name, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.BadNoteFrontMatter, $"unknown key '{name}' in a note's front matter; expected only {string.Join(" and ", Keys.Select(k => $"'{k}:'"))}", new SourceLocation(path, line, (int)key.Start.Column));
                ok = false;
            }
            else if (value is not YamlScalarNode { Value.Length: > 0 })
            {
                diagnostics.Error(DiagnosticCodes.BadNoteFrontMatter, $"'{name}:' in a note's front matter must be text, e.g. {(name == "section" ? "'section: Outlook'" : "'author: Jane Doe'")}", new SourceLocation(path, line, (int)key.Start.Column));
                ok = false;
            }
        }

        return ok ? new EditionNote(path, text, front, front.Scalar("section")?.Trim(), front.Scalar("author")?.Trim()) : null;
    }

    /// <summary>
    /// Reports every note that no planned edition will merge: under <c>notes/</c> a note must be
    /// <c>&lt;report-slug&gt;/&lt;period&gt;.md</c> for a report that exists, with a period of its cadence that has an edition
    /// (<see cref="DiagnosticCodes.OrphanNote"/>, an error: the editor's words would be lost, and the likely cause is a typo of
    /// the period). A note for a period after the report's latest planned edition is written ahead of its data
    /// (<see cref="DiagnosticCodes.NoteAhead"/>, a warning).
    /// </summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="reports">The reports being built.</param>
    /// <param name="editions">The planned editions.</param>
    /// <param name="allReports">False when the build is limited to some reports (<c>--report</c>): notes of other folders are
    /// then not looked at.</param>
    /// <param name="diagnostics">Where the problems go, at line 1 of each note.</param>
    public static void CheckOrphans(string projectRoot, IReadOnlyList<ReportDefinition> reports, IReadOnlyList<Edition> editions, bool allReports, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var bySlug = reports.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        // The plan indexed once (by series, and the item slugs of each report), not scanned per note: the scale bench
        // plans 40,000 editions.
        var bySeries = new Lazy<ILookup<string, Period>>(() => editions.ToLookup(e => e.SeriesKey, e => e.Period, StringComparer.Ordinal));
        var itemsOf = new Lazy<ILookup<string, string>>(() => editions.Where(e => e.ItemSlug is not null).ToLookup(e => e.Report.Slug, e => e.ItemSlug!, StringComparer.Ordinal));
        foreach (var full in SourceFiles.Enumerate(new ProjectLayout(projectRoot).Notes, "*" + ProjectLayout.NoteExtension))
        {
            var path = SourceFiles.Relative(projectRoot, full);
            var at = new SourceLocation(path, 1, 1);
            var parts = path.Split('/');
            var seriesKey = parts.Length >= 3 ? parts[1] : string.Empty;
            if (parts.Length >= 3 && bySlug.TryGetValue(parts[1], out var parameterized) && parameterized.ForEach is not null)
            {
                // A parameterized series keeps one folder of notes per item: notes/<report>/<item>/<period>.md.
                if (ItemNoteFolder(parameterized, parts, itemsOf.Value, at, diagnostics) is not { } item)
                {
                    continue;
                }

                seriesKey = $"{parts[1]}/{item}";
                parts = [parts[0], parts[1], parts[3]];
            }

            if (parts.Length != 3 || !bySlug.TryGetValue(parts[1], out var report))
            {
                if (allReports || parts.Length != 3)
                {
                    var known = string.Join(", ", bySlug.Keys.Order(StringComparer.Ordinal));
                    diagnostics.Error(DiagnosticCodes.OrphanNote, parts.Length != 3
                        ? $"a note must be {ProjectLayout.NotesFolder}/<report>/<period>{ProjectLayout.NoteExtension}; this file is not merged into any edition"
                        : $"no report '{parts[1]}'; a note's folder is the slug of a report in {ProjectLayout.ReportsFolder}: {known}", at);
                }

                continue;
            }

            var name = Path.GetFileNameWithoutExtension(full);
            var planned = bySeries.Value[seriesKey].Order().ToList();
            var example = planned.Count > 0 ? planned[^1].ToString() : report.FirstPeriod.ToString();
            if (!Period.TryParse(name, out var period) || period.Kind != report.Cadence)
            {
                diagnostics.Error(DiagnosticCodes.OrphanNote, $"'{name}' is not a period of the {report.Front.Scalar("cadence") ?? report.Cadence.ToString().ToLowerInvariant()} report '{report.Slug}'; expected the edition's period code, such as {example}{ProjectLayout.NoteExtension}", at);
            }
            else if (planned.Count > 0 ? period > planned[^1] : period >= report.FirstPeriod)
            {
                var latest = planned.Count > 0 ? $"the latest is {planned[^1]}" : "it has none yet";
                diagnostics.Warning(DiagnosticCodes.NoteAhead, $"no edition of '{report.Slug}' for {period} yet ({latest}); the note is merged once that edition is built", at);
            }
            else if (!planned.Contains(period))
            {
                var range = planned.Count > 0 ? $"its editions run from {planned[0]} to {planned[^1]}" : "it has no edition yet";
                diagnostics.Error(DiagnosticCodes.OrphanNote, $"no edition of '{report.Slug}' for {period}: {range}; is the period mistyped?", at);
            }
        }
    }

    // The item folder of a note of a parameterized series (notes/<report>/<item>/<period>.md), or null after reporting a
    // note that is not in one, or whose folder names no item of the series (with the closest item folders).
    private static string? ItemNoteFolder(ReportDefinition report, string[] parts, ILookup<string, string> itemsOf, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (parts.Length != 4)
        {
            diagnostics.Error(DiagnosticCodes.ForEachNoteItem, $"'{report.Slug}' makes one edition per security, so its notes are {ProjectLayout.NotesFolder}/{report.Slug}/<item>/<period>{ProjectLayout.NoteExtension}, e.g. {ProjectLayout.NotesFolder}/{report.Slug}/nvda/{report.FirstPeriod}{ProjectLayout.NoteExtension}; this file is not merged into any edition", at);
            return null;
        }

        var items = itemsOf[report.Slug].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!items.Contains(parts[2], StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.ForEachNoteItem, $"'{parts[2]}' is not a security of the series '{report.Slug}' (a note's folder is the item's URL segment, the lower-case ticker){NameSuggestions.Hint(parts[2], items)}", at);
            return null;
        }

        return parts[2];
    }
}
