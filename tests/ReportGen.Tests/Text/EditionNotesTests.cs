using System.Text;
using ReportGen.Checking;
using ReportGen.Cli.Serve;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Text;

/// <summary>Editors' notes (<c>notes/&lt;report&gt;/&lt;period&gt;.md</c>): merged into the named section of their edition only,
/// with recorded figures, and refused when they would be lost (orphans), misplaced (no such section) or carry a typed number.</summary>
public sealed class EditionNotesTests
{
    private const string Note = "notes/chips/2026-Q2.md";

    [Fact]
    public async Task Build_NoteForOneEdition_IsMergedAsTheLastParagraphsOfItsSection()
    {
        using var project = Mini();
        WriteNote(project, Note, "---\nsection: Context\nauthor: Jane Doe\n---\nThe desk expected AMD's launch to matter; the stock returned {{ (security \"AMD\").period_return | fmt.pct }} {{ cite (security \"AMD\").period_return }}.\n");

        var result = await BuildAsync(project);

        var page = Page(result, "reports/chips/2026-q2/index.html");
        var aside = page.IndexOf("<aside class=\"editor-note\" aria-label=\"Editor's note\">", StringComparison.Ordinal);
        Assert.True(aside > page.IndexOf("<h2 id=\"context\">", StringComparison.Ordinal), "the note is not inside Context");
        Assert.True(aside > page.IndexOf("<figure", StringComparison.Ordinal), "the note is not after the section's last block (its chart)");
        Assert.True(aside < page.IndexOf("<h2 id=\"data-deep-dive\">", StringComparison.Ordinal), "the note runs into the next section");
        Assert.Contains("<p class=\"editor-note-label\">Editor&#39;s note, Jane Doe</p>", page, StringComparison.Ordinal);
        Assert.Contains("total_return &#183; AMD", page[aside..], StringComparison.Ordinal); // the figure, recorded with its provenance
        Assert.Contains("AMD,", Encoding.UTF8.GetString(result.Files!.Files["reports/chips/2026-q2/figures.csv"]), StringComparison.Ordinal);
        Assert.DoesNotContain("editor-note", Page(result, "reports/chips/2026-q1/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_NoteWithoutSection_GoesToTheSectionTheReportDeclares()
    {
        using var project = Mini();
        project.Write("templates/reports/chips.sbn-md", project.Read("templates/reports/chips.sbn-md").Replace("cadence: quarterly", "cadence: quarterly\nnotes_section: Data Deep Dive", StringComparison.Ordinal));
        WriteNote(project, "notes/chips/2026-q1.md", "Supply was the story of the quarter.\n");

        var result = await BuildAsync(project);

        var page = Page(result, "reports/chips/2026-q1/index.html");
        var aside = page.IndexOf("<aside class=\"editor-note\"", StringComparison.Ordinal);
        Assert.True(aside > page.IndexOf("<h2 id=\"data-deep-dive\">", StringComparison.Ordinal));
        Assert.Contains("<p class=\"editor-note-label\">Editor&#39;s note</p>\n<p>Supply was the story of the quarter.</p>\n</aside>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_NoteForASectionTheReportLacks_IsAnErrorAtItsFirstLine()
    {
        using var project = Mini();
        WriteNote(project, Note, "---\nsection: Outlook\n---\nA word on what comes next.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("notes/chips/2026-Q2.md:1:1: error RG2041: the chips edition has no section '## Outlook' for the note; expected one of: 'Context', 'Data Deep Dive'", error.ToString());
    }

    [Fact]
    public async Task Build_NoteNamingNoSectionInAReportThatDeclaresNone_IsAnError()
    {
        using var project = Mini();
        WriteNote(project, Note, "A word.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.NoteSectionMissing, error.Code);
        Assert.Contains("declares no 'notes_section:'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_NoteFrontMatterWithAnUnknownKey_IsAnErrorAtTheKey()
    {
        using var project = Mini();
        WriteNote(project, Note, "---\nsection: Context\nsecton: Context\n---\nA word.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("notes/chips/2026-Q2.md:3:1: error RG2042: unknown key 'secton' in a note's front matter; expected only 'section:' and 'author:'", error.ToString());
    }

    [Fact]
    public async Task Build_OrphanNotes_AreErrorsAndANoteAheadOfItsDataIsAWarning()
    {
        using var project = Mini();
        WriteNote(project, "notes/chips/2025-Q2.md", "---\nsection: Context\n---\nA typo of the year.\n");
        WriteNote(project, "notes/chips/2026-Q5.md", "Not a quarter.\n");
        WriteNote(project, "notes/chips/2026-05.md", "A month, for a quarterly report.\n");
        WriteNote(project, "notes/chipz/2026-Q2.md", "A typo of the report.\n");
        WriteNote(project, "notes/todo.md", "Not in a report's folder.\n");
        WriteNote(project, "notes/chips/2026-Q4.md", "---\nsection: Context\n---\nWritten ahead.\n");

        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);

        var notes = result.Diagnostics.Where(d => d.Code is DiagnosticCodes.OrphanNote or DiagnosticCodes.NoteAhead).Select(d => d.ToString()).ToArray();
        Assert.Equal(
            [
                "notes/chips/2025-Q2.md:1:1: error RG2040: no edition of 'chips' for 2025-Q2: its editions run from 2026-Q1 to 2026-Q2; is the period mistyped?",
                "notes/chips/2026-05.md:1:1: error RG2040: '2026-05' is not a period of the quarterly report 'chips'; expected the edition's period code, such as 2026-Q2.md",
                "notes/chips/2026-Q4.md:1:1: warning RG2043: no edition of 'chips' for 2026-Q4 yet (the latest is 2026-Q2); the note is merged once that edition is built",
                "notes/chips/2026-Q5.md:1:1: error RG2040: '2026-Q5' is not a period of the quarterly report 'chips'; expected the edition's period code, such as 2026-Q2.md",
                "notes/chipz/2026-Q2.md:1:1: error RG2040: no report 'chipz'; a note's folder is the slug of a report in templates/reports: chips",
                "notes/todo.md:1:1: error RG2040: a note must be notes/<report>/<period>.md; this file is not merged into any edition",
            ],
            notes);
    }

    [Fact]
    public async Task Check_NumberTypedIntoANote_IsRefusedAtItsPosition()
    {
        using var project = Mini();
        WriteNote(project, Note, "---\nsection: Context\n---\nAMD rose 12.5% after its launch; {{ (security \"AMD\").period_return | fmt.pct }} over the quarter.\n");

        var result = await ProjectCheck.RunAsync(new BuildOptions(project.Root), CancellationToken.None);

        var typed = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TypedNumber);
        Assert.Equal("notes/chips/2026-Q2.md:4:10: error RG2007: number '12.5' typed into the prose; every figure must come from a metric through a formatter, e.g. {{ u.period_return | fmt.pct }}", typed.ToString());
    }

    [Fact]
    public async Task Check_NumberTypedIntoAnEventsWords_IsRefusedAtItsPosition()
    {
        using var project = Mini();
        project.Write("data/sources.yml", project.Read("data/sources.yml") + """
              - id: events
                title: Events
                files: [events.csv]
                supplier: Test
                citation: Test events
                origin: this repository
                licence: Same as this repository
                retrieved: 2026-11-23
                as_of: 2026-11-23

            """);
        project.Write("data/events.csv", """
            date,subject,event,source_url
            2026-04-15,NVDA,"results, revenue up 69%",https://nvidianews.nvidia.com/
            2026-05-28,NVDA,first-quarter fiscal 2027 results with H20 charges,https://nvidianews.nvidia.com/

            """);

        var result = await ProjectCheck.RunAsync(new BuildOptions(project.Root), CancellationToken.None);

        var typed = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TypedNumber);
        Assert.Equal("data/events.csv:2:38: error RG2007: number '69' typed into the prose; every figure must come from a metric through a formatter, e.g. {{ u.period_return | fmt.pct }}", typed.ToString());
    }

    [Fact]
    public void Serve_WatchesTheNotesFolder()
    {
        // Act & Assert: an edit to a note rebuilds, as an edit to a template does
        Assert.True(ProjectWatcher.IsWatched(Note));
        Assert.True(ProjectWatcher.IsWatched("templates/reports/chips.sbn-md"));
        Assert.False(ProjectWatcher.IsWatched("site/index.html"));
    }

    private static FixtureProject Mini() => new("mini");

    private static void WriteNote(FixtureProject project, string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(project.PathOf(path))!);
        project.Write(path, text);
    }

    private static async Task<BuildResult> BuildAsync(FixtureProject project)
    {
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: false, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Page(BuildResult result, string path) => Encoding.UTF8.GetString(result.Files!.Files[path]);
}
