using System.Globalization;
using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Project;
using ReportGen.Text;
using Scriban.Runtime;

namespace ReportGen.Site;

/// <summary>Home, archive, tags, FAQ, search and 404 pages; the feed, sitemap and robots.txt.</summary>
public static partial class AssembleSite
{
    private static void AddFaq(SiteContext context)
    {
        var reports = context.Editions.Select(e => e.Edition.Report).DistinctBy(r => r.Slug).ToDictionary(r => r.Slug, StringComparer.Ordinal);
        foreach (var entry in context.Faq)
        {
            var folder = $"faq/{entry.Slug}/";
            var summary = PlainSummary(entry.AnswerHtml);
            var page = PageObject(context, folder, entry.Question, summary, "faq");
            page["answer"] = new HtmlFragment(entry.AnswerHtml);
            page["tags"] = entry.Tags.Select(t => TagLink(context, t, folder)).ToList();
            page["reports"] = entry.Reports.Where(reports.ContainsKey).Select(slug => new ScriptObject
            {
                ["title"] = reports[slug].SeriesName,
                ["url"] = $"{Relative.Root(folder)}reports/{slug}/",
            }).ToList();
            page["others"] = context.Faq.Where(f => f != entry).Select(f => FaqLink(f, folder)).ToList();
            page["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(folder)), Crumb("FAQ", $"{Relative.Root(folder)}faq/") };
            page["json_ld"] = Scripts(JsonLd.FaqPage([entry]));
            AddPage(context, "faq", folder, page);
        }

        const string hub = "faq/";
        var hubPage = PageObject(context, hub, context.Config.Labels["faq_title"], context.Config.Labels["faq_summary"], "faq");
        hubPage["entries"] = context.Faq.Select(f =>
        {
            var link = FaqLink(f, hub);
            link["summary"] = PlainSummary(f.AnswerHtml);
            link["tags"] = f.Tags.Select(t => TagLink(context, t, hub)).ToList();
            return link;
        }).ToList();
        hubPage["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(hub)) };
        AddPage(context, "faq-index", hub, hubPage);
    }

    private static void AddIndexes(SiteContext context)
    {
        var config = context.Config;
        // The editions of parameterized series (one per security per period) are listed on their series page and
        // securities/, not one by one on the home page, the archive, tag pages or the 404 page.
        var published = context.Published.Where(e => e.Edition.Item is null).ToList();

        // Home: the newest published edition of each series, then earlier ones; drafts (--drafts) in a list of their own.
        var home = PageObject(context, string.Empty, config.Title, config.Description, "home");
        var latest = published.GroupBy(e => e.Edition.Report.Slug).Select(g => g.First()).ToList();
        home["latest"] = latest.Select(e => EditionLink(e, string.Empty)).Concat(ParameterizedSeriesLinks(context, string.Empty)).ToList();
        home["recent"] = published.Except(latest).Take(12).Select(e => EditionLink(e, string.Empty)).ToList();
        home["drafts"] = context.Editions.Where(e => e.Edition.IsDraft && e.Edition.Item is null).OrderBy(e => e.Edition.Report.Slug, StringComparer.Ordinal).Select(e => EditionLink(e, string.Empty)).ToList();
        home["faq"] = context.Faq.Take(5).Select(f => FaqLink(f, string.Empty)).ToList();
        SetImage(home, LeadChart(context, published));
        AddPage(context, "index", string.Empty, home, published.Count > 0 ? published[0].Edition.AsOf : null);

        // Archive: published editions by year, newest first.
        const string archive = "archive/";
        var archivePage = PageObject(context, archive, context.Config.Labels["archive"], context.Config.Labels["archive_summary"], "archive");
        archivePage["years"] = published.GroupBy(e => e.Edition.Period.End.Year).Select(g => new ScriptObject
        {
            ["year"] = g.Key.ToString(CultureInfo.InvariantCulture),
            ["editions"] = g.Select(e => EditionLink(e, archive)).ToList(),
        }).ToList();
        archivePage["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(archive)) };
        AddPage(context, "archive", archive, archivePage, published.Count > 0 ? published[0].Edition.AsOf : null);

        // Tags: one page per slug. Two spellings of one slug ("AI" and "ai", "S&P" and "s-p") would share a page under
        // whichever came first, so they are an error naming both: the project settles on one spelling.
        var tags = new SortedDictionary<string, (string Name, List<RenderedEdition> Editions, List<FaqEntry> Faq)>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        (string Name, List<RenderedEdition> Editions, List<FaqEntry> Faq) TagOf(string tag, string file)
        {
            var slug = UrlSlug.From(tag);
            if (!tags.TryGetValue(slug, out var entry))
            {
                entry = (tag, [], []);
                tags[slug] = entry;
                firstSeen[slug] = file;
            }
            else if (entry.Name != tag && reported.Add(slug))
            {
                context.Diagnostics.Error(DiagnosticCodes.TagSpellings, $"tag '{tag}' and tag '{entry.Name}' ({firstSeen[slug]}) would share the page tags/{slug}/; write the tag one way everywhere", SourceLocation.File(file));
            }

            return entry;
        }

        foreach (var e in published)
        {
            foreach (var tag in e.Edition.Report.Tags)
            {
                TagOf(tag, e.Edition.Report.Path).Editions.Add(e);
            }
        }

        // A parameterized series' tags get their page too (its pages link to it), without listing every security's edition.
        foreach (var tag in context.Published.Where(e => e.Edition.Item is not null).Select(e => e.Edition.Report).DistinctBy(r => r.Slug).SelectMany(r => r.Tags.Select(t => (Tag: t, r.Path))))
        {
            TagOf(tag.Tag, tag.Path);
        }

        foreach (var f in context.Faq)
        {
            foreach (var tag in f.Tags)
            {
                TagOf(tag, f.Path).Faq.Add(f);
            }
        }

        foreach (var (slug, (name, editions, faq)) in tags)
        {
            var folder = $"tags/{slug}/";
            var page = PageObject(context, folder, Label(context.Config, "topic_title", ("topic", name)), Label(context.Config, "topic_summary", ("topic", name)), "tags");
            page["name"] = name;
            page["editions"] = editions.Distinct().Select(e => EditionLink(e, folder)).ToList();
            page["faq"] = faq.Select(f => FaqLink(f, folder)).ToList();
            page["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(folder)), Crumb("Topics", $"{Relative.Root(folder)}tags/") };
            page["feed"] = editions.Count > 0 ? FeedLink(TagFeed(config, name)) : null;
            SetImage(page, LeadChart(context, editions));
            AddPage(context, "tag", folder, page, editions.Count > 0 ? editions[0].Edition.AsOf : null);
        }

        const string tagIndex = "tags/";
        var tagsPage = PageObject(context, tagIndex, context.Config.Labels["topics"], context.Config.Labels["topics_summary"], "tags");
        tagsPage["tags"] = tags.Select(t => new ScriptObject
        {
            ["name"] = t.Value.Name,
            ["url"] = $"{t.Key}/",
            ["editions"] = t.Value.Editions.Distinct().Count().ToString(CultureInfo.InvariantCulture),
            ["questions"] = t.Value.Faq.Count.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        tagsPage["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(tagIndex)) };
        AddPage(context, "tags", tagIndex, tagsPage);

        // Search: Pagefind's UI when the index is built, otherwise a notice; either way the archive and topics are linked.
        const string search = "search/";
        var searchPage = PageObject(context, search, context.Config.Labels["search"], context.Config.Labels["search_summary"], "search");
        searchPage["base_path"] = context.BasePath;
        searchPage["pagefind"] = $"{Relative.Root(search)}{SearchIndexer.Folder}/";
        searchPage["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(search)) };
        AddPage(context, "search", search, searchPage);

        // 404: served at any depth, so its links start from the base URL's path instead of being relative.
        var notFound = PageObject(context, string.Empty, context.Config.Labels["not_found_title"], context.Config.Labels["not_found_summary"], "none");
        notFound["root"] = context.BasePath;
        notFound["canonical"] = null;
        notFound["noindex"] = true;
        notFound["recent"] = published.Take(5).Select(e =>
        {
            var link = EditionLink(e, string.Empty);
            link["url"] = context.BasePath + e.Edition.UrlPath;
            return link;
        }).ToList();
        AddPage(context, "404", string.Empty, notFound, inSitemap: false, fileName: "404.html");
    }

    private static void AddDiscovery(SiteContext context)
    {
        var config = context.Config;
        // Corrections first (newest first), each its own entry pointing at the notice; then the editions, dated from the ledger.
        var entries = new List<(Planning.Edition Edition, FeedEntry Entry)>();
        foreach (var (edition, notice) in context.Publication?.Corrections ?? [])
        {
            var title = context.Editions.First(e => e.Edition == edition).Title;
            var url = string.Create(CultureInfo.InvariantCulture, $"{config.BaseUrl}{edition.UrlPath}#correction-{notice.Version}");
            entries.Add((edition, new FeedEntry(notice.IsUpdate ? $"Update: {title}" : $"Correction: {title}", CorrectionText(notice), url, edition.AsOf, edition.Report.Tags) { Published = notice.At, Updated = notice.At, Id = url }));
        }

        foreach (var e in context.Published)
        {
            var record = context.RecordOf(e.Edition);
            var url = config.BaseUrl + e.Edition.UrlPath;
            entries.Add((e.Edition, new FeedEntry(e.Title, e.Summary, url, e.Edition.AsOf, e.Edition.Report.Tags) { Published = record.PublishedAt, Updated = record.ModifiedAt, ContentHtml = FeedContent.Html(e.Summary, e.BodyHtml, url) }));
        }

        // The site-wide feed and the tag feeds carry the ordinary series; a parameterized series' editions are in its own feed.
        context.Files.Add(AtomFeed.FileName, AtomFeed.Write(config, [.. entries.Where(e => e.Edition.Item is null).Select(e => e.Entry)]));

        // One feed per series (every series has a page, so every series has a feed, empty until an edition is published)
        // and one per tag that tags a published edition: the entries of the site-wide feed that belong to it, in its order.
        foreach (var report in context.Editions.Select(e => e.Edition.Report).DistinctBy(r => r.Slug))
        {
            var channel = SeriesFeed(config, report);
            context.Files.Add(channel.Path, AtomFeed.Write(config, [.. entries.Where(e => e.Edition.Report.Slug == report.Slug).Select(e => e.Entry)], channel));
        }

        foreach (var tag in entries.Where(e => e.Edition.Item is null).SelectMany(e => e.Edition.Report.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var channel = TagFeed(config, tag);
            if (!context.Files.Contains(channel.Path))
            {
                context.Files.Add(channel.Path, AtomFeed.Write(config, [.. entries.Where(e => e.Edition.Item is null && e.Edition.Report.Tags.Any(t => UrlSlug.From(t) == UrlSlug.From(tag))).Select(e => e.Entry)], channel));
            }
        }

        context.Files.Add("sitemap.xml", Sitemap.Write([.. context.SitemapPages.OrderBy(p => p.Url, StringComparer.Ordinal)]));
        context.Files.AddText("robots.txt", Sitemap.Robots(config.BaseUrl));
    }

    private static FeedChannel SeriesFeed(Config.SiteConfig config, Planning.ReportDefinition report) =>
        new($"{report.SeriesName} · {config.Title}", Label(config, "series_feed_summary", ("series", report.SeriesName)), $"reports/{report.Slug}/");

    private static FeedChannel TagFeed(Config.SiteConfig config, string tag) =>
        new($"{Label(config, "topic_title", ("topic", tag))} · {config.Title}", Label(config, "topic_feed_summary", ("topic", tag)), $"tags/{UrlSlug.From(tag)}/");

    // A label with its slots filled, as plain text (LayoutLabels.Format): page titles, summaries, feed subtitles.
    private static string Label(Config.SiteConfig config, string key, params (string Slot, string Value)[] slots) =>
        Config.LayoutLabels.Format(config.Labels[key], slots.ToDictionary(s => s.Slot, s => s.Value, StringComparer.Ordinal));

    /// <summary>The <c>page.feed</c> of a series or tag page: the head's <c>&lt;link rel="alternate"&gt;</c> and the visible link.</summary>
    private static ScriptObject FeedLink(FeedChannel channel) => new()
    {
        ["title"] = channel.Title + " (Atom feed)",
        ["url"] = AtomFeed.FileName,
    };

    // /corrections/: every published correction, newest first, each linking to its notice and to the version it replaced.
    // Written when the project has the layout, or (so that the feed's links lead somewhere) whenever there is a correction.
    private static void AddCorrections(SiteContext context)
    {
        var corrections = context.Publication?.Corrections ?? [];
        if (corrections.Count == 0 && !LayoutExists(context, "corrections"))
        {
            return;
        }

        const string folder = "corrections/";
        var page = PageObject(context, folder, context.Config.Labels["corrections"], context.Config.Labels["corrections_summary"], "corrections");
        page["corrections"] = corrections.Select(c =>
        {
            var edition = context.Editions.First(e => e.Edition == c.Edition);
            var notice = Notice(c.Notice, Relative.Root(folder) + c.Edition.UrlPath, context.Config.Culture);
            notice["edition_title"] = edition.Title;
            notice["edition_url"] = $"{Relative.Root(folder)}{c.Edition.UrlPath}#correction-{c.Notice.Version.ToString(CultureInfo.InvariantCulture)}";
            notice["series"] = c.Edition.Report.SeriesName;
            notice["anchor"] = string.Create(CultureInfo.InvariantCulture, $"{c.Edition.SeriesKey.Replace('/', '-')}-{c.Edition.Period.Slug}-v{c.Notice.Version}");
            notice["period"] = c.Edition.Period.Label;
            return notice;
        }).ToList();
        page["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(folder)) };
        AddPage(context, "corrections", folder, page);
    }

    /// <summary>The first paragraph of an answer as plain text, for descriptions: tags stripped, entities decoded, at most 200 characters.</summary>
    private static string PlainSummary(string html)
    {
        var start = html.IndexOf("<p>", StringComparison.Ordinal);
        var end = start < 0 ? -1 : html.IndexOf("</p>", start, StringComparison.Ordinal);
        var paragraph = start < 0 || end < 0 ? html : html[(start + 3)..end];
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(paragraph, "<[^>]*>", string.Empty)).Trim();
        text = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 200 ? text : string.Concat(text.AsSpan(0, text.LastIndexOf(' ', 199)), "…");
    }
}
