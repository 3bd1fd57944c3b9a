using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Project;
using ReportGen.Publishing;
using ReportGen.Text;
using Scriban.Runtime;

namespace ReportGen.Site;

/// <summary>
/// Stage 6, first half: lays out every page with the Scriban layouts (editions, series, home, archive, tags, FAQ,
/// search, 404) and gathers pages, charts, figures.csv files, feed, sitemap, robots.txt and assets into one
/// <see cref="SiteFileSet"/>: in memory, or for a publishing build into its staging folder (never the output itself).
/// </summary>
/// <remarks>
/// Links between pages are relative (<see cref="Relative.Root"/>), so the site works under any base URL; absolute URLs,
/// built from <see cref="SiteConfig.BaseUrl"/>, appear only where a standard requires them: canonical links, Open Graph,
/// JSON-LD, the feed, the sitemap and robots.txt. The 404 page, served at any depth, links from the base URL's path.
/// </remarks>
public static partial class AssembleSite
{
    /// <summary>Builds the site's files.</summary>
    /// <param name="projectRoot">The project folder (layouts, FAQ entries and assets are read from its templates/).</param>
    /// <param name="config">Site settings; <see cref="SiteConfig.BaseUrl"/> must be an absolute http(s) URL ending in '/'.</param>
    /// <param name="data">Loaded data (for citations).</param>
    /// <param name="editions">Every rendered edition, grouped by report in plan order.</param>
    /// <param name="diagnostics">Where layout problems, FAQ problems, a bad base URL (<see cref="DiagnosticCodes.BadBaseUrl"/>) and path
    /// collisions (<see cref="DiagnosticCodes.PathCollision"/>) go.</param>
    /// <param name="searchAvailable">True when Pagefind will index the staged site, so the search page loads its UI.</param>
    /// <param name="publication">The published record (dates, corrections, earlier versions; docs/ledger.md), or null for
    /// none: editions are then dated by their as-of date.</param>
    /// <param name="onlyPages">When set, only the pages whose site folder (e.g. <c>reports/x/2026-q2/</c>) it accepts are
    /// laid out; the other outputs are made as usual (<c>serve</c> lays out the page being read first); null for all.</param>
    /// <param name="pdf">True when <see cref="PdfPrinter"/> will add each edition's PDF (<see cref="PdfPrinter.PathOf"/>), so edition pages link to it.</param>
    /// <param name="into">The set to add the files to (a publishing build passes a <see cref="SiteFileSet.Staged"/>
    /// one, so pages go to disk as they are laid out, already holding the chart files the render stage staged:
    /// <see cref="ChartFile.Staged"/>); null for a new set in memory.</param>
    /// <exception cref="IOException"><paramref name="into"/> is staged and a file cannot be written.</exception>
    /// <returns>The site's files (incomplete when <paramref name="diagnostics"/> has errors).</returns>
    public static SiteFileSet Run(string projectRoot, SiteConfig config, MarketData data, IReadOnlyList<RenderedEdition> editions, DiagnosticBag diagnostics, bool searchAvailable = false, Publication? publication = null, Func<string, bool>? onlyPages = null, bool pdf = false, SiteFileSet? into = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = into ?? new SiteFileSet();
        if (!Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https") || !config.BaseUrl.EndsWith('/'))
        {
            diagnostics.Error(DiagnosticCodes.BadBaseUrl, $"base URL '{config.BaseUrl}' is not an absolute http(s) URL; expected e.g. https://example.org/notes/", SourceLocation.File(ProjectLayout.ConfigFile));
            return files;
        }

        var faq = FaqLoader.Run(projectRoot, diagnostics, config.AllowRawHtml);
        var context = new SiteContext(projectRoot, config, data, editions, faq, searchAvailable, baseUri.AbsolutePath, files, diagnostics) { Publication = publication, OnlyPages = onlyPages, Pdf = pdf };
        try
        {
            AddEditionsAndSeries(context);
            AddSecuritiesIndex(context);
            AddFaq(context);
            AddIndexes(context);
            AddCorrections(context);
            AddDiscovery(context);
            AddAssets(context);
        }
        catch (SitePathException e)
        {
            diagnostics.Error(DiagnosticCodes.PathCollision, e.Message, Source(e.SitePath, editions, faq));
        }

        // Proof that ReportGen wrote the folder, so a later build may replace it (see OutputGuard).
        files.AddText(OutputGuard.MarkerFile, OutputGuard.MarkerText);

        return files;
    }

    // The input that writes a site path, as far as the path tells: an asset, a report's editions, an FAQ entry.
    private static SourceLocation? Source(string sitePath, IReadOnlyList<RenderedEdition> editions, IReadOnlyList<FaqEntry> faq)
    {
        var segments = sitePath.Split('/');
        return segments switch
        {
            ["assets", ..] => SourceLocation.File(ProjectLayout.TemplatesFolder + "/" + sitePath),
            ["reports", var slug, ..] when editions.FirstOrDefault(e => e.Edition.Report.Slug == slug) is { } e => SourceLocation.File(e.Edition.Report.Path),
            ["securities", var item, ..] when editions.FirstOrDefault(e => e.Edition.ItemSlug == item) is { } e => SourceLocation.File(e.Edition.Report.Path),
            ["faq", var slug, ..] when faq.FirstOrDefault(f => f.Slug == slug) is { } f => SourceLocation.File(f.Path),
            _ => null,
        };
    }

    private static void AddAssets(SiteContext context)
    {
        var assets = new ProjectLayout(context.ProjectRoot).Assets;
        foreach (var full in SourceFiles.Enumerate(assets, "*"))
        {
            context.Files.Add("assets/" + SourceFiles.Relative(assets, full), File.ReadAllBytes(full));
        }

        // The favicon and the site card (SiteImages), unless the project ships its own under the same name.
        var generated = new (string Name, Func<byte[]> Bytes)[]
        {
            (SiteImages.FaviconSvgFile, () => System.Text.Encoding.UTF8.GetBytes(SiteImages.FaviconSvg)),
            (SiteImages.FaviconPngFile, () => SiteImages.FaviconPng(32)),
            (SiteImages.TouchIconFile, () => SiteImages.FaviconPng(180)),
            (SiteImages.CardFile, () => SiteImages.CardPng(context.Config.Title, context.Config.Description)),
        };
        foreach (var (name, bytes) in generated.Where(g => !context.Files.Contains("assets/" + g.Name)))
        {
            context.Files.Add("assets/" + name, bytes());
        }
    }

    /// <summary>The lead chart's PNG (<see cref="RenderedEdition.SocialImage"/>, absolute URL) and its alt text of the newest
    /// of <paramref name="newestFirst"/> that has a chart, or null: the <c>og:image</c> of home, series and tag pages.</summary>
    private static (string Url, string Alt)? LeadChart(SiteContext context, IEnumerable<RenderedEdition> newestFirst) =>
        newestFirst.FirstOrDefault(e => e.Charts.Count > 0 && e.SocialImage is not null) is { } e
            ? (context.Config.BaseUrl + e.Edition.ChartFolder + e.SocialImage, e.Charts[0].Spec.AltText)
            : null;

    private static void SetImage(ScriptObject page, (string Url, string Alt)? image)
    {
        if (image is { } i)
        {
            page["og_image"] = i.Url;
            page["og_image_alt"] = i.Alt;
        }
    }

    /// <summary>True when the project has <c>templates/layouts/&lt;name&gt;.sbn-html</c> (for optional pages).</summary>
    private static bool LayoutExists(SiteContext context, string name) => File.Exists(Path.Combine(context.ProjectRoot, ProjectLayout.Layout(name)));

    /// <summary>Renders <paramref name="layout"/> into <paramref name="folder"/><c>index.html</c> (or <paramref name="fileName"/>) and records it for the sitemap.</summary>
    private static void AddPage(SiteContext context, string layout, string folder, ScriptObject page, DateOnly? lastModified = null, bool inSitemap = true, string fileName = "index.html")
    {
        if (context.OnlyPages is { } only && !only(folder))
        {
            return;
        }

        // Pages without an image of their own (FAQ, archive, search, ...) show the site card.
        if (page["og_image"] is null)
        {
            page["og_image"] = context.Config.BaseUrl + "assets/" + SiteImages.CardFile;
            page["og_image_alt"] = $"{context.Config.Title}: {context.Config.Description}";
        }

        var site = TemplateGlobals.Site(context.Config);
        site["search_available"] = context.SearchAvailable;
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = page,
            ["labels"] = Labels(context.Config),
        };
        var html = context.Layouts.Render(layout, globals, context.Diagnostics, context.Config.Culture);
        if (html is null)
        {
            return;
        }

        context.Files.AddText(folder + fileName, html);
        if (inSitemap)
        {
            context.SitemapPages.Add((context.Config.BaseUrl + folder, lastModified));
        }
    }

