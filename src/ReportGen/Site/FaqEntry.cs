namespace ReportGen.Site;

/// <summary>One FAQ entry from <c>templates/faq/&lt;file&gt;.md</c>: a question and its Markdown answer.</summary>
/// <param name="Slug">URL segment (<c>/faq/&lt;slug&gt;/</c>): the front matter's <c>slug</c> or the file name, made safe by <see cref="Project.UrlSlug.From"/>.</param>
/// <param name="Path">Project-relative path of the file, for diagnostics.</param>
/// <param name="Question">The question as the reader would ask it, plain text.</param>
/// <param name="Tags">Topic tags as written (slugs are derived where URLs are built).</param>
/// <param name="Reports">Slugs of the report series the entry relates to; their editions show it.</param>
/// <param name="AnswerHtml">The answer, Markdown rendered to HTML.</param>
public sealed record FaqEntry(string Slug, string Path, string Question, IReadOnlyList<string> Tags, IReadOnlyList<string> Reports, string AnswerHtml);
