using ReportGen.Project;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
namespace ReportGen.Text;

/// <summary>
/// Resolves <c>{{ include "figure" }}</c> to <c>templates/partials/figure.sbn-html</c>; partial names are slugs, so an
/// include cannot read outside the partials folder. Paths in errors are project-relative.
/// </summary>
public sealed class PartialLoader : ITemplateLoader
{
    private readonly string _projectRoot;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    /// <summary>Creates a loader for <paramref name="projectRoot"/>.</summary>
    /// <param name="projectRoot">The project folder.</param>
    public PartialLoader(string projectRoot) => _projectRoot = projectRoot;

    /// <summary>The project-relative path of partial <paramref name="templateName"/>.</summary>
    /// <exception cref="Scriban.Syntax.ScriptRuntimeException">The name is not a slug, or the file does not exist.</exception>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!UrlSlug.IsValid(templateName))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"partial name '{templateName}' is not a slug; expected e.g. \"figure\" for templates/partials/figure.sbn-html");
        }

        var path = ProjectLayout.Partial(templateName);
        if (!File.Exists(Path.Combine(_projectRoot, path)))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"partial '{templateName}' not found; expected the file {path}");
        }

        return path;
    }

    /// <summary>Reads the partial's text.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => TextOf(templatePath);

    /// <summary>Reads the partial's text asynchronously.</summary>
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(TextOf(templatePath));

    /// <summary>The text of a project-relative template path.</summary>
    public string TextOf(string path) => File.ReadAllText(Path.Combine(_projectRoot, path));

    /// <summary>
    /// Our <c>include</c>: renders a partial in the caller's context (so it sees the same variables) and returns its output
    /// as an <see cref="HtmlFragment"/>. Scriban's own <c>include</c> returns a plain string, which the escaping context
    /// would escape like data.
    /// </summary>
    /// <param name="context">The caller's context.</param>
    /// <param name="span">The call site.</param>
    /// <param name="name">The partial's name, e.g. <c>head</c>.</param>
    /// <exception cref="Scriban.Syntax.ScriptRuntimeException">Unknown partial, or a syntax error in it (at the partial's own line and column).</exception>
    public HtmlFragment Include(TemplateContext context, SourceSpan span, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = GetPath(context, span, name);
        var template = _parsed.GetOrAdd(path, p => Template.Parse(TextOf(p), p));
        if (template.HasErrors)
        {
            var first = template.Messages[0];
            throw new Scriban.Syntax.ScriptRuntimeException(first.Span, first.Message);
        }

        // Template.Render(context) renders into the context's current output, returns all of it and then empties it: called
        // on the caller's output it took the page rendered so far along, and a long page (a partial included a few dozen
        // times in a loop) came out empty. The partial gets an output of its own.
        context.PushOutput();
        try
        {
            return new HtmlFragment(template.Render(context) ?? string.Empty);
        }
        finally
        {
            context.PopOutput();
        }
    }
}
