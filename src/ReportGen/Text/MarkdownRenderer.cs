using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace ReportGen.Text;

/// <summary>Markdown to HTML with Markdig: pipe tables, GitHub-style heading ids, footnotes, LF newlines.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseFootnotes()
        .UseEmphasisExtras()
        .ConfigureNewLine("\n")
        .Build();

    /// <summary>Converts Markdown (with inline HTML from our functions) to an HTML fragment.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <returns>HTML with LF line endings.</returns>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
