using ReportGen.Diagnostics;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Site;

/// <summary>Reads the FAQ entries in <c>templates/faq/*.md</c> (front matter <c>question</c>, <c>tags</c>, <c>reports</c>, optional <c>slug</c>; Markdown body).</summary>
public static class FaqLoader
{
    /// <summary>Loads every entry, ordered by file name (ordinal).</summary>
    /// <param name="projectRoot">The project folder.</param>
    /// <param name="diagnostics">Where a missing question or bad front matter (<see cref="DiagnosticCodes.BadFaqEntry"/>) and a duplicate slug
    /// (<see cref="DiagnosticCodes.PathCollision"/>) are reported.</param>
    /// <param name="allowRawHtml">Let HTML typed into an entry's Markdown through (reportgen.yml <c>raw_html: true</c>); false shows it as text.</param>
    /// <returns>The well-formed entries; none when the folder does not exist.</returns>
    public static IReadOnlyList<FaqEntry> Run(string projectRoot, DiagnosticBag diagnostics, bool allowRawHtml = false)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var entries = new List<FaqEntry>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var full in SourceFiles.Enumerate(new ProjectLayout(projectRoot).Faq, "*.md", recursive: false))
        {
            var path = SourceFiles.Relative(projectRoot, full);
            var entry = Parse(File.ReadAllText(full), path, diagnostics, allowRawHtml);
            if (entry is null)
            {
                continue;
            }

            if (seen.TryGetValue(entry.Slug, out var other))
            {
                diagnostics.Error(DiagnosticCodes.PathCollision, $"FAQ slug '{entry.Slug}' is already used by {other}; expected a unique file name or 'slug:'", SourceLocation.File(path));
                continue;
            }

            seen[entry.Slug] = path;
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>Parses one entry.</summary>
    /// <param name="text">The file text.</param>
    /// <param name="path">Project-relative path; its file name (without <c>.md</c>) is the slug unless the front matter sets <c>slug</c>.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="allowRawHtml">Let HTML typed into the Markdown through; false (the default) shows it as text.</param>
    /// <returns>The entry, or null when it has no question or its front matter is malformed.</returns>
    public static FaqEntry? Parse(string text, string path, DiagnosticBag diagnostics, bool allowRawHtml = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        var front = FrontMatter.Parse(text, path, diagnostics);
        if (front is null)
        {
            return null;
        }

        var question = front.Scalar("question")?.Trim();
        if (string.IsNullOrEmpty(question))
        {
            diagnostics.Error(DiagnosticCodes.BadFaqEntry, "FAQ entry has no 'question'; expected front matter such as 'question: How are returns calculated?'", new SourceLocation(path, 1, 1));
            return null;
        }

        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var slug = UrlSlug.From(front.Scalar("slug") is { Length: > 0 } s ? s : name);
        var reports = front.List("reports").Select(UrlSlug.From).Distinct(StringComparer.Ordinal).ToList();
        var tags = front.List("tags").Where(t => t.Trim().Length > 0).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return new FaqEntry(slug, path, question, tags, reports, MarkdownRenderer.ToHtml(text[front.BodyOffset..], allowRawHtml));
    }
}
