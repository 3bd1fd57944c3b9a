using System.Net;
using System.Text.RegularExpressions;
using ReportGen.Planning;
using ReportGen.Project;

namespace ReportGen.Text;

/// <summary>
/// Ticker links of one edition: where the engine prints a security (its name or ticker read from a security view, the
/// <c>name</c> function, the names in <c>ranked</c>, <c>best_of</c> and <c>worst_of</c>, a chart caption or data-table row),
/// it asks this object for the link to the security's page, relative to the edition's page, and records the mention.
/// A security without a page, or the security the page is itself about (a tear sheet), is written as plain text.
/// Headlines, deks, chart titles and alt text are plain-text renders and get no links.
/// </summary>
public sealed partial class SecurityLinks
{
    /// <summary>The class of every ticker link, which the stylesheet draws as a quiet link and <see cref="OncePerBlock"/> finds.</summary>
    public const string CssClass = "ticker";

    private readonly SecurityPages _pages;
    private readonly string _root;
    private readonly string? _self;
    private readonly Dictionary<string, SecurityMention> _mentions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The links of <paramref name="edition"/>'s page to the pages of <paramref name="pages"/>.</summary>
    /// <param name="pages">The covered securities of the whole plan.</param>
    /// <param name="edition">The edition whose page the links are written on: they are relative to its folder, and its own
    /// item (a tear sheet's security) is not linked.</param>
    public SecurityLinks(SecurityPages pages, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(edition);
        _pages = pages;
        _root = Relative.Root(edition.UrlPath);
        _self = edition.Item;
    }

    /// <summary>Every security printed in the edition's text (linked or not), each at its first mention, by ticker in ordinal order.</summary>
    public IReadOnlyList<SecurityMention> Mentions
    {
        get
        {
            lock (_gate)
            {
                return [.. _mentions.Values.OrderBy(m => m.Ticker, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>The URL of <paramref name="ticker"/>'s page relative to the edition's page (e.g. <c>../../../securities/nvda/</c>),
    /// or null when it has no page or is the page's own security.</summary>
    /// <param name="ticker">The ticker.</param>
    public string? Href(string ticker)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        return ticker == _self || _pages.PathOf(ticker) is not { } path ? null : _root + path;
    }

    /// <summary>
    /// Records a mention of <paramref name="ticker"/> at <paramref name="path"/>:<paramref name="line"/>:<paramref name="column"/>
    /// and returns <paramref name="html"/> (already escaped text) wrapped in a link to its page, or unchanged when it has none.
    /// </summary>
    /// <param name="ticker">The security printed.</param>
    /// <param name="html">Its words as HTML (escaped).</param>
    /// <param name="path">Project-relative file of the template that printed it.</param>
    /// <param name="line">1-based line there.</param>
    /// <param name="column">1-based column there.</param>
    /// <returns>An <c>&lt;a class="ticker"&gt;</c> element, or <paramref name="html"/>.</returns>
    public string Link(string ticker, string html, string path, int line, int column)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        ArgumentNullException.ThrowIfNull(html);
        lock (_gate)
        {
            _mentions.TryAdd(ticker, new SecurityMention(ticker, path, line, column));
        }

        return Href(ticker) is { } href ? $"<a class=\"{CssClass}\" href=\"{WebUtility.HtmlEncode(href)}\">{html}</a>" : html;
    }

    /// <summary>
    /// Keeps the first ticker link to each page in every block (a paragraph, list item, heading, table row, caption) and
    /// writes the later ones as their text: a table row naming a company and its ticker, or a paragraph naming it three
    /// times, links it once. Only the links this class writes are touched (their exact markup), never other text.
    /// </summary>
    /// <param name="html">An edition body as HTML.</param>
    /// <returns>The body with repeated links unwrapped.</returns>
    public static string OncePerBlock(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains($"<a class=\"{CssClass}\"", StringComparison.Ordinal))
        {
            return html;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return LinkOrBlockEnd().Replace(html, m =>
        {
            if (!m.Groups["href"].Success)
            {
                seen.Clear();
                return m.Value;
            }

            return seen.Add(m.Groups["href"].Value) ? m.Value : m.Groups["text"].Value;
        });
    }

    [GeneratedRegex("<a class=\"ticker\" href=\"(?<href>[^\"]*)\">(?<text>[^<]*)</a>|</(?:p|li|tr|h[1-6]|figcaption|caption|dt|dd|blockquote|summary)>", RegexOptions.CultureInvariant)]
    private static partial Regex LinkOrBlockEnd();
}

/// <summary>A security printed in an edition's text: its first mention.</summary>
/// <param name="Ticker">The security.</param>
/// <param name="Path">Project-relative file of the template or note that printed it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SecurityMention(string Ticker, string Path, int Line, int Column);
