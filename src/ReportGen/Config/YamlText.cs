using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Config;

/// <summary>Loads YAML text into its first document's root node, turning every YamlDotNet failure into a position and message.</summary>
public static class YamlText
{
    /// <summary>Parses <paramref name="yaml"/>.</summary>
    /// <param name="yaml">The text.</param>
    /// <param name="root">The first document's root node, or null when there is no document or on error.</param>
    /// <param name="error">On failure: 1-based line and column within <paramref name="yaml"/> (0 when YamlDotNet gives none) and the reason.</param>
    /// <returns>True when the text parsed.</returns>
    public static bool TryLoad(string yaml, out YamlNode? root, out (int Line, int Column, string Message) error)
    {
        root = null;
        error = default;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            return true;
        }
        catch (YamlException e)
        {
            error = ((int)e.Start.Line, (int)e.Start.Column, e.InnerException?.Message ?? e.Message);
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some unterminated flow collections (e.g. "key: [a").
            // Replay the event parser to find the last event it read: the unclosed collection starts there or before.
            var (line, column) = LastEventStart(yaml);
            error = (line, column, "a '[' or '{' opened here is never closed; expected a matching ']' or '}' on the same value");
            return false;
        }
    }

    private static (int Line, int Column) LastEventStart(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = (Line: 0, Column: 0);
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart { Style: YamlDotNet.Core.Events.MappingStyle.Flow })
                {
                    last = ((int)parser.Current.Start.Line, (int)parser.Current.Start.Column);
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Expected: the text is malformed; 'last' holds the position reached.
        }

        return last;
    }
}
