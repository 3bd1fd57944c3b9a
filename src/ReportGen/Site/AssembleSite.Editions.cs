using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Facts;
using ReportGen.Project;
using ReportGen.Publishing;
using Scriban.Runtime;

namespace ReportGen.Site;

/// <summary>Edition pages (with figures.csv and charts) and series pages.</summary>
public static partial class AssembleSite
{
    /// <summary>How dates of the published record read on a page: "Dec 2, 2026".</summary>

    private static void AddEditionsAndSeries(SiteContext context)
    {
        var config = context.Config;
        var citations = context.Data.Sources.ToDictionary(s => s.Key, s => s.Value.Citation, StringComparer.Ordinal);
        var disclaimer = Disclaimer(config);

        // Each question of a note's own FAQ section is marked up (FAQPage) on one page only: the newest published edition
        // whose body asks it, whatever its answer there (a series' FAQ usually repeats word for word in every edition, and
        // where the answer changes, e.g. a point-in-time member list, the newest answer is the current one). Questions
        // of the site's FAQ entries are marked up on their /faq/<slug>/ pages.
        var questionPage = new Dictionary<string, (string AnswerHtml, Planning.Edition Edition)>(StringComparer.Ordinal);
        foreach (var e in context.Published)
        {
            foreach (var q in JsonLd.NoteQuestions(e.BodyHtml).Where(q => !context.Faq.Any(f => f.Question == q.Question)))
            {
                questionPage.TryAdd(q.Question, (q.AnswerHtml, e.Edition));
            }
        }
        foreach (var series in context.Editions.GroupBy(e => e.Edition.Report.Slug))
        {
            var list = series.OrderBy(e => e.Edition.Period).ToList();
            var report = list[0].Edition.Report;
            var seriesFolder = $"reports/{report.Slug}/";
            var faq = context.Faq.Where(f => f.Reports.Contains(report.Slug, StringComparer.Ordinal) || report.Faq.Contains(f.Slug, StringComparer.Ordinal)).ToList();
            foreach (var slug in report.Faq.Where(s => !context.Faq.Any(f => f.Slug == s)))
            {
                context.Diagnostics.Error(Diagnostics.DiagnosticCodes.BadFrontMatter, $"'faq' names '{slug}', which is not an entry in templates/faq/; expected one of: {string.Join(", ", context.Faq.Select(f => f.Slug))}", new Diagnostics.SourceLocation(report.Path, report.Front.LineOf("faq"), 1));
            }

            // Previous and next run within one series key: the report, or for a parameterized series one item's editions.
            var runs = list.GroupBy(e => e.Edition.SeriesKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var rendered in list)
            {
                var edition = rendered.Edition;
                var folder = edition.UrlPath;
                var chartFolder = edition.ChartFolder;
                var run = runs[edition.SeriesKey];
                var i = run.IndexOf(rendered);
                var questions = JsonLd.NoteQuestions(rendered.BodyHtml).Distinct().Where(q => questionPage.TryGetValue(q.Question, out var page) && page.Edition == edition && page.AnswerHtml == q.AnswerHtml).ToList();
                var page = EditionPage(context, rendered, folder, seriesFolder, faq, run, i, disclaimer, questions.Count > 0 ? JsonLd.FaqPageOf(questions) : null);
                var record = context.RecordOf(edition);

                // The latest published edition of an item is also its security's page (securities/<ticker>/), which is
                // the canonical URL of that content while it is the latest; the dated page points there and stays out
                // of the sitemap until a newer edition replaces it.
                var isSecurityPage = edition.Item is not null && rendered == LatestPublished(run);
                if (isSecurityPage)
                {
                    page["canonical"] = context.Config.BaseUrl + Planning.Edition.SecurityPath(edition.Item!);
                }

                // Search finds a security once, at its page, which lists every dated edition: the dated pages of a
                // parameterized series stay out of the index (eight near-identical results per ticker otherwise, and
                // Pagefind needed 5.4 GB for the 40,000 of the scale bench against 0.8 GB for its 5,000 security pages:
                // docs/scaling.md).
                if (edition.Item is not null)
                {
                    page["search_copy"] = true;
                }

                AddPage(context, "edition", folder, page, edition.AsOf, inSitemap: !edition.IsDraft && !isSecurityPage);
                foreach (var version in record.Superseded)
                {
                    AddVersion(context, page, record, version, folder, report);
                }

                context.Files.AddText(folder + "figures.csv", FiguresCsv.Write(rendered.Figures, citations));
                foreach (var file in rendered.Charts.SelectMany(c => c.Files).Where(f => !f.Staged))
                {
                    context.Files.Add(chartFolder + file.Name, file.Bytes);
                }

                foreach (var chart in rendered.Charts)
                {
                    context.Files.AddText(chartFolder + ChartDataCsv.FileName(chart.Spec), ChartDataCsv.Write(chart.Spec, edition.AsOf));
                }
            }

            if (report.ForEach is not null)
            {
                AddSecurityPages(context, report, runs.Values, seriesFolder, faq, disclaimer);
            }

            var newest = list[^1];
            var seriesPage = PageObject(context, seriesFolder, report.SeriesName, Label(config, "series_summary", ("series", report.SeriesName)), "reports");
            // A parameterized series lists its securities, one row each linking to its page, not every item's every edition.
            seriesPage["editions"] = report.ForEach is null ? list.AsEnumerable().Reverse().Select(e => EditionLink(e, seriesFolder)).ToList() : new List<ScriptObject>();
            seriesPage["securities"] = report.ForEach is null ? null : SecurityRows(context, runs.Values, seriesFolder);
            seriesPage["tags"] = report.Tags.Select(t => TagLink(context, t, seriesFolder)).ToList();
            seriesPage["cadence"] = report.Cadence switch
            {
                Metrics.Model.PeriodKind.Week => "weekly",
                Metrics.Model.PeriodKind.Month => "monthly",
                Metrics.Model.PeriodKind.Quarter => "quarterly",
                _ => "annual",
            };
            seriesPage["faq"] = faq.Select(f => FaqLink(f, seriesFolder)).ToList();
            seriesPage["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(seriesFolder)) };
            seriesPage["feed"] = FeedLink(SeriesFeed(config, report));
            SetImage(seriesPage, LeadChart(context, list.AsEnumerable().Reverse().Where(e => !e.Edition.IsDraft)));
            var published = list.Where(e => !e.Edition.IsDraft).Select(e => (DateOnly?)e.Edition.AsOf).LastOrDefault();
            AddPage(context, "series", seriesFolder, seriesPage, published ?? newest.Edition.AsOf);
        }
    }

    // The page object of one edition laid out in `folder` (its own folder, or its security's page): every link relative
    // to that folder; previous and next within `run`, the editions of its series key, oldest first.
    private static ScriptObject EditionPage(SiteContext context, RenderedEdition rendered, string folder, string seriesFolder, List<FaqEntry> faq, List<RenderedEdition> run, int i, Text.HtmlFragment disclaimer, JsonNode? faqPage = null)
    {
        var config = context.Config;
        var edition = rendered.Edition;
        var report = edition.Report;
        var page = PageObject(context, folder, rendered.Title, rendered.Summary, "reports");
        // The og:image: the edition's own lead chart PNG; a dated tear sheet, which draws none, shows its security page's
        // (the item's latest published edition), or the site card when that has no chart.
        var social = rendered.SocialImage is not null || edition.Item is null ? rendered : LatestPublished(run);
        var image = social?.SocialImage is { } png ? config.BaseUrl + social.Edition.ChartFolder + png : null;
        page["og_type"] = "article";
        page["og_image"] = image;
        page["og_image_alt"] = image is null ? null : social!.Charts[0].Spec.AltText;
        page["noindex"] = edition.IsDraft;
        SetContent(context, page, ScrollableTables(rendered.BodyHtml));
        page["period"] = edition.Period.Label;
        page["as_of"] = edition.AsOf;
        page["as_of_iso"] = Iso(edition.AsOf);
        page["series"] = report.SeriesName;
        page["series_url"] = $"{Relative.Root(folder)}{seriesFolder}";
        page["is_draft"] = edition.IsDraft;
        page["disclaimer"] = disclaimer;
        page["figures_csv"] = "figures.csv";
        page["pdf"] = context.Pdf ? PdfPrinter.FileName(edition) : null;
        page["figure_count"] = rendered.Figures.Count.ToString(CultureInfo.InvariantCulture);
        page["figures"] = rendered.Figures.Select(f => new ScriptObject
        {
            ["id"] = f.Id.ToString(CultureInfo.InvariantCulture),
            ["text"] = f.Text,
            ["metric"] = f.Value.Metric,
            ["subject"] = f.Value.Subject,
            ["inputs"] = f.Value.Inputs,
            ["source"] = f.Citation,
            ["in_text"] = rendered.BodyHtml.Contains($"id=\"fig-{f.Id.ToString(CultureInfo.InvariantCulture)}\"", StringComparison.Ordinal),
        }).ToList();
        page["tags"] = report.Tags.Select(t => TagLink(context, t, folder)).ToList();
        page["sources"] = rendered.SourceIds.Where(context.Data.Sources.ContainsKey).Select(id => SourceObject(context.Data.Sources[id])).ToList();
        page["faq"] = faq.Select(f => new ScriptObject
        {
            ["question"] = f.Question,
            ["answer"] = new Text.HtmlFragment(f.AnswerHtml),
            ["url"] = $"{Relative.Root(folder)}faq/{f.Slug}/",
        }).ToList();
        page["previous"] = i > 0 ? EditionLink(run[i - 1], folder) : null;
        page["next"] = i + 1 < run.Count ? EditionLink(run[i + 1], folder) : null;
        var crumbs = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(folder)), Crumb(report.SeriesName, $"{Relative.Root(folder)}{seriesFolder}") };
        if (edition.Item is { } item && folder != Planning.Edition.SecurityPath(item))
        {
            crumbs.Add(Crumb(SecurityName(context, item), Relative.Root(folder) + Planning.Edition.SecurityPath(item)));
        }

