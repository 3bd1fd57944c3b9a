namespace ReportGen.Checking;

/// <summary>
/// The literal prose of a template, as the prose checks (<see cref="TypedNumberScanner"/>, <see cref="ClaimWordScanner"/>)
/// read it: the front matter, <c>{{ }}</c> blocks, HTML tags, code spans and link targets blanked out, offsets kept.
/// </summary>
internal static class ProseMask
{
    /// <summary>A copy of <paramref name="text"/> in which everything that is not prose is blanked out with spaces.</summary>
    /// <param name="text">The whole file text (or a front-matter value).</param>
    /// <param name="bodyOffset">0-based offset where the template starts; everything before it is blanked.</param>
    /// <returns>A string of the same length with the same newlines, so offsets and positions stay true.</returns>
    internal static string Apply(string text, int bodyOffset)
    {
        var chars = text.ToCharArray();
        void Blank(int from, int to)
        {
            for (var i = from; i < to && i < chars.Length; i++)
            {
                if (chars[i] != '\n')
                {
                    chars[i] = ' ';
                }
            }
        }

        Blank(0, bodyOffset);
        foreach (var (open, close) in new[] { ("{{", "}}"), ("<", ">"), ("`", "`"), ("](", ")") })
        {
            var s = new string(chars);
            var at = s.IndexOf(open, bodyOffset, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = s.IndexOf(close, at + open.Length, StringComparison.Ordinal);
                var stop = end < 0 ? s.Length : end + close.Length;
                Blank(open == "](" ? at + 1 : at, stop);
                at = end < 0 ? -1 : s.IndexOf(open, stop, StringComparison.Ordinal);
            }
        }

        return new string(chars);
    }

    /// <summary>The 1-based line and column of <paramref name="index"/> in <paramref name="text"/>, and that line's text.</summary>
    /// <param name="text">The whole file text.</param>
    /// <param name="index">0-based character offset.</param>
    /// <returns>Line, column (both 1-based) and the line without its line break.</returns>
    internal static (int Line, int Column, string LineText) Position(string text, int index)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                start = i + 1;
            }
        }

        var end = text.IndexOf('\n', start);
        var lineText = (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r');
        return (line, index - start + 1, lineText);
    }
}
