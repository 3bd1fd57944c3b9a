namespace ReportGen.Text;

/// <summary>
/// What a render produces, fixed for the whole render (it is a property of the render's <see cref="ReportTemplateContext"/>,
/// never a switch on the functions): it decides how data strings are escaped and whether ReportGen's functions write
/// their markup (figures, citations) or plain text.
/// </summary>
public enum RenderMode
{
    /// <summary>HTML (a layout or a partial): data strings are HTML-escaped; functions write their markup.</summary>
    Html,

    /// <summary>
    /// Markdown (a report body): data strings are HTML- and Markdown-escaped; functions write their markup, which passes
    /// through Markdown untouched (<see cref="MarkdownRenderer.Protect"/>).
    /// </summary>
    Markdown,

    /// <summary>
    /// Plain text, HTML-escaped (a headline, a dek, a chart title): data strings are HTML-escaped; a figure is its printed
    /// text and a citation its words, without the markup of the figure and citation partials. The caller decodes the output.
    /// </summary>
    PlainText,
}
