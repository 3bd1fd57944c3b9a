using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using ReportGen.Text;

namespace ReportGen.Site;

/// <summary>
/// schema.org structured data (Article, FAQPage) built as <see cref="JsonObject"/>s and serialized by System.Text.Json,
/// never by string concatenation, then embedded in a <c>&lt;script type="application/ld+json"&gt;</c> element.
/// </summary>
public static partial class JsonLd
{
    // The encoder from Create() always escapes the HTML-sensitive characters < > & ' " (as \u003C …), so data holding
    // "</script>" or "<!--" cannot end the script element; other Unicode letters stay readable.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>An Article for an edition.</summary>
    /// <param name="headline">The headline, plain text.</param>
    /// <param name="description">The dek, plain text.</param>
    /// <param name="url">The edition's canonical absolute URL.</param>
    /// <param name="date">The edition's as-of date, used as published and modified date (builds never read the clock).</param>
    /// <param name="publisher">The publisher's name, also the author.</param>
    /// <param name="language">BCP 47 language tag.</param>
    /// <param name="image">Absolute URL of the lead chart, or null.</param>
    /// <param name="series">The series' name and absolute URL.</param>
    /// <param name="keywords">Topic tags.</param>
    /// <param name="isDraft">True for a draft edition (marked <c>creativeWorkStatus: Draft</c>).</param>
    /// <returns>The JSON-LD object.</returns>
    public static JsonObject Article(string headline, string description, string url, DateOnly date, string publisher, string language, string? image, (string Name, string Url) series, IReadOnlyList<string> keywords, bool isDraft)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        var iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = headline,
            ["description"] = description,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = iso,
            ["dateModified"] = iso,
            ["inLanguage"] = language,
            ["author"] = Organization(publisher),
            ["publisher"] = Organization(publisher),
            ["isPartOf"] = new JsonObject { ["@type"] = "CreativeWorkSeries", ["name"] = series.Name, ["url"] = series.Url },
            ["isAccessibleForFree"] = true,
        };
        if (image is not null)
        {
            article["image"] = new JsonArray(image);
        }

        if (keywords.Count > 0)
        {
            article["keywords"] = new JsonArray([.. keywords.Select(k => (JsonNode)k)]);
        }

        if (isDraft)
        {
            article["creativeWorkStatus"] = "Draft";
        }

        return article;
    }

    /// <summary>
    /// Dates an Article from the published record: <c>datePublished</c> is the first publication, <c>dateModified</c> the
    /// newest correction (else the first publication), and each correction is a schema.org <c>CorrectionComment</c> in
    /// <c>correction</c> (https://schema.org/correction). Without a publication time the as-of dates stay.
    /// </summary>
    /// <param name="article">An object from <see cref="Article"/>.</param>
    /// <param name="published">When version 1 was published, or null.</param>
    /// <param name="modified">When the newest correction was published, or null.</param>
    /// <param name="corrections">Each correction's time and text, oldest first.</param>
    /// <returns>The same object, for chaining.</returns>
    public static JsonObject WithPublication(JsonObject article, DateTimeOffset? published, DateTimeOffset? modified, IReadOnlyList<(DateTimeOffset At, string Text)> corrections)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(corrections);
        if (published is not { } first)
        {
            return article;
        }

        article["datePublished"] = Timestamp(first);
        article["dateModified"] = Timestamp(modified ?? first);
        if (corrections.Count > 0)
        {
            article["correction"] = new JsonArray([.. corrections.Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["datePublished"] = Timestamp(c.At),
                ["text"] = c.Text,
            })]);
        }

        return article;
    }

    /// <summary>An ISO 8601 UTC timestamp to the second, e.g. <c>2026-12-02T09:30:00Z</c>.</summary>
    /// <param name="time">The time.</param>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A FAQPage of the given entries (question and HTML answer each): for an FAQ entry's own page.</summary>
    /// <param name="entries">The questions shown on the page, in page order; at least one.</param>
    /// <returns>The JSON-LD object.</returns>
    /// <exception cref="ArgumentException">No entries.</exception>
    public static JsonObject FaqPage(IReadOnlyList<FaqEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return FaqPageOf([.. entries.Select(e => (e.Question, e.AnswerHtml))]);
    }

    /// <summary>A FAQPage of the given questions (plain-text question and HTML answer each).</summary>
    /// <param name="questions">The questions shown on the page, in page order; at least one.</param>
    /// <returns>The JSON-LD object.</returns>
    /// <exception cref="ArgumentException">No questions.</exception>
    /// <remarks>Mark a question up on one page only (Google's FAQPage guidelines: "If you have FAQ content that is
    /// repeated on your site, mark up only one instance"): an FAQ entry on its <c>/faq/&lt;slug&gt;/</c> page, a note's own
    /// questions (<see cref="NoteQuestions"/>) on that edition's page.</remarks>
    public static JsonObject FaqPageOf(IReadOnlyList<(string Question, string AnswerHtml)> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count == 0)
        {
            throw new ArgumentException("a FAQPage needs at least one question", nameof(questions));
        }

        var list = new JsonArray();
        foreach (var (question, answer) in questions)
        {
            list.Add(new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = question,
                ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = answer.Trim() },
            });
        }

        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "FAQPage",
            ["mainEntity"] = list,
        };
    }

    /// <summary>
    /// The questions a note answers in its own body: the <c>h3</c> headings of its FAQ section (an <c>h2</c> reading "FAQ",
    /// "Frequently asked questions" or "Questions and answers", any case), each with the HTML up to the next heading as its
    /// answer. Figure markup (<c>span</c>s with provenance tooltips) is reduced to its text.
    /// </summary>
    /// <param name="bodyHtml">An edition's body HTML.</param>
    /// <returns>Question (plain text) and answer (HTML) pairs in page order; empty when the body has no such section or no
    /// question in it has an answer.</returns>
    public static IReadOnlyList<(string Question, string AnswerHtml)> NoteQuestions(string bodyHtml)
    {
        ArgumentNullException.ThrowIfNull(bodyHtml);
        var heading = FaqHeading().Match(bodyHtml);
        if (!heading.Success)
        {
            return [];
        }

        var section = bodyHtml[(heading.Index + heading.Length)..FaqSectionEnd(bodyHtml)];
        var questions = new List<(string, string)>();
        var h3 = QuestionHeading().Matches(section);
        for (var i = 0; i < h3.Count; i++)
        {
            var answerStart = h3[i].Index + h3[i].Length;
            var answerEnd = i + 1 < h3.Count ? h3[i + 1].Index : section.Length;
            var question = System.Net.WebUtility.HtmlDecode(AnyTag().Replace(h3[i].Groups["q"].Value, string.Empty)).Trim();
            var answer = Span().Replace(section[answerStart..answerEnd], string.Empty).Trim();
            if (question.Length > 0 && answer.Length > 0)
            {
                questions.Add((question, answer));
            }
        }

        return questions;
    }

    /// <summary>
    /// Where a note's own FAQ section ends in its body HTML: the index of the first <c>h2</c> after the FAQ heading (see
    /// <see cref="NoteQuestions"/> for the headings recognised), or the body's length when the FAQ is the last section.
    /// </summary>
    /// <param name="bodyHtml">An edition's body HTML.</param>
    /// <returns>The index (0 ≤ i ≤ length), or -1 when the body has no FAQ section.</returns>
    public static int FaqSectionEnd(string bodyHtml)
    {
        ArgumentNullException.ThrowIfNull(bodyHtml);
        var heading = FaqHeading().Match(bodyHtml);
        if (!heading.Success)
        {
            return -1;
        }

        var next = bodyHtml.IndexOf("<h2", heading.Index + heading.Length, StringComparison.Ordinal);
        return next < 0 ? bodyHtml.Length : next;
    }

    [GeneratedRegex("""<h2\b[^>]*>\s*(FAQ|FAQs|Frequently asked questions|Questions and answers)\s*</h2>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FaqHeading();

    [GeneratedRegex("""<h3\b[^>]*>(?<q>.*?)</h3>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionHeading();

    [GeneratedRegex("""<[^>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex("""</?span\b[^>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex Span();

    /// <summary>The JSON text, with every HTML-sensitive character escaped (<c>&lt;</c> as <c>\u003C</c>).</summary>
    /// <param name="node">The object.</param>
    public static string Serialize(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Options);
    }

    /// <summary>The <c>&lt;script type="application/ld+json"&gt;</c> elements for <paramref name="nodes"/>, one per line.</summary>
    /// <param name="nodes">The objects.</param>
    /// <returns>Markup safe to write into a page as is.</returns>
    public static HtmlFragment Scripts(IEnumerable<JsonNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return new HtmlFragment(string.Join("\n", nodes.Select(n => $"<script type=\"application/ld+json\">{Serialize(n)}</script>")));
    }

    private static JsonObject Organization(string name) => new() { ["@type"] = "Organization", ["name"] = name };
}
