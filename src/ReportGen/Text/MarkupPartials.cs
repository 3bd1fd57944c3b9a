using System.Collections.Concurrent;
using ReportGen.Diagnostics;
using ReportGen.Project;
using Scriban;

namespace ReportGen.Text;

/// <summary>
/// The partials that hold the markup of ReportGen's own template functions, so editors can restyle it:
/// <c>templates/partials/figure.sbn-html</c> (a number printed by <c>fmt.*</c>, <c>move</c>, <c>compare</c>,
/// <c>ranked</c>), <c>citation.sbn-html</c> (<c>cite</c>) and <c>chart.sbn-html</c> (<c>chart</c>). Each sees one
/// model object named like it (<c>figure</c>, <c>citation</c>, <c>chart</c>), whose fields the built-in file lists.
/// </summary>
/// <remarks>
/// A project without one of these files gets the built-in one (compiled into ReportGen from <c>Text/Partials/</c>;
/// the sample project ships identical copies), as Hugo falls back to its embedded templates: this markup is part of
/// what every page needs, the figures table links into it (<c>#fig-&lt;id&gt;</c>), and a project written before the
/// partials existed must build to the same site. A file that is present replaces the built-in one entirely.
/// <para>
/// A partial is parsed once for as long as its text is unchanged (per process, keyed by its full path), not once per
/// figure: a build renders thousands of figures. <see cref="MarkupWriter"/> renders them.
/// </para>
/// </remarks>
public sealed class MarkupPartials
{
    /// <summary>The figure partial's name: <c>templates/partials/figure.sbn-html</c>, model <c>figure</c>.</summary>
    public const string Figure = "figure";

    /// <summary>The citation partial's name: <c>templates/partials/citation.sbn-html</c>, model <c>citation</c>.</summary>
    public const string Citation = "citation";

    /// <summary>The chart partial's name: <c>templates/partials/chart.sbn-html</c>, model <c>chart</c>.</summary>
    public const string Chart = "chart";

    private static readonly string[] Names = [Figure, Citation, Chart];

    // Parsed project partials by full path, each with the text it was parsed from: a build reuses the parse as long as
    // the file is unchanged, and a rebuild after an edit (reportgen serve) parses the new text once.
    private static readonly ConcurrentDictionary<string, Partial> Parsed = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, Partial> _partials;

    private MarkupPartials(IReadOnlyDictionary<string, Partial> partials) => _partials = partials;

    /// <summary>The built-in partials, for a project that has none of its own (or a report made in memory).</summary>
    public static MarkupPartials BuiltIn { get; } = new(Names.ToDictionary(n => n, LoadBuiltIn, StringComparer.Ordinal));

    /// <summary>
    /// The markup partials of the project at <paramref name="projectRoot"/>: each file under <c>templates/partials/</c>
    /// that exists, the built-in one for each that does not.
    /// </summary>
    /// <param name="projectRoot">The project folder; null for the built-in partials only.</param>
    /// <param name="diagnostics">Where a syntax error in a partial goes (<see cref="DiagnosticCodes.TemplateSyntax"/>, at the partial's path, line and column).</param>
    /// <returns>The partials, or null when one of them has a syntax error.</returns>
    /// <exception cref="IOException">A partial exists but cannot be read.</exception>
    public static MarkupPartials? Load(string? projectRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (projectRoot is null)
        {
            return BuiltIn;
        }

        var partials = new Dictionary<string, Partial>(StringComparer.Ordinal);
        var failed = false;
        foreach (var name in Names)
        {
            var path = ProjectLayout.Partial(name);
            var full = Path.GetFullPath(new ProjectLayout(projectRoot).Full(path));
            if (!File.Exists(full))
            {
                partials[name] = BuiltIn._partials[name];
                continue;
            }

            var text = File.ReadAllText(full);
            if (Parsed.TryGetValue(full, out var cached) && string.Equals(cached.Text, text, StringComparison.Ordinal))
            {
                partials[name] = cached;
                continue;
            }

            var template = TemplateRenderer.Parse(text, path, 0, 0, diagnostics);
            if (template is null)
            {
                failed = true;
                continue;
            }

            partials[name] = Parsed[full] = new Partial(path, text, template);
        }

        return failed ? null : new MarkupPartials(partials);
    }

    /// <summary>A writer of this markup for one render of an edition's text (it is not thread-safe; each edition makes its own).</summary>
    public MarkupWriter Writer() => new(this);

    /// <summary>The parsed partial <paramref name="name"/>.</summary>
    /// <param name="name"><see cref="Figure"/>, <see cref="Citation"/> or <see cref="Chart"/>.</param>
    internal Partial this[string name] => _partials[name];

    private static Partial LoadBuiltIn(string name)
    {
        var resource = $"ReportGen.Text.Partials.{name}.sbn-html";
        using var stream = typeof(MarkupPartials).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the built-in partial {resource} is missing from the assembly");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var path = $"(built-in)/partials/{name}.sbn-html";
        var template = Template.Parse(text, path);
        return template.HasErrors
            ? throw new InvalidOperationException($"the built-in partial {path} does not parse: {template.Messages[0]}")
            : new Partial(path, text, template);
    }

    /// <summary>A parsed partial with its project-relative path and the text it was parsed from.</summary>
    /// <param name="Path">Project-relative path, e.g. <c>templates/partials/figure.sbn-html</c>.</param>
    /// <param name="Text">The file's text.</param>
    /// <param name="Template">The parsed template.</param>
    internal sealed record Partial(string Path, string Text, Template Template);
}
