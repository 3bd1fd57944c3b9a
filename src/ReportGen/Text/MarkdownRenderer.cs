using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace ReportGen.Text;

/// <summary>Markdown to HTML with Markdig: pipe tables, GitHub-style heading ids, footnotes, LF newlines.</summary>
/// <remarks>
/// HTML typed into Markdown by an author is shown as text unless the site allows it (<c>raw_html: true</c> in
/// reportgen.yml): a report or FAQ page carries only the markup of the Markdown itself and of ReportGen's functions.
/// Those functions' fragments (figures, citations, charts) reach the Markdown as opaque tokens (<see cref="Protect"/>)
/// and are put back after Markdig has run, so they are never parsed as Markdown nor taken for an author's HTML. A token
/// carries a random secret of the process, so one typed into data or Markdown is not a fragment: it is removed.
/// </remarks>
public static partial class MarkdownRenderer
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    // A secret of this process that every token carries: text from data or an author cannot forge a token (it never
    // sees the secret), so only fragments made by Protect in this process are put back as HTML. Tokens never reach the
    // output, which therefore does not depend on the secret.
    private static readonly string Secret = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    // A token as it stands inside a heading id (the private-use marks dropped by the slug).
    private static readonly Regex IdTokenPattern = new(Secret + "[0-9a-f]*", RegexOptions.CultureInvariant);

    private static readonly MarkdownPipeline WithHtml = Builder().Build();

    private static readonly MarkdownPipeline WithoutHtml = Builder().DisableHtml().Build();

    /// <summary>Converts Markdown to an HTML fragment.</summary>
    /// <param name="markdown">The Markdown text, with fragments from <see cref="Protect"/>.</param>
    /// <param name="allowRawHtml">Let HTML typed into the Markdown through; false shows it as text.</param>
    /// <returns>HTML with LF line endings.</returns>
    public static string ToHtml(string markdown, bool allowRawHtml = false)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = Markdown.ToHtml(markdown, allowRawHtml ? WithHtml : WithoutHtml);
        if (html.IndexOf(Open, StringComparison.Ordinal) < 0)
        {
            return html;
        }

        // A heading's id is made from its text, tokens included (their private-use marks dropped, the secret and the hex
        // kept): each token there becomes the slug of its fragment's text, so ids do not depend on the process's secret.
        html = HeadingId().Replace(html, m => m.Groups["pre"].Value + IdTokenPattern.Replace(m.Groups["id"].Value, t => Slug(Restore(t.Value) ?? string.Empty)) + "\"");

        // A fragment alone in a paragraph is a block of its own (a chart's figure): it replaces the paragraph.
        html = AloneInParagraph().Replace(html, m => Restore(m.Groups["token"].Value) ?? m.Value);
        return Token().Replace(html, m => Restore(m.Groups["token"].Value) ?? string.Empty);
    }

    /// <summary>Wraps HTML that ReportGen generated (never an author's) so it passes through Markdown untouched.</summary>
    /// <param name="html">The fragment.</param>
    /// <returns>A token of two private-use characters around the fragment in hexadecimal, which Markdown leaves alone.</returns>
    public static string Protect(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        // Hexadecimal, because no Markdown syntax is made of its digits (Base64's '+', '=' and '/' are: '++', '==').
        return Open + Secret + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(html)) + Close;
    }

    // The fragment of a token made by this process; null for a forged one (no secret), which is dropped.
    private static string? Restore(string token) =>
        token.StartsWith(Secret, StringComparison.Ordinal) && (token.Length - Secret.Length) % 2 == 0
            ? Encoding.UTF8.GetString(Convert.FromHexString(token.AsSpan(Secret.Length)))
            : null;

    // As GitHub's heading ids: the text without tags, lower case, letters, digits, '-' and '_' kept, spaces as '-'.
    private static string Slug(string fragment)
    {
        var text = System.Net.WebUtility.HtmlDecode(Regex.Replace(fragment, "<[^>]+>", string.Empty)).ToLowerInvariant();
        return new string([.. text.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ').Select(c => c == ' ' ? '-' : c)]);
    }

    private static MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseFootnotes()
        .UseEmphasisExtras()
        .ConfigureNewLine("\n");

    [GeneratedRegex("(?<pre><h[1-6] id=\")(?<id>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingId();

    [GeneratedRegex("<p>\uE000(?<token>[0-9a-f]*)\uE001</p>", RegexOptions.CultureInvariant)]
    private static partial Regex AloneInParagraph();

    [GeneratedRegex("\uE000(?<token>[0-9a-f]*)\uE001", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
