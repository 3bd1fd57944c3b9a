using ReportGen.Config;
using ReportGen.Text.Functions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Text;

/// <summary>
/// Renders the figure, citation and chart partials (<see cref="MarkupPartials"/>) for the template functions of one
/// edition. Each partial renders in an HTML context apart from the report's (data strings HTML-escaped, as in a
/// layout) that sees only its model, so a partial can neither read nor change the report's variables, and it is bound
/// by the calling render's time limit. The output loses one final line break, the one every saved file ends with,
/// which would otherwise put a space after every figure.
/// </summary>
/// <remarks>
/// One context serves every figure of the edition (a build prints thousands; a context costs more to make than a
/// figure to render): each render pushes a fresh object holding the model, so whatever a partial assigns is popped
/// with it, and a context that saw an error is dropped. Not thread-safe: an edition's text renders on one thread.
/// </remarks>
/// <param name="partials">The parsed partials.</param>
public sealed class MarkupWriter(MarkupPartials partials)
{
    private ReportTemplateContext? _context;

    /// <summary>
    /// Renders partial <paramref name="name"/> with <paramref name="model"/> as its variable of that name, under the time
    /// limit of <paramref name="caller"/>'s render.
    /// </summary>
    /// <param name="name"><see cref="MarkupPartials.Figure"/>, <see cref="MarkupPartials.Citation"/> or <see cref="MarkupPartials.Chart"/>.</param>
    /// <param name="model">The values the partial may write (strings, dates, lists of strings).</param>
    /// <param name="caller">The context of the template function that writes the markup.</param>
    /// <returns>The markup, without the file's final line break.</returns>
    /// <exception cref="TemplateFunctionException">The partial failed (e.g. an unknown field, RG2002), at its own path, line and column.</exception>
    /// <exception cref="ScriptAbortException">The calling render ran past its time limit.</exception>
    public HtmlFragment Render(string name, ScriptObject model, TemplateContext caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var partial = partials[name];
        var context = _context ?? new ReportTemplateContext();
        _context = null;
        context.CancellationToken = caller.CancellationToken;
        context.Culture = (caller as ReportTemplateContext)?.Culture ?? Config.SiteCulture.English;
        context.PushGlobal(new ScriptObject { [name] = model });
        string html;
        try
        {
            html = partial.Template.Render(context) ?? string.Empty;
        }
        catch (ScriptRuntimeException e) when (e is not ScriptAbortException and not TemplateFunctionException)
        {
            var (code, message) = TemplateRenderer.Classify(e);
            throw new TemplateFunctionException(e.Span, code, message) { SourceText = partial.Text };
        }

        context.PopGlobal();
        _context = context;
        var end = html.EndsWith("\r\n", StringComparison.Ordinal) ? 2 : html.EndsWith('\n') ? 1 : 0;
        return new HtmlFragment(html[..^end]);
    }
}
