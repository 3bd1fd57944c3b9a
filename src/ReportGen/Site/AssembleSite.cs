using System.Net;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Text;
using Scriban.Runtime;

namespace ReportGen.Site;

/// <summary>
/// Stage 5 (in memory): lays out every page with the Scriban layouts and gathers pages, charts, figures.csv files and
/// assets into one <see cref="SiteFileSet"/>. Nothing is written to disk here.
/// </summary>
public static class AssembleSite
{
    /// <summary>Builds the site's files.</summary>
    /// <param name="projectRoot">The project folder (layouts and assets are read from its templates/).</param>
    /// <param name="config">Site settings.</param>
    /// <param name="data">Loaded data (for citations).</param>
    /// <param name="editions">Every rendered edition, grouped by report in plan order.</param>
    /// <param name="diagnostics">Where layout problems go.</param>
    /// <returns>The site's files.</returns>
    public static SiteFileSet Run(string projectRoot, SiteConfig config, MarketData data, IReadOnlyList<RenderedEdition> editions, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(editions);
        var layouts = new LayoutRenderer(projectRoot);
        var files = new SiteFileSet();
        var citations = data.Sources.ToDictionary(s => s.Key, s => s.Value.Citation, StringComparer.Ordinal);
        var disclaimer = new HtmlFragment(MarkdownRenderer.ToHtml(WebUtility.HtmlEncode(config.Disclaimer)));

        foreach (var series in editions.GroupBy(e => e.Edition.Report.Slug))
        {
            var list = series.OrderBy(e => e.Edition.Period).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                var rendered = list[i];
                var edition = rendered.Edition;
                var folder = edition.UrlPath;
                var page = PageObject(config, folder, rendered.Title, rendered.Summary);
                page["content"] = new HtmlFragment(rendered.BodyHtml);
                page["period"] = edition.Period.Label;
                page["as_of"] = edition.AsOf;
                page["as_of_iso"] = edition.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                page["series"] = edition.Report.SeriesName;
                page["series_url"] = $"{Relative.Root(folder)}reports/{edition.Report.Slug}/";
                page["is_draft"] = edition.IsDraft;
                page["disclaimer"] = disclaimer;
                page["figures_csv"] = "figures.csv";
                page["figure_count"] = rendered.Figures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                page["tags"] = edition.Report.Tags.ToList();
                page["sources"] = rendered.SourceIds.Where(data.Sources.ContainsKey).Select(id => SourceObject(data.Sources[id])).ToList();
                page["previous"] = i > 0 ? LinkObject(list[i - 1], folder) : null;
                page["next"] = i + 1 < list.Count ? LinkObject(list[i + 1], folder) : null;
                AddPage(files, layouts, "edition", folder, config, page, diagnostics);
                files.AddText(folder + "figures.csv", FiguresCsv.Write(rendered.Figures, citations));
                foreach (var chart in rendered.Charts)
                {
                    var chartFolder = $"charts/{edition.Report.Slug}/{edition.Period.Slug}/";
                    files.Add(chartFolder + chart.Spec.FileName(1), chart.Png1x);
                    files.Add(chartFolder + chart.Spec.FileName(2), chart.Png2x);
                }
            }

            var seriesFolder = $"reports/{series.Key}/";
            var first = list[0].Edition.Report;
            var seriesPage = PageObject(config, seriesFolder, first.SeriesName, $"Every edition of {first.SeriesName}, newest first.");
            seriesPage["editions"] = list.AsEnumerable().Reverse().Select(e => EditionLink(e, seriesFolder)).ToList();
            AddPage(files, layouts, "series", seriesFolder, config, seriesPage, diagnostics);
        }

        var home = PageObject(config, string.Empty, config.Title, config.Description);
        home["latest"] = editions.GroupBy(e => e.Edition.Report.Slug).Select(g => EditionLink(g.OrderBy(e => e.Edition.Period).Last(), string.Empty)).ToList();
        home["recent"] = editions.OrderByDescending(e => e.Edition.AsOf).ThenBy(e => e.Edition.Report.Slug, StringComparer.Ordinal).Take(12).Select(e => EditionLink(e, string.Empty)).ToList();
        AddPage(files, layouts, "index", string.Empty, config, home, diagnostics);

        var assets = Path.Combine(projectRoot, "templates", "assets");
        foreach (var full in SourceFiles.Enumerate(assets, "*"))
        {
            files.Add("assets/" + SourceFiles.Relative(assets, full), File.ReadAllBytes(full));
        }

        return files;
    }

    private static void AddPage(SiteFileSet files, LayoutRenderer layouts, string layout, string folder, SiteConfig config, ScriptObject page, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject
        {
            ["site"] = RenderEdition.SiteObject(config),
            ["page"] = page,
        };
        var html = layouts.Render(layout, globals, diagnostics);
        if (html is not null)
        {
            files.AddText(folder + "index.html", html);
        }
    }

    private static ScriptObject PageObject(SiteConfig config, string folder, string title, string summary) => new()
    {
        ["title"] = title,
        ["summary"] = summary,
        ["root"] = Relative.Root(folder),
        ["url"] = folder,
        ["canonical"] = config.BaseUrl + folder,
    };

    private static ScriptObject LinkObject(RenderedEdition target, string fromFolder) => new()
    {
        ["title"] = target.Title,
        ["period"] = target.Edition.Period.Label,
        ["url"] = Relative.Root(fromFolder) + target.Edition.UrlPath,
    };

    private static ScriptObject EditionLink(RenderedEdition e, string fromFolder)
    {
        var link = LinkObject(e, fromFolder);
        link["summary"] = e.Summary;
        link["series"] = e.Edition.Report.SeriesName;
        link["as_of"] = e.Edition.AsOf;
        link["is_draft"] = e.Edition.IsDraft;
        return link;
    }

    private static ScriptObject SourceObject(DataSource source) => new()
    {
        ["title"] = source.Title,
        ["citation"] = source.Citation,
        ["supplier"] = source.Supplier,
        ["origin"] = source.Origin,
        ["licence"] = source.Licence,
        ["as_of"] = source.AsOf,
    };
}