    // The first breadcrumb's name: "Home" in English.
    private static string HomeLabel(SiteContext context) => context.Config.Labels["home"];

    // The words of the layouts, as 'labels.<key>' (LayoutLabels; reportgen.yml 'labels:').
    private static ScriptObject Labels(SiteConfig config)
    {
        var labels = new ScriptObject();
        foreach (var (key, text) in config.Labels)
        {
            labels[key] = text;
        }

        return labels;
    }

    /// <summary>The variables every layout and partial may read; pages add their own.</summary>
    private static ScriptObject PageObject(SiteContext context, string folder, string title, string summary, string section) => new()
    {
        ["title"] = title,
        ["summary"] = summary,
        ["root"] = Relative.Root(folder),
        ["url"] = folder,
        ["canonical"] = context.Config.BaseUrl + folder,
        ["section"] = section,
        ["og_type"] = "website",
        ["og_image"] = null,
        ["og_image_alt"] = null,
        ["json_ld"] = null,
        ["feed"] = null,
        ["noindex"] = false,
        ["breadcrumbs"] = new List<ScriptObject>(),
    };

    private static ScriptObject Crumb(string title, string url) => new() { ["title"] = title, ["url"] = url };

    private static ScriptObject TagLink(SiteContext context, string tag, string fromFolder) => new()
    {
        ["name"] = tag,
        ["url"] = $"{Relative.Root(fromFolder)}tags/{UrlSlug.From(tag)}/",
    };

