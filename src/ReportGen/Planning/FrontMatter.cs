using ReportGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Planning;

/// <summary>
/// The YAML block between two <c>---</c> lines at the top of a template, and where the body starts, so that template
/// line numbers stay true to the file.
/// </summary>
/// <param name="Data">The parsed mapping (empty when there is no front matter).</param>
/// <param name="BodyOffset">0-based character offset of the body in the file's text.</param>
/// <param name="BodyLine">0-based line index where the body starts.</param>
public sealed record FrontMatter(YamlMappingNode Data, int BodyOffset, int BodyLine)
{
    /// <summary>Splits <paramref name="text"/> into front matter and body. A file without a leading <c>---</c> line has no front matter.</summary>
    /// <param name="text">The whole file (LF or CRLF).</param>
    /// <param name="path">Project-relative path for diagnostics.</param>
    /// <param name="diagnostics">Where a YAML error or an unterminated block is reported (<see cref="DiagnosticCodes.BadFrontMatter"/>), or
    /// YAML beyond a limit (<see cref="DiagnosticCodes.YamlTooLarge"/>), with its true line.</param>
    /// <returns>The front matter, or null when it is malformed.</returns>
    public static FrontMatter? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal)))
        {
            return new FrontMatter(new YamlMappingNode(), 0, 0);
        }

        var offset = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var line = 1;
        var yamlStart = offset;
        while (offset < text.Length)
        {
            var end = text.IndexOf('\n', offset);
            var next = end < 0 ? text.Length : end + 1;
            var content = text[offset..next].TrimEnd('\r', '\n');
            if (content == "---")
            {
                var yaml = text[yamlStart..offset];
                var map = ParseYaml(yaml, path, diagnostics);
                return map is null ? null : new FrontMatter(map, next, line + 1);
            }

            offset = next;
            line++;
        }

        diagnostics.Error(DiagnosticCodes.BadFrontMatter, "front matter is not closed; expected a line '---' after the YAML block", new SourceLocation(path, 1, 1), "---");
        return null;
    }

    private static YamlMappingNode? ParseYaml(string yaml, string path, DiagnosticBag diagnostics)
    {
        if (!Config.YamlText.TryLoad(yaml, out var root, out var error))
        {
            // The YAML starts on line 2 of the file (after the opening ---).
            var lines = yaml.Split('\n');
            var line = Math.Max(error.Line, 1);
            var excerpt = error.Line >= 1 && error.Line <= lines.Length ? lines[error.Line - 1].TrimEnd('\r') : null;
            diagnostics.Error(error.Code ?? DiagnosticCodes.BadFrontMatter, error.Code is null ? $"front matter is not valid YAML: {error.Message}" : error.Message, new SourceLocation(path, line + 1, error.Column), excerpt);
            return null;
        }

        switch (root)
        {
            case null:
                return new YamlMappingNode();
            case YamlMappingNode map:
                return map;
            default:
                diagnostics.Error(DiagnosticCodes.BadFrontMatter, "front matter must be a mapping of keys such as 'title:'", new SourceLocation(path, 2, 1));
                return null;
        }
    }

    /// <summary>A scalar value, or null when the key is absent or not a scalar.</summary>
    public string? Scalar(string key) =>
        Data.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;

    /// <summary>A list of scalars (a single scalar counts as a one-item list); empty when absent.</summary>
    public IReadOnlyList<string> List(string key) => Data.Children.TryGetValue(new YamlScalarNode(key), out var node)
        ? node switch
        {
            YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)],
            YamlScalarNode s when !string.IsNullOrEmpty(s.Value) => [s.Value],
            _ => [],
        }
        : [];

    /// <summary>The 1-based file line of <paramref name="key"/>, or 1 when it is absent.</summary>
    public int LineOf(string key)
    {
        foreach (var (k, _) in Data.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return (int)k.Start.Line + 1;
            }
        }

        return 1;
    }
}
