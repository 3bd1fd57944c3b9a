using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Config;
using ReportGen.Diagnostics;
using ReportGen.Planning;
using Scriban.Runtime;

namespace ReportGen.Text;

/// <summary>
/// Merges an editor's note (<see cref="EditionNote"/>) into an edition's rendered Markdown body: the note is rendered with
/// the edition's template functions (its figures are recorded like the body's), converted to HTML and placed, as an
/// <c>&lt;aside class="editor-note"&gt;</c> labelled "Editor's note" (", &lt;author&gt;" when given), after the last paragraph
/// of its section: just before the next heading of level 1 or 2 that follows the section's <c>## </c> heading, or at the end
/// of the body.
/// </summary>
public static partial class EditionNotes
{
    /// <summary>The front-matter key of a report that names the section notes merge into when a note names none.</summary>
    public const string ReportSectionKey = "notes_section";

    /// <summary>The CSS class of the note's aside; its label has <c>editor-note-label</c>.</summary>
    public const string CssClass = "editor-note";

    /// <summary>Renders <paramref name="note"/> and merges it into <paramref name="body"/>.</summary>
    /// <param name="note">The edition's note.</param>
    /// <param name="report">The edition's report (its <c>notes_section:</c>).</param>
    /// <param name="body">The edition's rendered Markdown body.</param>
    /// <param name="globals">The edition's template globals, after the body rendered (its variables are visible).</param>
    /// <param name="config">Site settings (whether raw HTML is allowed).</param>
    /// <param name="diagnostics">Where template errors of the note go, and <see cref="DiagnosticCodes.NoteSectionMissing"/>
    /// when the section is not a heading of the body (or no section is named), at the note's line 1.</param>
    /// <param name="links">The edition's ticker links: a security the note prints through the engine (<c>name</c>, a view's
    /// name or ticker) links to its page; a ticker typed in the note's prose stays text. Null for none.</param>
    /// <returns>The body with the note, or null on error.</returns>
    public static string? Merge(EditionNote note, ReportDefinition report, string body, ScriptObject globals, SiteConfig config, DiagnosticBag diagnostics, SecurityLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var at = new SourceLocation(note.Path, 1, 1);
        var section = note.Section ?? report.Front.Scalar(ReportSectionKey)?.Trim();
        if (string.IsNullOrEmpty(section))
        {
            diagnostics.Error(DiagnosticCodes.NoteSectionMissing, $"the note names no section and {report.Path} declares no '{ReportSectionKey}:'; expected 'section: <a ## heading of the report>' in the note's front matter", at);
            return null;
        }

        var lines = body.Split('\n');
        var (start, end) = Find(lines, section);
        if (start < 0)
        {
            var headings = string.Join(", ", Headings(lines).Where(h => h.Level == 2).Select(h => $"'{h.Text}'"));
            diagnostics.Error(DiagnosticCodes.NoteSectionMissing, $"the {report.Slug} edition has no section '## {section}' for the note; expected one of: {headings}", at);
            return null;
        }

        var template = TemplateRenderer.Parse(note.Text, note.Path, note.Front.BodyOffset, note.Front.BodyLine, diagnostics, markdown: true);
        var markdown = template is null ? null : TemplateRenderer.Render(template, globals, note.Text, note.Path, diagnostics, mode: RenderMode.Markdown, culture: config.Culture, links: links);
        if (markdown is null)
        {
            return null;
        }

        var label = "Editor's note" + (string.IsNullOrEmpty(note.Author) ? string.Empty : ", " + note.Author);
        var aside = $"<aside class=\"{CssClass}\" aria-label=\"Editor's note\">\n<p class=\"{CssClass}-label\">{WebUtility.HtmlEncode(label)}</p>\n{MarkdownRenderer.ToHtml(markdown.Trim(), config.AllowRawHtml)}</aside>";
        var merged = new StringBuilder();
        merged.AppendJoin('\n', lines[..end].Reverse().SkipWhile(string.IsNullOrWhiteSpace).Reverse());
        merged.Append("\n\n").Append(MarkdownRenderer.Protect(aside)).Append("\n\n");
        merged.AppendJoin('\n', lines[end..]);
        return merged.ToString();
    }

    // The line of the section's "## " heading and the line of the next heading of level 1 or 2 (or the line count); (-1, -1)
    // when the section is not there.
    private static (int Start, int End) Find(string[] lines, string section)
    {
        var headings = Headings(lines).ToList();
        var i = headings.FindIndex(h => h.Level == 2 && string.Equals(h.Text, section, StringComparison.OrdinalIgnoreCase));
        if (i < 0)
        {
            return (-1, -1);
        }

        var next = headings.Skip(i + 1).FirstOrDefault(h => h.Level <= 2);
        return (headings[i].Line, next.Text is null ? lines.Length : next.Line);
    }

    // ATX headings outside fenced code blocks.
    private static IEnumerable<(int Line, int Level, string Text)> Headings(string[] lines)
    {
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (!fenced && Heading().Match(lines[i]) is { Success: true } m)
            {
                yield return (i, m.Groups["hashes"].Length, m.Groups["text"].Value.Trim());
            }
        }
    }

    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
