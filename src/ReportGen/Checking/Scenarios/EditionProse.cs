using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Facts;
using ReportGen.Text;

namespace ReportGen.Checking.Scenarios;

/// <summary>Where a sentence of an edition was printed.</summary>
public enum ProsePart
{
    /// <summary>The headline.</summary>
    Title,

    /// <summary>The dek.</summary>
    Summary,

    /// <summary>The article body.</summary>
    Body,
}

/// <summary>One token of a sentence: a word, a punctuation mark, or a recorded figure.</summary>
/// <param name="Text">The word or mark as printed; for a figure, its printed text.</param>
/// <param name="Figure">The figure, or null for a word or mark.</param>
public sealed record ProseToken(string Text, Figure? Figure)
{
    /// <summary>The word in lower case ("" for a mark or figure).</summary>
    public string Word { get; } = Figure is null && Text.Length > 0 && char.IsLetterOrDigit(Text[0]) ? Text.ToLowerInvariant() : string.Empty;

    /// <summary>True for a word.</summary>
    public bool IsWord => Word.Length > 0;
}

/// <summary>A sentence of an edition (or a row of one of its tables) as tokens, with the figures it prints.</summary>
/// <param name="Part">Headline, dek or body.</param>
/// <param name="Tokens">Words, marks and figures in order.</param>
/// <param name="Heading">The body heading the sentence follows (e.g. "Risk Assessment"), or null.</param>
/// <param name="IsTableRow">True for a row of a table (its cells separated by "|").</param>
public sealed record ProseSentence(ProsePart Part, IReadOnlyList<ProseToken> Tokens, string? Heading, bool IsTableRow)
{
    /// <summary>The sentence as a reader sees it, figures printed.</summary>
    public string Text { get; } = Join(Tokens);

    /// <summary>The tokens from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) as text.</summary>
    /// <param name="tokens">Tokens.</param>
    /// <param name="from">First index.</param>
    /// <param name="to">End index.</param>
    public static string Join(IReadOnlyList<ProseToken> tokens, int from = 0, int to = -1)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var end = to < 0 ? tokens.Count : to;
        var text = new StringBuilder();
        for (var i = from; i < end; i++)
        {
            var t = tokens[i].Text;
            var glue = text.Length == 0 || t is "," or ";" or ":" or "." or ")" or "!" or "?" || text[^1] == '(';
            text.Append(glue ? t : " " + t);
        }

        return text.ToString();
    }
}

