using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Charts;
using ReportGen.Data;
using ReportGen.Planning;
using ReportGen.Project;
using Scriban.Runtime;

namespace ReportGen.Site;

/// <summary>
/// The pages of parameterized series (front matter <c>for_each:</c>): each security's page <c>securities/&lt;ticker&gt;/</c>
/// (its latest published edition, with the list of its editions) and the index <c>securities/</c> of every covered security.
/// </summary>
public static partial class AssembleSite
{
    /// <summary>Site folder of the index of covered securities.</summary>
    private const string SecuritiesFolder = "securities/";

    // The newest published (non-draft) edition of a run, or null when it has only a draft.
    private static RenderedEdition? LatestPublished(List<RenderedEdition> run) => run.LastOrDefault(e => !e.Edition.IsDraft);

    // The security's display name from data/securities.csv, or its ticker.
    private static string SecurityName(SiteContext context, string ticker) =>
        context.Data.Securities.TryGetValue(ticker, out var s) && s.Name.Length > 0 ? s.Name : ticker;

    private static string KindWord(SiteContext context, string ticker) =>
        context.Data.Securities.TryGetValue(ticker, out var s)
            ? s.Kind switch { SecurityKind.Etf => "ETF", SecurityKind.Index => "index", _ => "stock" }
            : string.Empty;

    /// <summary>One row per security with a published edition, in ordinal order of ticker: name, ticker, kind, latest period,
    /// the link to its page and the series it belongs to, with links relative to <paramref name="fromFolder"/>.</summary>
    private static List<ScriptObject> SecurityRows(SiteContext context, IEnumerable<List<RenderedEdition>> runs, string fromFolder) =>
        [.. runs.Select(LatestPublished).OfType<RenderedEdition>()
            .OrderBy(e => e.Edition.Item, StringComparer.Ordinal)
            .Select(e => new ScriptObject
            {
                ["name"] = SecurityName(context, e.Edition.Item!),
                ["ticker"] = e.Edition.Item,
                ["kind"] = KindWord(context, e.Edition.Item!),
                ["period"] = e.Edition.Period.Label,
                ["as_of"] = e.Edition.AsOf,
                ["as_of_iso"] = Iso(e.Edition.AsOf),
                ["title"] = e.Title,
                ["url"] = Relative.Root(fromFolder) + Edition.SecurityPath(e.Edition.Item!),
                ["series"] = e.Edition.Report.SeriesName,
                ["series_url"] = $"{Relative.Root(fromFolder)}reports/{e.Edition.Report.Slug}/",
            })];

    // securities/<ticker>/: the latest published edition of each item laid out one folder up (its body's links one level
    // shallower), with every edition of the item listed, newest first; canonical, in the sitemap and in search.
    private static void AddSecurityPages(SiteContext context, ReportDefinition report, IEnumerable<List<RenderedEdition>> runs, string seriesFolder, List<FaqEntry> faq, Text.HtmlFragment disclaimer)
    {
        foreach (var run in runs)
        {
            if (LatestPublished(run) is not { } latest)
            {
                continue;
            }

            var edition = latest.Edition;
            var folder = Edition.SecurityPath(edition.Item!);
            var own = Relative.Root(folder);
            var page = EditionPage(context, latest, folder, seriesFolder, faq, run, run.IndexOf(latest), disclaimer);
            var dated = edition.Period.Slug + "/";
            page["content"] = new Text.HtmlFragment(ScrollableTables(ShallowerLinks().Replace(latest.BodyHtml, "$1=\"")));
            page["figures_csv"] = dated + "figures.csv";
            page["pdf"] = context.Pdf ? dated + PdfPrinter.FileName(edition) : null;
            page["edition_url"] = dated;
            page["security"] = new ScriptObject
            {
                ["name"] = SecurityName(context, edition.Item!),
                ["ticker"] = edition.Item,
                ["kind"] = KindWord(context, edition.Item!),
            };
            page["history"] = run.AsEnumerable().Reverse().Select(e => EditionLink(e, folder)).ToList();
            page["previous"] = null;
            page["next"] = null;
            page["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), own), Crumb(report.SeriesName, own + seriesFolder) };
            // Corrections of the latest edition link to its earlier versions, which live under the dated folder.
            page["corrections"] = context.RecordOf(edition).Corrections.Select(c => Notice(c, dated, context.Config.Culture)).ToList();
            AddPage(context, "security", folder, page, edition.AsOf);
        }
    }

    // securities/: every covered security, one row each, across all parameterized series.
    private static void AddSecuritiesIndex(SiteContext context)
    {
        var runs = context.Editions.Where(e => e.Edition.Item is not null)
            .GroupBy(e => e.Edition.SeriesKey, StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => e.Edition.Period).ToList())
            .ToList();
        if (runs.Count == 0)
        {
            return;
        }

        var page = PageObject(context, SecuritiesFolder, context.Config.Labels["securities"], context.Config.Labels["securities_summary"], "securities");
        var rows = SecurityRows(context, runs, SecuritiesFolder);
        page["securities"] = rows;
        page["breadcrumbs"] = new List<ScriptObject> { Crumb(HomeLabel(context), Relative.Root(SecuritiesFolder)) };
        var newest = runs.Select(LatestPublished).OfType<RenderedEdition>().Select(e => (DateOnly?)e.Edition.AsOf).Max();
        AddPage(context, "securities", SecuritiesFolder, page, newest);
    }

    // The home page's entry for each parameterized series with a published edition: one link to its series page (which
    // lists its securities), dated by its newest edition, instead of one entry per security.
    private static IEnumerable<ScriptObject> ParameterizedSeriesLinks(SiteContext context, string fromFolder) =>
        context.Published.Where(e => e.Edition.Item is not null)
            .GroupBy(e => e.Edition.Report.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var newest = g.First().Edition;
                var count = g.Where(e => e.Edition.Period == newest.Period).Select(e => e.Edition.Item).Distinct(StringComparer.Ordinal).Count();
                return new ScriptObject
                {
                    ["title"] = newest.Report.SeriesName,
                    ["period"] = newest.Period.Label,
                    ["url"] = $"{Relative.Root(fromFolder)}reports/{newest.Report.Slug}/",
                    ["summary"] = string.Create(CultureInfo.InvariantCulture, $"{newest.Period.Label}: one page for each of {count} {(count == 1 ? "security" : "securities")}, as of its newest edition."),
                    ["series"] = newest.Report.SeriesName,
                    ["series_url"] = $"{Relative.Root(fromFolder)}reports/{newest.Report.Slug}/",
                    ["as_of"] = newest.AsOf,
                    ["as_of_iso"] = Iso(newest.AsOf),
                    ["is_draft"] = false,
                };
            });

    // A body laid out one folder shallower than its own: every relative link that climbs loses one "../".
    [GeneratedRegex("""\b(href|src|srcset)="\.\./""", RegexOptions.CultureInvariant)]
    private static partial Regex ShallowerLinks();
}
