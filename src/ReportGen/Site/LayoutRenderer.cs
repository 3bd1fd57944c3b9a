using System.Collections.Concurrent;
using ReportGen.Config;
using ReportGen.Diagnostics;
using ReportGen.Project;
using ReportGen.Text;
using Scriban;
using Scriban.Runtime;

namespace ReportGen.Site;

/// <summary>Renders page shells from <c>templates/layouts/&lt;name&gt;.sbn-html</c> (parsed once, strict, partials via <c>include</c>).</summary>
public sealed class LayoutRenderer
{
    private readonly string _projectRoot;
    private readonly PartialLoader _partials;
    private readonly ConcurrentDictionary<string, (Template? Template, string Text)> _layouts = new(StringComparer.Ordinal);

    /// <summary>Creates a renderer for the project at <paramref name="projectRoot"/>.</summary>
    /// <param name="projectRoot">The project folder.</param>
    public LayoutRenderer(string projectRoot)
    {
        _projectRoot = projectRoot;
        _partials = new PartialLoader(projectRoot);
    }

    /// <summary>Renders layout <paramref name="name"/> with <paramref name="globals"/> (typically <c>site</c> and <c>page</c>).</summary>
    /// <param name="name">Layout name, e.g. <c>edition</c>.</param>
    /// <param name="globals">The variables the layout sees.</param>
    /// <param name="diagnostics">Where a missing layout (RG2008) or a template error goes.</param>
    /// <param name="culture">How dates written without a formatter read (the site's <c>language</c>); English when null.</param>
    /// <returns>The page HTML, or null on error.</returns>
    public string? Render(string name, ScriptObject globals, DiagnosticBag diagnostics, Config.SiteCulture? culture = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var path = ProjectLayout.Layout(name);
        var (template, text) = Load(name, diagnostics);
        if (template is null)
        {
            if (text.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingTemplate, $"layout '{name}' not found; expected the file {path}", SourceLocation.File(path));
            }

            return null;
        }

        globals.Import("include", new Func<TemplateContext, Scriban.Parsing.SourceSpan, string, HtmlFragment>(_partials.Include));
        globals.Import("fill", new Func<TemplateContext, Scriban.Parsing.SourceSpan, string, ScriptObject, HtmlFragment>(LabelSlots.Fill));
        return TemplateRenderer.Render(template, globals, text, path, diagnostics, _partials, culture: culture);
    }

    /// <summary>True when the text of layout <paramref name="name"/> mentions <paramref name="variable"/>, e.g. whether an
    /// edition layout prints <c>page.content_tail</c> (a layout written before it existed does not, and the engine then
    /// keeps the whole body in <c>page.content</c>). False when the layout is missing.</summary>
    /// <param name="name">Layout name, e.g. <c>edition</c>.</param>
    /// <param name="variable">The text to look for, e.g. <c>page.content_tail</c>.</param>
    /// <param name="diagnostics">Where a template error of the layout goes when this is the first read of it.</param>
    /// <returns>Whether the layout's source contains <paramref name="variable"/>.</returns>
    public bool Mentions(string name, string variable, DiagnosticBag diagnostics) => Load(name, diagnostics).Text.Contains(variable, StringComparison.Ordinal);

    private (Template? Template, string Text) Load(string name, DiagnosticBag diagnostics) => _layouts.GetOrAdd(name, _ =>
    {
        var path = ProjectLayout.Layout(name);
        var full = new ProjectLayout(_projectRoot).Full(path);
        if (!File.Exists(full))
        {
            return (null, string.Empty);
        }

        var source = File.ReadAllText(full);
        var parsed = TemplateRenderer.Parse(source, path, 0, 0, diagnostics);
        return (parsed, source);
    });
}
