using System.Globalization;
using ReportGen.Config;
using ReportGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Data;

/// <summary>
/// Reads <c>data/sources.yml</c>: a <c>datasets:</c> list whose entries have <c>id</c>, <c>title</c>, <c>files</c> (globs
/// relative to data/), <c>supplier</c>, <c>citation</c>, <c>origin</c>, <c>licence</c>, <c>retrieved</c> and <c>as_of</c>
/// (yyyy-MM-dd), and optional <c>commit</c>, <c>curation</c> (a list of every change made after copying) and <c>final</c> (why the data
/// set will not be extended; see <see cref="DataSource.Final"/>).
/// </summary>
public static class SourcesFileReader
{
    private static readonly string[] Required = ["id", "title", "files", "supplier", "citation", "origin", "licence", "retrieved", "as_of"];

    /// <summary>
    /// Parses the YAML text; every problem is reported with its line and column. The document is first validated against
    /// <c>schemas/sources.schema.json</c> (<see cref="SchemaValidator.Sources"/>); a document that is not valid YAML or
    /// does not match the schema is not read further, so that one mistake (e.g. <c>files: 42</c>) is one error.
    /// </summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="relativePath">Project-relative path for diagnostics, e.g. <c>data/sources.yml</c>.</param>
    /// <param name="diagnostics">Where problems go: RG1070-RG1073 for a schema mismatch, <see cref="DiagnosticCodes.BadSources"/>
    /// for the rest (YAML syntax, a date that does not exist, an id used twice).</param>
    /// <returns>The data sets in file order (possibly partial when there were errors after the schema check); null when
    /// the text is not valid YAML or does not match the schema.</returns>
    public static IReadOnlyList<DataSource>? Parse(string yaml, string relativePath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!YamlText.TryLoad(yaml, out var document, out var error))
        {
            var message = error.Code is null ? $"not valid YAML: {error.Message}" : error.Message;
            diagnostics.Error(error.Code ?? DiagnosticCodes.BadSources, message, error.Line > 0 ? new SourceLocation(relativePath, error.Line, error.Column) : SourceLocation.File(relativePath));
            return null;
        }

        if (!SchemaValidator.Sources.Validate(document, relativePath, diagnostics))
        {
            return null;
        }

        if (document is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("datasets"), out var list) || list is not YamlSequenceNode sets)
        {
            diagnostics.Error(DiagnosticCodes.BadSources, "expected a top-level 'datasets:' list", new SourceLocation(relativePath, 1, 1));
            return [];
        }

        var result = new List<DataSource>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in sets.Children)
        {
            if (node is not YamlMappingNode map)
            {
                diagnostics.Error(DiagnosticCodes.BadSources, "each data set must be a mapping with keys such as 'id:' and 'files:'", At(relativePath, node));
                continue;
            }

            var missing = Required.Where(k => !map.Children.ContainsKey(new YamlScalarNode(k))).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Error(DiagnosticCodes.BadSources, $"data set lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}; every data set needs {string.Join(", ", Required)}", At(relativePath, map));
                continue;
            }

            var id = Scalar(map, "id");
            if (!ids.Add(id))
            {
                diagnostics.Error(DiagnosticCodes.BadSources, $"data set id '{id}' is used twice; ids must be unique", At(relativePath, map));
            }

            var retrieved = Date(map, "retrieved", relativePath, diagnostics);
            var asOf = Date(map, "as_of", relativePath, diagnostics);
            result.Add(new DataSource(
                id,
                Scalar(map, "title"),
                List(map, "files"),
                Scalar(map, "supplier"),
                Scalar(map, "citation"),
                Scalar(map, "origin"),
                map.Children.ContainsKey(new YamlScalarNode("commit")) ? Scalar(map, "commit") : null,
                Scalar(map, "licence"),
                retrieved,
                asOf,
                map.Children.ContainsKey(new YamlScalarNode("curation")) ? List(map, "curation") : [])
            {
                Location = At(relativePath, map),
                Final = map.Children.ContainsKey(new YamlScalarNode("final")) ? Scalar(map, "final") : null,
            });
        }

        return result;
    }

    private static SourceLocation At(string path, YamlNode node) => new(path, (int)node.Start.Line, (int)node.Start.Column);

    private static string Scalar(YamlMappingNode map, string key) =>
        map.Children[new YamlScalarNode(key)] is YamlScalarNode s ? s.Value ?? string.Empty : string.Empty;

    private static List<string> List(YamlMappingNode map, string key) => map.Children[new YamlScalarNode(key)] switch
    {
        YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)],
        YamlScalarNode s => [s.Value ?? string.Empty],
        _ => [],
    };

    private static DateOnly Date(YamlMappingNode map, string key, string path, DiagnosticBag diagnostics)
    {
        var node = map.Children[new YamlScalarNode(key)];
        var text = node is YamlScalarNode s ? s.Value : null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(DiagnosticCodes.BadSources, $"'{text}' in '{key}' is not a date; expected yyyy-MM-dd such as 2026-07-31", At(path, node));
        return default;
    }
}
