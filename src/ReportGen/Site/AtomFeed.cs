using System.Globalization;
using System.Text;
using System.Xml;
using ReportGen.Config;

namespace ReportGen.Site;

/// <summary>Writes <c>feed.xml</c>, an Atom 1.0 feed (RFC 4287) of the published editions. Dates come from the data, never the clock.</summary>
public static class AtomFeed
{
    /// <summary>The feed document, UTF-8 without BOM, LF line endings.</summary>
    /// <param name="config">Site settings (title, description, publisher, absolute base URL).</param>
    /// <param name="entries">The editions, in the order to list them (newest first); drafts excluded by the caller.</param>
    /// <returns>The XML bytes.</returns>
    /// <remarks>The feed's <c>updated</c> is the newest entry's updated time (its correction, its publication from the ledger,
    /// else its as-of date), or 1970-01-01 for an empty feed. Timestamps are ISO 8601 UTC strings, so the newest is the
    /// ordinal maximum.</remarks>
    public static byte[] Write(SiteConfig config, IReadOnlyList<FeedEntry> entries)
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
            xml.WriteElementString("title", ns, config.Title);
            xml.WriteElementString("subtitle", ns, config.Description);
            Link(xml, ns, "self", config.BaseUrl + "feed.xml", "application/atom+xml");
            Link(xml, ns, "alternate", config.BaseUrl, "text/html");
            xml.WriteElementString("id", ns, config.BaseUrl);
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