        page["breadcrumbs"] = crumbs;
        page["search_copy"] = false;
        AddMentions(context, page, rendered, folder);
        var record = context.RecordOf(edition);
        AddRecord(page, record, config.Culture);
        var article = JsonLd.WithPublication(
            JsonLd.Article(rendered.Title, rendered.Summary, config.BaseUrl + folder, edition.AsOf, config.Publisher, config.Language, image, (report.SeriesName, config.BaseUrl + seriesFolder), report.Tags, edition.IsDraft),
            record.PublishedAt,
            record.ModifiedAt,
            [.. record.Corrections.Select(c => (c.At, CorrectionText(c)))]);
        page["json_ld"] = Scripts(article, faqPage);
        return page;
    }

    // The dates and corrections of the published record, as the edition layout and its partials read them.
    private static void AddRecord(ScriptObject page, EditionRecord record, SiteCulture culture)
    {
        page["published"] = record.PublishedAt?.ToString(culture.DatePattern, culture.Format);
        page["published_iso"] = record.PublishedAt is { } p ? JsonLd.Timestamp(p) : null;
        page["modified"] = record.ModifiedAt?.ToString(culture.DatePattern, culture.Format);
        page["modified_iso"] = record.ModifiedAt is { } m ? JsonLd.Timestamp(m) : null;
        page["retrieved"] = record.Retrieved?.ToString(culture.DatePattern, culture.Format);
        page["retrieved_iso"] = record.Retrieved is { } r ? Iso(r) : null;
        page["corrections"] = record.Corrections.Select(c => Notice(c, string.Empty, culture)).ToList();
        page["version"] = null;
    }

    private static ScriptObject Notice(CorrectionNotice notice, string editionFolderFromHere, SiteCulture culture) => new()
    {
        ["version"] = notice.Version.ToString(CultureInfo.InvariantCulture),
        ["id"] = string.Create(CultureInfo.InvariantCulture, $"correction-{notice.Version}"),
        ["date"] = notice.At.ToString(culture.DatePattern, culture.Format),
        ["date_iso"] = JsonLd.Timestamp(notice.At),
        ["previous_url"] = string.Create(CultureInfo.InvariantCulture, $"{editionFolderFromHere}v{notice.Version - 1}/"),
        ["previous_version"] = (notice.Version - 1).ToString(CultureInfo.InvariantCulture),
        ["items"] = notice.Items.Select(i => new ScriptObject { ["figure"] = i.Figure, ["old"] = i.Old, ["new"] = i.New, ["why"] = i.Why }).ToList(),

        ["is_update"] = notice.IsUpdate,
    };

    // One FAQ block per page: when the note has its own FAQ section, the site's questions linked to the series are listed
    // at the end of it (content, then the layout's links, then content_tail) instead of as a second block.
    // A layout that does not print page.content_tail (written before it existed) gets the whole body in page.content and
    // the site's questions as their own block, as before: splitting there would drop everything after the note's FAQ.
    private static void SetContent(SiteContext context, ScriptObject page, string body)
    {
        var faqEnd = context.Layouts.Mentions("edition", "page.content_tail", context.Diagnostics) ? JsonLd.FaqSectionEnd(body) : -1;
        page["faq_in_note"] = faqEnd >= 0;
        page["content"] = new Text.HtmlFragment(faqEnd >= 0 ? body[..faqEnd] : body);
        page["content_tail"] = new Text.HtmlFragment(faqEnd >= 0 ? body[faqEnd..] : string.Empty);
    }

    /// <summary>One line per corrected item: "figure 1, total_return of AMD: 185.6% → 190.2% (why)".</summary>
    private static string CorrectionText(CorrectionNotice notice) =>
        string.Join("\n", notice.Items.Select(i => $"{i.Figure}: {i.Old} → {i.New} ({i.Why})"));

    // An earlier version at <edition>/v<N>/: its title, dek, body and figures as published, under the current layout,
    // with the correction that replaced it. Chart images are not kept in the record: each chart is replaced by its alt
    // text as first published (its caption and data table stay in the body).
    private static void AddVersion(SiteContext context, ScriptObject current, EditionRecord record, SupersededVersion version, string editionFolder, Planning.ReportDefinition report)
    {
        var culture = context.Config.Culture;
        var folder = string.Create(CultureInfo.InvariantCulture, $"{editionFolder}v{version.Version}/");
        var page = new ScriptObject();
        foreach (var (key, value) in current)
        {
            page[key] = value;
        }

        var body = DeeperLinks().Replace(ChartImage().Replace(ChartCsvLink().Replace(version.BodyHtml, string.Empty), m => $"<p class=\"chart-as-published\">Chart as first published (the image is not kept in the record): {m.Groups["alt"].Value}</p>"), "$1=\"../../");
        page["title"] = version.Title;
        page["summary"] = version.Summary;
        page["root"] = Relative.Root(folder);
        page["url"] = folder;
        page["canonical"] = context.Config.BaseUrl + editionFolder;
        page["noindex"] = true;
        page["og_image"] = null;
        SetContent(context, page, ScrollableTables(body));
        page["series_url"] = $"{Relative.Root(folder)}reports/{report.Slug}/";
        page["figures_csv"] = "figures.csv";
        page["figure_count"] = version.Figures.Count.ToString(CultureInfo.InvariantCulture);
        page["figures"] = version.Figures.Select(f => new ScriptObject
        {
            ["id"] = f.Id.ToString(CultureInfo.InvariantCulture),
            ["text"] = f.Text,
            ["metric"] = f.Metric,
            ["subject"] = f.Subject,
            ["inputs"] = f.Inputs,
            ["source"] = f.Sources,
            ["in_text"] = version.BodyHtml.Contains($"id=\"fig-{f.Id.ToString(CultureInfo.InvariantCulture)}\"", StringComparison.Ordinal),
        }).ToList();
        page["tags"] = report.Tags.Select(t => TagLink(context, t, folder)).ToList();
        page["faq"] = new List<ScriptObject>();
        page["mentioned_in"] = new List<ScriptObject>(); // an earlier version shows the edition as it was, without today's list of notes
        page["previous"] = null;
        page["next"] = null;
        page["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(folder)), Crumb(report.SeriesName, $"{Relative.Root(folder)}reports/{report.Slug}/"), Crumb(Convert.ToString(current["title"], CultureInfo.InvariantCulture) ?? report.SeriesName, "../") };
        page["json_ld"] = null;
        page["published"] = version.PublishedAt.ToString(culture.DatePattern, culture.Format);
        page["published_iso"] = JsonLd.Timestamp(version.PublishedAt);
        page["modified"] = null;
        page["modified_iso"] = null;
        page["corrections"] = new List<ScriptObject>();
        var next = record.Corrections.First(c => c.Version == version.Version + 1);
        page["version"] = new ScriptObject
        {
            ["number"] = version.Version.ToString(CultureInfo.InvariantCulture),
            ["superseded"] = version.SupersededAt.ToString(culture.DatePattern, culture.Format),
            ["superseded_iso"] = JsonLd.Timestamp(version.SupersededAt),
            ["current_url"] = "../",
            ["correction"] = Notice(next, "../", culture),
        };
        AddPage(context, "edition", folder, page, inSitemap: false);
        context.Files.AddText(folder + "figures.csv", version.FiguresCsv);
    }

    // A chart's image in a body: a bare <img> (as before v2 charts) or the <picture> around it, with its <source>s.
    [GeneratedRegex("""(?:<picture\b[^>]*>(?:(?!</picture>)[\s\S])*?)?<img\b[^>]*\bsrc="[^"]*charts/[^"]*"[^>]*\balt="(?<alt>[^"]*)"[^>]*>(?:\s*</picture>)?""", RegexOptions.CultureInvariant)]
    private static partial Regex ChartImage();

    // The chart partial's CSV link: an earlier version keeps no chart data, so the link (to today's data) is left out.
    [GeneratedRegex("""\n?<a class="chart-csv" [^>]*>[^<]*</a>""", RegexOptions.CultureInvariant)]
    private static partial Regex ChartCsvLink();

    [GeneratedRegex("""\b(href|src)="\.\./""", RegexOptions.CultureInvariant)]
    private static partial Regex DeeperLinks();

    /// <summary>Wraps each table of a body in a labelled, focusable region that scrolls sideways on narrow screens
    /// (keyboard users can scroll it too), so wide tables never push the page wider than the screen.</summary>
    private static string ScrollableTables(string html) => html
        .Replace("<table>", "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\"><table>", StringComparison.Ordinal)
        .Replace("</table>", "</table></div>", StringComparison.Ordinal);

    private static ScriptObject SourceObject(Data.DataSource source) => new()
    {
        ["title"] = source.Title,
        ["citation"] = source.Citation,
        ["supplier"] = source.Supplier,
        ["origin"] = source.Origin,
        ["licence"] = source.Licence,
        ["as_of"] = source.AsOf,
    };
}