/// <summary>
/// The prose of a rendered edition as sentences of words and figures: the headline, the dek and the body's paragraphs,
/// list items, headings and table rows, with every figure the body marks (<c>&lt;span class="fig" id="fig-N"&gt;</c>,
/// the figure partial's markup) tied to its <see cref="Figure"/>. Headline and dek are plain text: their figures are
/// the edition's figures not in the body, found in order by their printed text. Charts (<c>&lt;figure&gt;</c>) are left out:
/// their captions are generated from the chart data, not written by the template.
/// </summary>
public static partial class EditionProse
{
    private const char FigureStart = '\uE000';
    private const char FigureEnd = '\uE001';
    private const char Block = '\uE002';
    private const char Cell = '\uE003';

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "inc", "corp", "co", "ltd", "plc", "vs", "e.g", "i.e", "u.s", "st", "no", "mr", "dr", "etc", "approx" };

    /// <summary>Splits <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The edition's text.</param>
    /// <returns>Headline sentences, then dek, then body, in order.</returns>
    public static IReadOnlyList<ProseSentence> Read(EditionText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var byId = text.Figures.ToDictionary(f => f.Id);
        var body = MarkFigures(text.BodyHtml, out var inBody);
        var rest = new Queue<Figure>(text.Figures.Where(f => !inBody.Contains(f.Id)));
        var sentences = new List<ProseSentence>();
        sentences.AddRange(Sentences(ProsePart.Title, MarkPlain(text.Title, rest), null, false, byId));
        sentences.AddRange(Sentences(ProsePart.Summary, MarkPlain(text.Summary, rest), null, false, byId));

        string? heading = null;
        foreach (var block in body.Split(Block))
        {
            var isHeading = block.StartsWith('#');
            var content = isHeading ? block[1..] : block;
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            if (isHeading)
            {
                heading = Collapse(WebUtility.HtmlDecode(content));
                continue;
            }

            var isRow = content.Contains(Cell, StringComparison.Ordinal);
            sentences.AddRange(Sentences(ProsePart.Body, isRow ? content.Replace(Cell.ToString(), " | ", StringComparison.Ordinal).Trim(' ', '|') : content, heading, isRow, byId));
        }

        return sentences;
    }

    // The body with each figure span replaced by FigureStart id FigureEnd, blocks separated by Block (headings marked with
    // a leading '#'), table cells by Cell, every other tag removed. Text stays HTML-encoded until tokenizing.
    private static string MarkFigures(string html, out HashSet<int> ids)
    {
        var found = new HashSet<int>();
        var text = ChartElement().Replace(html, Block.ToString());
        text = FigureSpan().Replace(text, m =>
        {
            var id = int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture);
            found.Add(id);
            return $"{FigureStart}{id}{FigureEnd}";
        });
        text = HeadingOpen().Replace(text, Block + "#");
        text = CellClose().Replace(text, Cell.ToString());
        text = BlockTag().Replace(text, Block.ToString());
        text = AnyTag().Replace(text, " ");
        ids = found;
        return text;
    }

    // Plain text (headline, dek) with the figures of `rest` marked where their printed text is found, in order.
    private static string MarkPlain(string text, Queue<Figure> rest)
    {
        var result = new StringBuilder();
        var at = 0;
        while (rest.Count > 0)
        {
            var figure = rest.Peek();
            var i = figure.Text.Length == 0 ? -1 : text.IndexOf(figure.Text, at, StringComparison.Ordinal);
            if (i < 0)
            {
                break;
            }

            result.Append(WebUtility.HtmlEncode(text[at..i])).Append(FigureStart).Append(figure.Id.ToString(CultureInfo.InvariantCulture)).Append(FigureEnd);
            at = i + figure.Text.Length;
            rest.Dequeue();
        }

        return result.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    private static IEnumerable<ProseSentence> Sentences(ProsePart part, string marked, string? heading, bool isRow, Dictionary<int, Figure> figures)
    {
        var tokens = new List<ProseToken>();
        foreach (Match m in Token().Matches(marked))
        {
            if (m.Groups["fig"].Success)
            {
                var figure = figures[int.Parse(m.Groups["fig"].Value, CultureInfo.InvariantCulture)];
                tokens.Add(new ProseToken(figure.Text, figure));
                continue;
            }

            tokens.Add(new ProseToken(WebUtility.HtmlDecode(m.Value), null));
        }

        if (isRow)
        {
            yield return new ProseSentence(part, tokens, heading, true);
            yield break;
        }

        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i].Text;
            var ends = tokens[i].Figure is null && t is "." or "!" or "?"
                && !(t == "." && i > 0 && Abbreviations.Contains(tokens[i - 1].Text.TrimEnd('.')));
            if (ends || i == tokens.Count - 1)
            {
                if (i + 1 > start)
                {
                    yield return new ProseSentence(part, tokens[start..(i + 1)], heading, false);
                }

                start = i + 1;
            }
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"<figure\b.*?</figure>", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChartElement();

    [GeneratedRegex(@"<span\b[^>]*\bid=""fig-(?<id>\d+)""[^>]*>.*?</span>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FigureSpan();

    [GeneratedRegex(@"<h[1-6]\b[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeadingOpen();

    [GeneratedRegex(@"</t[dh]>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CellClose();

    [GeneratedRegex(@"</?(p|h[1-6]|li|ul|ol|tr|table|thead|tbody|div|blockquote|section|details|summary|figcaption|pre)\b[^>]*>|<br\s*/?>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    // A marked figure; an HTML entity-bearing word (letters, digits, apostrophes, hyphens, ampersand entities, inner
    // periods as in "U.S." or "e.g"); or one mark.
    [GeneratedRegex("\uE000(?<fig>\\d+)\uE001|(?:[\\p{L}\\p{N}]|&amp;|&#39;|&#x27;|[’'\\-])+(?:\\.(?=[\\p{L}]\\.?)[\\p{L}]*)*|&[a-z]+;|&#\\d+;|[^\\s\\p{L}\\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
