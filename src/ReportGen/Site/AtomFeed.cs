using System.Globalization;
using System.Text;
using System.Xml;
using ReportGen.Config;

namespace ReportGen.Site;

/// <summary>
/// Writes <c>feed.xml</c>, an Atom 1.0 feed (RFC 4287) of the published editions: the site-wide one at the root and one per
/// series and per tag (<see cref="FeedChannel"/>). Dates come from the data, never the clock.
/// </summary>
public static class AtomFeed
{
    /// <summary>The file name of every feed: <c>feed.xml</c> (at the root, and in a series' or tag's folder).</summary>
    public const string FileName = "feed.xml";

    /// <summary>The feed document, UTF-8 without BOM, LF line endings.</summary>
    /// <param name="config">Site settings (title, description, publisher, absolute base URL).</param>
    /// <param name="entries">The editions, in the order to list them (newest first); drafts excluded by the caller.</param>
    /// <param name="channel">The series or tag the feed is for, or null for the site-wide feed (title and subtitle from
    /// <paramref name="config"/>, self link <c>feed.xml</c>, id and alternate link the base URL).</param>
    /// <returns>The XML bytes.</returns>
    /// <remarks>The feed's <c>updated</c> is the newest entry's updated time (its correction, its publication from the ledger,
    /// else its as-of date), or 1970-01-01 for an empty feed. Timestamps are ISO 8601 UTC strings, so the newest is the
    /// ordinal maximum.</remarks>
    public static byte[] Write(SiteConfig config, IReadOnlyList<FeedEntry> entries, FeedChannel? channel = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(entries);
        const string ns = "http://www.w3.org/2005/Atom";
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, config.Language);
            var page = config.BaseUrl + (channel?.Folder ?? string.Empty);
            xml.WriteElementString("title", ns, channel?.Title ?? config.Title);
            xml.WriteElementString("subtitle", ns, channel?.Subtitle ?? config.Description);
            Link(xml, ns, "self", config.BaseUrl + (channel?.Path ?? FileName), "application/atom+xml");
            Link(xml, ns, "alternate", page, "text/html");
            xml.WriteElementString("id", ns, page);
            var newest = entries.Count == 0 ? "1970-01-01T00:00:00Z" : entries.Select(Updated).Max(StringComparer.Ordinal)!;
            xml.WriteElementString("updated", ns, newest);
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, config.Publisher);
            xml.WriteEndElement();
            xml.WriteElementString("generator", ns, "ReportGen");
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, entry.Title);
                Link(xml, ns, "alternate", entry.Url, "text/html");
                xml.WriteElementString("id", ns, entry.Id ?? entry.Url);
                xml.WriteElementString("published", ns, entry.Published is { } p ? JsonLd.Timestamp(p) : Timestamp(entry.Date));
                xml.WriteElementString("updated", ns, Updated(entry));
                xml.WriteElementString("summary", ns, entry.Summary);
                if (entry.ContentHtml is { } content)
                {
                    xml.WriteStartElement("content", ns);
                    xml.WriteAttributeString("type", "html");
                    xml.WriteAttributeString("xml", "base", null, entry.Url);
                    xml.WriteString(content);
                    xml.WriteEndElement();
                }

                foreach (var category in entry.Categories)
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // An entry's updated time: its newest correction, else its publication, else its as-of date.
    private static string Updated(FeedEntry entry) => entry.Updated is { } u ? JsonLd.Timestamp(u) : entry.Published is { } p ? JsonLd.Timestamp(p) : Timestamp(entry.Date);

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
