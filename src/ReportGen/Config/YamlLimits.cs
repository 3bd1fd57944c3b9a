using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportGen.Config;

/// <summary>
/// The bounds on every YAML text ReportGen reads, checked by <see cref="YamlText.TryLoad"/> on YamlDotNet's event stream
/// before any node is built. An alias (<c>*name</c>) counts as a full copy of its anchor, because YamlDotNet's nodes
/// compare, hash and print aliased content as if it were copied: a few lines of aliases of aliases (an "alias bomb") used
/// as a mapping key would otherwise take minutes. The limits are far above what ReportGen's files need (the largest,
/// data/sources.yml, has a few hundred nodes, no aliases and 4 levels).
/// </summary>
public static class YamlLimits
{
    /// <summary>The most aliases (<c>*name</c>) one text may use.</summary>
    public const int MaxAliases = 100;

    /// <summary>The most nodes (scalars, lists and mappings, keys included) one text may hold, counting each alias as a copy of its anchor.</summary>
    public const int MaxNodes = 10_000;

    /// <summary>The deepest nesting of lists and mappings, aliases expanded; the top-level mapping is level 1.</summary>
    public const int MaxDepth = 32;

    private const string Advice = "; see README, Limits";

    /// <summary>Scans <paramref name="yaml"/> and finds the first place where it exceeds a limit.</summary>
    /// <param name="yaml">The text.</param>
    /// <returns>The 1-based line and column of the event that crossed a limit and the reason; null when the text is within
    /// the limits or is malformed before reaching one (the loader then reports the syntax error).</returns>
    internal static (int Line, int Column, string Message)? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, (int Nodes, int Height)>(StringComparer.Ordinal);
        var open = new List<OpenCollection>();
        var nodes = 0;
        var aliases = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart:
                        anchors.Clear(); // An anchor is visible only in its own document.
                        break;
                    case AnchorAlias alias:
                        var name = alias.Value.Value;
                        if (++aliases > MaxAliases)
                        {
                            return At(current, string.Create(CultureInfo.InvariantCulture, $"YAML too large: more than {MaxAliases} aliases ('*name'){Advice}"));
                        }

                        if (open.Exists(c => c.Anchor == name))
                        {
                            return At(current, $"YAML too large: alias '*{name}' lies inside its own anchor, which would expand without end{Advice}");
                        }

                        // An unknown anchor counts as one node: YamlDotNet reports it when loading.
                        var (size, height) = anchors.TryGetValue(name, out var anchor) ? anchor : (1, 0);
                        nodes += size;
                        if (nodes > MaxNodes)
                        {
                            return At(current, string.Create(CultureInfo.InvariantCulture, $"YAML too large: alias '*{name}' makes more than {MaxNodes:N0} nodes with aliases expanded (each alias counts as a copy of its anchor){Advice}"));
                        }

                        if (open.Count + height > MaxDepth)
                        {
                            return At(current, string.Create(CultureInfo.InvariantCulture, $"YAML too large: alias '*{name}' nests deeper than {MaxDepth} levels once expanded{Advice}"));
                        }

                        Completed(open, height);
                        break;
                    case Scalar scalar:
                        if (++nodes > MaxNodes)
                        {
                            return TooMany(current);
                        }

                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = (1, 0);
                        }

                        Completed(open, 0);
                        break;
                    case NodeEvent start and (SequenceStart or MappingStart):
                        if (++nodes > MaxNodes)
                        {
                            return TooMany(current);
                        }

                        if (open.Count + 1 > MaxDepth)
                        {
                            return At(current, string.Create(CultureInfo.InvariantCulture, $"YAML too large: nesting deeper than {MaxDepth} levels{Advice}"));
                        }

                        open.Add(new OpenCollection(start.Anchor.IsEmpty ? null : start.Anchor.Value, nodes - 1));
                        break;
                    case SequenceEnd or MappingEnd:
                        var closed = open[^1];
                        open.RemoveAt(open.Count - 1);
                        if (closed.Anchor is not null)
                        {
                            anchors[closed.Anchor] = (nodes - closed.NodesBefore, closed.Height);
                        }

                        Completed(open, closed.Height);
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Malformed before any limit was reached: the loader reports the syntax error with its own message.
        }

        return null;
    }

    /// <summary>A child of height <paramref name="height"/> is complete: its parent is at least one level taller.</summary>
    private static void Completed(List<OpenCollection> open, int height)
    {
        if (open.Count > 0)
        {
            open[^1].Height = Math.Max(open[^1].Height, height + 1);
        }
    }

    private static (int Line, int Column, string Message) TooMany(ParsingEvent e) =>
        At(e, string.Create(CultureInfo.InvariantCulture, $"YAML too large: more than {MaxNodes:N0} nodes with aliases expanded{Advice}"));

    private static (int Line, int Column, string Message) At(ParsingEvent e, string message) => ((int)e.Start.Line, (int)e.Start.Column, message);

    /// <summary>A list or mapping whose end has not been read yet.</summary>
    private sealed class OpenCollection(string? anchor, int nodesBefore)
    {
        /// <summary>Its anchor's name, or null.</summary>
        public string? Anchor { get; } = anchor;

        /// <summary>The node count before it started; at its end, the difference is its size.</summary>
        public int NodesBefore { get; } = nodesBefore;

        /// <summary>Levels of lists and mappings in it so far, itself included.</summary>
        public int Height { get; set; } = 1;
    }
}
