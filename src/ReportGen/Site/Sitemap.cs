using System.Globalization;
using System.Text;
using System.Xml;

namespace ReportGen.Site;

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org 0.9) and <c>robots.txt</c> pointing at it.</summary>
public static class Sitemap
{
    /// <summary>The sitemap document, UTF-8 without BOM, LF line endings.</summary>
    /// <param name="pages">Absolute page URLs with an optional last-modified date (an edition's as-of date), in the order to list them.</param>
    /// <returns>The XML bytes.</returns>
    public static byte[] Write(IReadOnlyList<(string Url, DateOnly? LastModified)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var (url, lastModified) in pages)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, url);
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", ns, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The robots.txt text: everything may be crawled; the sitemap is at <paramref name="baseUrl"/><c>sitemap.xml</c>.</summary>
    /// <param name="baseUrl">Absolute base URL ending in '/'.</param>
    public static string Robots(string baseUrl) => $"User-agent: *\nDisallow:\n\nSitemap: {baseUrl}sitemap.xml\n";
}
