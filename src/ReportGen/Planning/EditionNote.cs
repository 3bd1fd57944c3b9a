namespace ReportGen.Planning;

/// <summary>An editor's note for one edition, <c>notes/&lt;report&gt;/&lt;period&gt;.md</c>: Markdown with template figure
/// references (<c>{{ security "NVDA" | ... }}</c>), merged as the last paragraphs of a section of the edition's body.</summary>
/// <param name="Path">Project-relative path, e.g. <c>notes/ai-equities/2025-Q2.md</c>.</param>
/// <param name="Text">The whole file text (front matter included, so template positions stay true to the file).</param>
/// <param name="Front">The parsed front matter (<c>section:</c>, <c>author:</c>); its body offset is where the note's Markdown starts.</param>
/// <param name="Section">The <c>## </c> heading the note merges into, from its <c>section:</c>; null when it names none (the report's
/// <c>notes_section:</c> then applies).</param>
/// <param name="Author">Who wrote it, from <c>author:</c>, shown in the note's label; null when not given.</param>
public sealed record EditionNote(string Path, string Text, FrontMatter Front, string? Section, string? Author);
