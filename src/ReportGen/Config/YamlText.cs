using ReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Config;

/// <summary>
/// Loads YAML text into its first document's root node, turning every YamlDotNet failure into a position and message.
/// Every YAML text ReportGen reads comes through here, so that the bounds of <see cref="YamlLimits"/> hold for all of them.
/// </summary>
public static class YamlText
{
    /// <summary>Parses <paramref name="yaml"/> after checking it against <see cref="YamlLimits"/>.</summary>
    /// <param name="yaml">The text.</param>
    /// <param name="root">The first document's root node, or null when there is no document or on error.</param>
    /// <param name="error">On failure: 1-based line and column within <paramref name="yaml"/> (0 when YamlDotNet gives none),
    /// the reason, and <see cref="DiagnosticCodes.YamlTooLarge"/> as the code when a limit was exceeded (null for a syntax
    /// error, which the caller reports under its own code).</param>
    /// <returns>True when the text parsed.</returns>
    public static bool TryLoad(string yaml, out YamlNode? root, out (int Line, int Column, string Message, string? Code) error)
    {
        root = null;
        error = default;
        if (YamlLimits.Check(yaml) is { } limit)
        {
            error = (limit.Line, limit.Column, limit.Message, DiagnosticCodes.YamlTooLarge);
            return false;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            return true;
        }
        catch (YamlException e)
        {
            error = ((int)e.Start.Line, (int)e.Start.Column, e.InnerException?.Message ?? e.Message, null);
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some unterminated flow collections (e.g. "key: [a").
            // Replay the event parser to find the last event it read: the unclosed collection starts there or before.
            var (line, column) = LastEventStart(yaml);
            error = (line, column, "a '[' or '{' opened here is never closed; expected a matching ']' or '}' on the same value", null);
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