    private static ScriptObject EditionLink(RenderedEdition e, string fromFolder) => new()
    {
        ["title"] = e.Title,
        ["period"] = e.Edition.Period.Label,
        ["url"] = Relative.Root(fromFolder) + e.Edition.UrlPath,
        ["summary"] = e.Summary,
        ["series"] = e.Edition.Report.SeriesName,
        ["series_url"] = $"{Relative.Root(fromFolder)}reports/{e.Edition.Report.Slug}/",
        ["as_of"] = e.Edition.AsOf,
        ["as_of_iso"] = Iso(e.Edition.AsOf),
        ["is_draft"] = e.Edition.IsDraft,
    };

    private static ScriptObject FaqLink(FaqEntry entry, string fromFolder) => new()
    {
        ["question"] = entry.Question,
        ["url"] = $"{Relative.Root(fromFolder)}faq/{entry.Slug}/",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static HtmlFragment? Scripts(params JsonNode?[] nodes)
    {
        var present = nodes.OfType<JsonNode>().ToList();
        return present.Count == 0 ? null : JsonLd.Scripts(present);
    }

    private static HtmlFragment Disclaimer(SiteConfig config) => new(MarkdownRenderer.ToHtml(WebUtility.HtmlEncode(config.Disclaimer)));

    /// <summary>Everything the page builders share during one run.</summary>
    private sealed class SiteContext(string projectRoot, SiteConfig config, MarketData data, IReadOnlyList<RenderedEdition> editions, IReadOnlyList<FaqEntry> faq, bool searchAvailable, string basePath, SiteFileSet files, DiagnosticBag diagnostics)
    {
        public string ProjectRoot { get; } = projectRoot;

        public SiteConfig Config { get; } = config;

        public MarketData Data { get; } = data;

        public IReadOnlyList<RenderedEdition> Editions { get; } = editions;

        public IReadOnlyList<FaqEntry> Faq { get; } = faq;

        public bool SearchAvailable { get; } = searchAvailable;

        /// <summary>The base URL's path, e.g. <c>/notes/</c>: the 404 page's link prefix.</summary>
        public string BasePath { get; } = basePath;

        public SiteFileSet Files { get; } = files;

        public DiagnosticBag Diagnostics { get; } = diagnostics;

        /// <summary>The published record, or null (editions dated by their as-of date).</summary>
        public Publication? Publication { get; init; }

        /// <summary>What the page of <paramref name="edition"/> shows about its publication.</summary>
        public EditionRecord RecordOf(Planning.Edition edition) => Publication?.For(edition) ?? EditionRecord.Unpublished;

        public LayoutRenderer Layouts { get; } = new(projectRoot);

        /// <summary>The folders whose pages are laid out; null for every page.</summary>
        public Func<string, bool>? OnlyPages { get; init; }

        /// <summary>True when each edition page links to its PDF (<c>build --pdf</c> with Chromium found).</summary>
        public bool Pdf { get; init; }

        public List<(string Url, DateOnly? LastModified)> SitemapPages { get; } = [];

        /// <summary>Published (non-draft) editions, newest first; ties by series slug.</summary>
        public IReadOnlyList<RenderedEdition> Published => [.. Editions.Where(e => !e.Edition.IsDraft)
            .OrderByDescending(e => e.Edition.Period.End).ThenBy(e => e.Edition.Report.Slug, StringComparer.Ordinal)];
    }
}
