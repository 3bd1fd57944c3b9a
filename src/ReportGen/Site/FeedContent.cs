using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Site;

/// <summary>
/// The HTML an edition's feed entry carries as its <c>content</c>: the dek, the lede (the body's first paragraph) and, when
/// the body has a "Key takeaways" section (an <c>h2</c> of that text followed by a list), that list; then a link to the
/// full note. The figure markup of the page (<c>&lt;span class="fig" …&gt;</c> with its provenance tooltip) is reduced to
/// the figure's text, since feed readers drop the attributes and the tooltips with them.
/// </summary>
public static partial class FeedContent
{
    /// <summary>The content HTML.</summary>
    /// <param name="summary">The dek, plain text (escaped here).</param>
    /// <param name="bodyHtml">The edition's body HTML as the page shows it (relative links, resolved by the entry's <c>xml:base</c>).</param>
    /// <param name="url">The edition's absolute URL, for the closing link.</param>
    /// <returns>HTML: <c>&lt;p&gt;dek&lt;/p&gt;</c>, the lede paragraph, the takeaways list under an <c>h2</c> if present, the link to the page.</returns>
    public static string Html(string summary, string bodyHtml, string url)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(bodyHtml);
        ArgumentNullException.ThrowIfNull(url);
        var sb = new StringBuilder();
        sb.Append("<p><strong>").Append(WebUtility.HtmlEncode(summary)).Append("</strong></p>\n");
        var takeaways = Takeaways().Match(bodyHtml);
        var rest = takeaways.Success ? bodyHtml.Remove(takeaways.Index, takeaways.Length) : bodyHtml;
        var lede = FirstParagraph().Match(rest);
        if (lede.Success)
        {
            sb.Append(Plain(lede.Value)).Append('\n');
        }

        if (takeaways.Success)
        {
            sb.Append("<h2>Key takeaways</h2>\n").Append(Plain(takeaways.Groups["list"].Value)).Append('\n');
        }

        sb.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">Read the full note</a></p>");
        return sb.ToString();
    }

    // Figure spans (and any other span) reduced to their text.
    private static string Plain(string html) => Span().Replace(html, string.Empty);

    // "## Key takeaways" (any case, with or without the id Markdig gives it) and the list right after it.
    [GeneratedRegex("""<h2\b[^>]*>\s*Key takeaways\s*</h2>\s*(?<list><(?<tag>ul|ol)\b[^>]*>.*?</\k<tag>>)""", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Takeaways();

    [GeneratedRegex("""<p>.*?</p>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FirstParagraph();

    [GeneratedRegex("""</?span\b[^>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
