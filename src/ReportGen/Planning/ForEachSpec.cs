using ReportGen.Data;
using ReportGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Planning;

/// <summary>
/// The front matter <c>for_each:</c> of a parameterized series: the securities it makes one edition each of, per period.
/// Either <c>universe:</c> (one name or a list: the union of their members) or <c>kind:</c> (every security of that kind
/// in <c>data/securities.csv</c>).
/// </summary>
/// <param name="Universes">The universes named (in the order written), or empty when <paramref name="Kind"/> is set.</param>
/// <param name="Kind">The kind of security, or null when <paramref name="Universes"/> is set.</param>
/// <param name="Line">1-based file line of the <c>for_each</c> key, for diagnostics.</param>
public sealed record ForEachSpec(IReadOnlyList<string> Universes, SecurityKind? Kind, int Line)
{
    /// <summary>The front matter key.</summary>
    public const string Key = "for_each";

    /// <summary>
    /// Reads <c>for_each:</c> from <paramref name="front"/> (after the schema checked its types and its keys): null when the
    /// report has none.
    /// </summary>
    /// <param name="front">The report's front matter.</param>
    /// <param name="path">The report's project-relative path.</param>
    /// <param name="diagnostics">Where a <c>for_each</c> that names neither or both of <c>universe</c> and <c>kind</c>, or an
    /// empty list of universes, goes (<see cref="DiagnosticCodes.ForEachMalformed"/>).</param>
    /// <param name="valid">False when a mistake was reported.</param>
    /// <returns>The spec, or null (none, or malformed).</returns>
    public static ForEachSpec? Parse(FrontMatter front, string path, DiagnosticBag diagnostics, out bool valid)
    {
        ArgumentNullException.ThrowIfNull(front);
        ArgumentNullException.ThrowIfNull(diagnostics);
        valid = true;
        if (!front.Data.Children.TryGetValue(new YamlScalarNode(Key), out var node))
        {
            return null;
        }

        var line = front.LineOf(Key);
        var at = new SourceLocation(path, line, 1);
        if (node is not YamlMappingNode map)
        {
            valid = false;
            diagnostics.Error(DiagnosticCodes.ForEachMalformed, "'for_each' must be a mapping with 'universe: <name or list>' or 'kind: stock|etf|index'", at);
            return null;
        }

        var hasUniverse = map.Children.TryGetValue(new YamlScalarNode("universe"), out var universeNode);
        var hasKind = map.Children.TryGetValue(new YamlScalarNode("kind"), out var kindNode);
        if (hasUniverse == hasKind)
        {
            valid = false;
            diagnostics.Error(DiagnosticCodes.ForEachMalformed, hasUniverse
                ? "'for_each' names both 'universe' and 'kind'; expected one of them: the members of universes, or every security of a kind"
                : "'for_each' names neither 'universe' nor 'kind'; expected e.g. 'universe: ai-leaders' or 'kind: stock'", at);
            return null;
        }

        if (hasKind)
        {
            var text = (kindNode as YamlScalarNode)?.Value ?? string.Empty;
            SecurityKind? kind = text switch
            {
                "stock" => SecurityKind.Stock,
                "etf" => SecurityKind.Etf,
                "index" => SecurityKind.Index,
                _ => null,
            };
            if (kind is null)
            {
                valid = false;
                diagnostics.Error(DiagnosticCodes.ForEachMalformed, $"'{text}' in 'for_each: kind' is not a kind of security{NameSuggestions.Hint(text, ["stock", "etf", "index"])}", new SourceLocation(path, (int)kindNode!.Start.Line + 1, (int)kindNode.Start.Column));
                return null;
            }

            return new ForEachSpec([], kind, line);
        }

        List<string> names = universeNode switch
        {
            YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)],
            YamlScalarNode s => [s.Value ?? string.Empty],
            _ => [],
        };
        if (names.Count == 0 || names.Exists(n => n.Length == 0))
        {
            valid = false;
            diagnostics.Error(DiagnosticCodes.ForEachMalformed, "'for_each: universe' is empty; expected a universe of data/universes.csv, or a list of them", new SourceLocation(path, (int)universeNode!.Start.Line + 1, (int)universeNode.Start.Column));
            return null;
        }

        return new ForEachSpec([.. names.Distinct(StringComparer.Ordinal)], null, line);
    }
}
