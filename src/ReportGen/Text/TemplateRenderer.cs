using ReportGen.Diagnostics;
using ReportGen.Metrics;
using ReportGen.Text.Functions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Text;

/// <summary>
/// Parses and renders Scriban templates in ReportGen's strict context, turning every parse or runtime failure into a
/// diagnostic at the template's own file, line and column.
/// </summary>
public static class TemplateRenderer
{
    /// <summary>Parses <paramref name="text"/> from <paramref name="offset"/> on, counting lines from <paramref name="line"/>, so positions are true to the file.</summary>
    /// <param name="text">The whole file text.</param>
    /// <param name="path">Project-relative path for diagnostics.</param>
    /// <param name="offset">0-based character offset where the template starts.</param>
    /// <param name="line">0-based line of that offset.</param>
    /// <param name="diagnostics">Where syntax errors go (<see cref="DiagnosticCodes.TemplateSyntax"/>).</param>
    /// <returns>The template, or null when it has syntax errors.</returns>
    public static Template? Parse(string text, string path, int offset, int line, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var template = Template.Parse(text, path, lexerOptions: new LexerOptions { StartPosition = new TextPosition(offset, line, 0) });
        if (!template.HasErrors)
        {
            return template;
        }

        var lines = SplitLines(text);
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            diagnostics.Add(At(DiagnosticCodes.TemplateSyntax, message.Message, path, message.Span, lines));
        }

        return null;
    }

    /// <summary>Parses a template held in a front-matter value (e.g. the headline) at its YAML line.</summary>
    /// <param name="value">The template text.</param>
    /// <param name="path">Project-relative path for diagnostics.</param>
    /// <param name="fileLine">1-based line of the value in the file.</param>
    /// <param name="diagnostics">Where syntax errors go.</param>
    public static Template? ParseValue(string value, string path, int fileLine, DiagnosticBag diagnostics) =>
        Parse(value, path, 0, fileLine - 1, diagnostics);

    /// <summary>Renders a parsed template with <paramref name="globals"/>.</summary>
    /// <param name="template">The template.</param>
    /// <param name="globals">The variables and functions it may use.</param>
    /// <param name="fileText">The file's text, for the excerpt under an error.</param>
    /// <param name="path">Project-relative path for diagnostics.</param>
    /// <param name="diagnostics">Where runtime errors go: unknown names (RG2002), unit mismatches (RG2003), missing data (RG2006),
    /// NaN or infinite metrics (RG3001).</param>
    /// <param name="loader">Resolves <c>include</c>, or null when includes are not allowed.</param>
    /// <param name="markdown">The output is Markdown (a report body): data strings are also Markdown-escaped.</param>
    /// <returns>The output, or null on error.</returns>
    public static string? Render(Template template, ScriptObject globals, string fileText, string path, DiagnosticBag diagnostics, ITemplateLoader? loader = null, bool markdown = false)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var context = new ReportTemplateContext { TemplateLoader = loader, MarkdownOutput = markdown };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var (code, message) = Classify(e);
            var spanPath = string.IsNullOrEmpty(e.Span.FileName) ? path : e.Span.FileName;
            var text = spanPath == path ? fileText : (loader as PartialLoader)?.TextOf(spanPath) ?? string.Empty;
            diagnostics.Add(At(code, message, spanPath, e.Span, SplitLines(text)));
            return null;
        }
        catch (InsufficientDataException e)
        {
            diagnostics.Error(DiagnosticCodes.MetricUnavailable, e.Message, SourceLocation.File(path));
            return null;
        }
        catch (NonFiniteMetricException e)
        {
            diagnostics.Error(DiagnosticCodes.NonFiniteMetric, e.Message, SourceLocation.File(path));
            return null;
        }
    }

    private static (string Code, string Message) Classify(ScriptRuntimeException e)
    {
        if (e is TemplateFunctionException f)
        {
            return (f.Code, f.OriginalMessage);
        }

        for (Exception? inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case InsufficientDataException data:
                    return (DiagnosticCodes.MetricUnavailable, data.Message);
                case NonFiniteMetricException nonFinite:
                    return (DiagnosticCodes.NonFiniteMetric, nonFinite.Message);
                case KeyNotFoundException key:
                    return (DiagnosticCodes.TemplateRuntime, key.Message);
            }
        }

        return (DiagnosticCodes.TemplateRuntime, e.OriginalMessage);
    }

    private static Diagnostic At(string code, string message, string path, SourceSpan span, string[] lines)
    {
        var line = span.Start.Line + 1;
        var column = span.Start.Column + 1;
        var excerpt = line >= 1 && line <= lines.Length ? lines[line - 1] : null;
        return Diagnostic.Error(code, message, new SourceLocation(path, line, column), excerpt);
    }

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
