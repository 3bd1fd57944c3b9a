using System.Globalization;
using ReportGen.Config;
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
    /// <summary>
    /// How long one render (a report body, a front-matter value or a layout with its partials) may run: 60 s of wall-clock
    /// time, against a few milliseconds for a real page. It was 10 s until a loaded 2-core CI machine stopped ordinary
    /// renders past it (the sample's scenario check, and the scale bench at 1,000 securities): wall-clock time counts the
    /// time a render waits for a core, so the bound must leave room for a busy machine and still stop a runaway. <see cref="ReportTemplateContext"/>'s loop and recursion limits do not bound
    /// everything (a function calling itself twice makes 2^n calls at depth n), so the time is bounded too. Scriban checks
    /// it before each statement and loop step; past it the render stops with <see cref="DiagnosticCodes.TemplateTimeLimit"/>.
    /// </summary>
    public static TimeSpan DefaultTimeLimit { get; } = TimeSpan.FromSeconds(60);

    /// <summary>Parses <paramref name="text"/> from <paramref name="offset"/> on, counting lines from <paramref name="line"/>, so positions are true to the file.</summary>
    /// <param name="text">The whole file text.</param>
    /// <param name="path">Project-relative path for diagnostics.</param>
    /// <param name="offset">0-based character offset where the template starts.</param>
    /// <param name="line">0-based line of that offset.</param>
    /// <param name="diagnostics">Where syntax errors go (<see cref="DiagnosticCodes.TemplateSyntax"/>).</param>
    /// <param name="markdown">True for a Markdown template (a report body, an editor's note): a code block with code on its
    /// opening line may not run on across a blank line (<see cref="TemplateSyntax"/>).</param>
    /// <returns>The template, or null when it has syntax errors.</returns>
    /// <remarks>
    /// Constructs that Scriban accepts but that swallow the text after them (a <c>{{</c> left open, a raw block never
    /// closed, a string left open) are errors at their opening <c>{{</c> (<see cref="DiagnosticCodes.UnclosedCodeBlock"/>,
    /// <see cref="DiagnosticCodes.UnclosedString"/>, <see cref="DiagnosticCodes.UnclosedRawBlock"/>); when there is one,
    /// Scriban's own errors are left out, as they follow from it and point where the parser gave up.
    /// </remarks>
    public static Template? Parse(string text, string path, int offset, int line, DiagnosticBag diagnostics, bool markdown = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = SplitLines(text);
        var swallowed = TemplateSyntax.Check(text, offset, line, markdown);
        foreach (var finding in swallowed)
        {
            diagnostics.Add(At(finding.Code, finding.Message, path, new SourceSpan(path, finding.Start, finding.Start), lines));
        }

        if (swallowed.Count > 0)
        {
            return null;
        }

        var template = Template.Parse(text, path, lexerOptions: new LexerOptions { StartPosition = new TextPosition(offset, line, 0) });

        if (!template.HasErrors)
        {
            return template;
        }

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
    /// NaN or infinite metrics (RG3001), a render past its time limit (RG2031).</param>
    /// <param name="loader">Resolves <c>include</c>, or null when includes are not allowed.</param>
    /// <param name="mode">What the render produces: HTML (the default), Markdown (a report body: data strings are also
    /// Markdown-escaped) or plain text (a headline: template functions write no markup); see <see cref="RenderMode"/>.</param>
    /// <param name="timeLimit">How long the render may run; <see cref="DefaultTimeLimit"/> when null. Past it: <see cref="DiagnosticCodes.TemplateTimeLimit"/> where the template was.</param>
    /// <param name="culture">How dates written without a formatter read (the site's <c>language</c>); English when null.</param>
    /// <param name="links">The ticker links of the edition rendered (<see cref="ReportTemplateContext.Links"/>); null for none.</param>
    /// <returns>The output, or null on error.</returns>
    public static string? Render(Template template, ScriptObject globals, string fileText, string path, DiagnosticBag diagnostics, ITemplateLoader? loader = null, RenderMode mode = RenderMode.Html, TimeSpan? timeLimit = null, Config.SiteCulture? culture = null, SecurityLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var limit = timeLimit ?? DefaultTimeLimit;
        using var deadline = new CancellationTokenSource(limit);
        var context = new ReportTemplateContext
        {
            TemplateLoader = loader,
            Mode = mode,
            Culture = culture ?? Config.SiteCulture.English,
            Links = links,
            CancellationToken = deadline.Token,
            Deadline = (System.Diagnostics.Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * System.Diagnostics.Stopwatch.Frequency), deadline),
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptAbortException e) when (deadline.IsCancellationRequested)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"the template ran longer than its time limit of {limit.TotalSeconds:0.###} s and was stopped here; look for a loop or a recursive function that does not end (see README, Limits)");
            diagnostics.Add(AtSpan(DiagnosticCodes.TemplateTimeLimit, message, e.Span, path, fileText, loader, null));
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            var (code, message) = Classify(e);
            message = SuggestVariable(message, globals);
            diagnostics.Add(AtSpan(code, message, e.Span, path, fileText, loader, (e as TemplateFunctionException)?.SourceText));
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

    /// <summary>The diagnostic code and message of a runtime error: a template function's own code, else the code of the data problem behind it, else <see cref="DiagnosticCodes.TemplateRuntime"/>.</summary>
    /// <param name="e">The error.</param>
    internal static (string Code, string Message) Classify(ScriptRuntimeException e)
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

    // Scriban's "The variable or function `movee` was not found" with the closest names a template can use: the
    // edition's variables and functions and Scriban's builtins (a loop variable is not among them).
    private static string SuggestVariable(string message, ScriptObject? globals)
    {
        const string Prefix = "The variable or function `";
        const string Suffix = "` was not found";
        if (!message.StartsWith(Prefix, StringComparison.Ordinal) || !message.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return message;
        }

        var name = message[Prefix.Length..^Suffix.Length];
        var names = (globals?.Keys ?? []).Concat(ReportTemplateContext.BuiltinNames).Order(StringComparer.Ordinal);
        return $"unknown variable or function '{name}'{NameSuggestions.Hint(name, names)}";
    }

    /// <summary>
    /// The error at <paramref name="span"/>, which lies in the rendered file or in a partial: one included through
    /// <paramref name="loader"/>, or a markup partial whose text came with the error (<paramref name="spanText"/>).
    /// </summary>
    private static Diagnostic AtSpan(string code, string message, SourceSpan span, string path, string fileText, ITemplateLoader? loader, string? spanText)
    {
        var spanPath = string.IsNullOrEmpty(span.FileName) ? path : span.FileName;
        var text = spanPath == path ? fileText : spanText ?? (loader as PartialLoader)?.TextOf(spanPath) ?? string.Empty;
        return At(code, message, spanPath, span, SplitLines(text));
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
