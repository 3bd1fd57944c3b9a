using ReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Planning;

/// <summary>
/// One angle a report may lead with, from its front matter's <c>angles:</c> list: an edition leads with the angle of
/// highest <see cref="Score"/> among those whose <see cref="When"/> holds (ties by declaration order), and its
/// <see cref="Headline"/> and <see cref="Lede"/> become the edition's <c>story.headline</c> and <c>story.lede</c>.
/// </summary>
/// <param name="Id">The angle's name, e.g. <c>one-stock</c>: letters, digits, '-' and '_', unique in the report.</param>
/// <param name="When">A Scriban boolean expression (e.g. <c>gap.value &gt; 0</c>), evaluated after the body's top assignments.</param>
/// <param name="Score">A Scriban numeric expression: the angle's newsworthiness in the edition, higher wins.</param>
/// <param name="Headline">A Scriban template of the headline, rendered as plain text.</param>
/// <param name="Lede">A Scriban template of the lede, one Markdown paragraph.</param>
/// <param name="Line">The 1-based file line where the angle's mapping starts.</param>
public sealed record StoryAngle(string Id, FrontMatterText When, FrontMatterText Score, FrontMatterText Headline, FrontMatterText Lede, int Line)
{
    /// <summary>The keys an angle has, each required: id, when, score, headline, lede.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["id", "when", "score", "headline", "lede"];

    /// <summary>Reads the <c>angles:</c> list of <paramref name="front"/>.</summary>
    /// <param name="front">The report's front matter.</param>
    /// <param name="path">The report's project-relative path, for diagnostics.</param>
    /// <param name="diagnostics">Where a malformed declaration goes (<see cref="DiagnosticCodes.BadAngle"/>, at its line).</param>
    /// <returns>The well-formed angles in declaration order (empty when the report declares none).</returns>
    public static IReadOnlyList<StoryAngle> Parse(FrontMatter front, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(front);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<StoryAngle>();
        if (!front.Data.Children.TryGetValue(new YamlScalarNode("angles"), out var node))
        {
            return result;
        }

        if (node is not YamlSequenceNode list)
        {
            diagnostics.Error(DiagnosticCodes.BadAngle, "'angles' must be a list of angles, each a mapping with id, when, score, headline and lede", At(path, node));
            return result;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (Read(item, path, diagnostics) is not { } angle)
            {
                continue;
            }

            if (!ids.Add(angle.Id))
            {
                diagnostics.Error(DiagnosticCodes.BadAngle, $"angle id '{angle.Id}' is declared twice; each angle needs its own id", At(path, item));
                continue;
            }

            result.Add(angle);
        }

        return result;
    }

    private static StoryAngle? Read(YamlNode item, string path, DiagnosticBag diagnostics)
    {
        if (item is not YamlMappingNode map)
        {
            diagnostics.Error(DiagnosticCodes.BadAngle, $"each angle must be a mapping with {string.Join(", ", Keys)}", At(path, item));
            return null;
        }

        var values = new Dictionary<string, FrontMatterText>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.BadAngle, $"'{key}' is not a key of an angle; expected {string.Join(", ", Keys)}", At(path, keyNode));
                ok = false;
            }
            else if (valueNode is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
            {
                diagnostics.Error(DiagnosticCodes.BadAngle, $"'{key}' of an angle must be a non-empty text (quote an expression that starts with a YAML character such as '{{', '[' or '!')", At(path, valueNode));
                ok = false;
            }
            else
            {
                values[key] = FrontMatterText.Of(scalar);
            }
        }

        var missing = Keys.Where(k => !values.ContainsKey(k)).ToList();
        if (ok && missing.Count > 0)
        {
            var name = values.TryGetValue("id", out var named) ? $"angle '{named.Text}'" : "an angle";
            diagnostics.Error(DiagnosticCodes.BadAngle, $"{name} lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}; an angle needs {string.Join(", ", Keys)}", At(path, item));
            return null;
        }

        if (!ok)
        {
            return null;
        }

        var id = values["id"].Text;
        if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            diagnostics.Error(DiagnosticCodes.BadAngle, $"angle id '{id}' is not a name; expected letters, digits, '-' and '_', e.g. one-stock", At(path, map.Children[new YamlScalarNode("id")]));
            return null;
        }

        return new StoryAngle(id, values["when"], values["score"], values["headline"], values["lede"], (int)item.Start.Line + 1);
    }

    // The file line of a node: the YAML starts on line 2 of the file (after the opening ---).
    private static SourceLocation At(string path, YamlNode node) => new(path, (int)node.Start.Line + 1, (int)node.Start.Column);
}

/// <summary>A text value of the front matter and where it starts in the file, so a template in it reports true positions.</summary>
/// <param name="Text">The value as YAML gives it (quotes removed, block scalars folded or kept as YAML says).</param>
/// <param name="Line">The 1-based file line where the text starts.</param>
/// <param name="Column">The 1-based column where the text starts on that line (after an opening quote).</param>
public sealed record FrontMatterText(string Text, int Line, int Column)
{
    /// <summary>The text of <paramref name="scalar"/> and where its content starts: after the quote of a quoted scalar, on
    /// the line after the indicator of a block scalar (<c>|</c> or <c>&gt;</c>), where its first content line is indented.</summary>
    /// <param name="scalar">A scalar of the front matter (whose lines count from the YAML's first line, file line 2).</param>
    public static FrontMatterText Of(YamlScalarNode scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        var line = (int)scalar.Start.Line + 1;
        var column = (int)scalar.Start.Column;
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                column++;
                break;
            case ScalarStyle.Literal or ScalarStyle.Folded:
                line++;
                column = 1;
                break;
        }

        return new FrontMatterText(scalar.Value ?? string.Empty, line, column);
    }
}
