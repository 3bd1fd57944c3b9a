using System.Globalization;
using System.Net;
using System.Text;
using ReportGen.Binding;
using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Metrics;
using ReportGen.Text;
using ReportGen.Text.Functions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Pipeline;

/// <summary>
/// Stages 3 and 4 for one edition: binds its charts, renders headline, dek and body (front matter, then Scriban, then
/// Markdig), and draws its charts. Templates see metric views, never raw rows.
/// </summary>
public static class RenderEdition
{
    /// <summary>Renders <paramref name="edition"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="data">All loaded data (cut at the edition's as-of date by the views).</param>
    /// <param name="config">Site settings.</param>
    /// <param name="diagnostics">Where template, metric and chart problems go.</param>
    /// <param name="chartCacheDirectory">
    /// Folder of PNGs keyed by <see cref="ChartRenderer.ContentHash"/>: a chart whose spec, data and theme are unchanged is
    /// read from there instead of redrawn, and new renders are stored there; null to draw every chart.
    /// </param>
    /// <returns>The rendered edition, or null on error.</returns>
    /// <exception cref="IOException">The chart cache folder cannot be read or written.</exception>
    public static RenderedEdition? Run(Edition edition, MarketData data, SiteConfig config, DiagnosticBag diagnostics, string? chartCacheDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var report = edition.Report;
        var scope = new EditionScope(data, edition.Period, edition.AsOf, report.Benchmarks.Count > 0 ? report.Benchmarks[0] : config.Benchmark, config.Stress);
        var log = new FigureLog();
        var functions = new TemplateFunctions(scope, config, log, report.Slug);
        var globals = functions.ToScriptObject();
        globals["edition"] = EditionObject(edition);
        globals["site"] = SiteObject(config);

        var errors = diagnostics.ErrorCount;
        var specs = BindCharts(report, scope, globals, functions, diagnostics);
        var chartRoot = $"{Relative.Root(edition.UrlPath)}charts/{report.Slug}/{edition.Period.Slug}/";
        globals.Import("chart", new Func<TemplateContext, SourceSpan, string, HtmlFragment>((_, span, id) =>
            specs.TryGetValue(id, out var spec)
                ? new HtmlFragment(ChartHtml.Figure(spec, chartRoot))
                : throw new TemplateFunctionException(span, DiagnosticCodes.TemplateRuntime, $"unknown chart '{id}'; expected one declared under 'charts:' in the front matter: {string.Join(", ", specs.Keys)}")));

        // The body renders first, so the variables it assigns at its top (u = universe "ai-leaders") are visible to the
        // headline and dek templates, which render after it as plain text.
        string? body = null;
        var template = TemplateRenderer.Parse(report.Text, report.Path, report.Front.BodyOffset, report.Front.BodyLine, diagnostics);
        if (template is not null)
        {
            body = TemplateRenderer.Render(template, globals, report.Text, report.Path, diagnostics, markdown: true);
        }

        string? title = null;
        string? summary = null;
        if (body is not null)
        {
            functions.WrapFigures = false;
            title = RenderValue(report, "title", report.Title, globals, diagnostics);
            summary = RenderValue(report, "summary", report.Summary, globals, diagnostics);
        }

        if (title is null || summary is null || body is null || diagnostics.ErrorCount > errors)
        {
            return null;
        }

        var images = ChartRenderer.RenderAll([.. specs.Values], [1, 2], chartCacheDirectory);
        var charts = images.Chunk(2).Select(pair => new RenderedChart(pair[0].Spec, pair[0].Png, pair[1].Png) { Reused = pair[0].FromCache && pair[1].FromCache }).ToList();
        var sources = log.Figures.SelectMany(f => f.Value.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new RenderedEdition(edition, WebUtility.HtmlDecode(title), WebUtility.HtmlDecode(summary), MarkdownRenderer.ToHtml(body, config.AllowRawHtml), log.Figures, charts, sources);
    }

    private static string? RenderValue(ReportDefinition report, string key, string value, ScriptObject globals, DiagnosticBag diagnostics)
    {
        var line = report.Front.LineOf(key);
        var template = TemplateRenderer.ParseValue(value, report.Path, line, diagnostics);
        return template is null ? null : TemplateRenderer.Render(template, globals, report.Text, report.Path, diagnostics)?.Trim();
    }

    private static Dictionary<string, ChartSpec> BindCharts(ReportDefinition report, EditionScope scope, ScriptObject globals, TemplateFunctions functions, DiagnosticBag diagnostics)
    {
        var specs = new Dictionary<string, ChartSpec>(StringComparer.Ordinal);
        foreach (var declaration in report.Charts)
        {
            // A chart title is a template too ("AI leaders vs the S&P 500, {{ edition.period }}"), rendered as plain text.
            functions.WrapFigures = false;
            var title = string.Empty;
            if (declaration.Title.Length > 0)
            {
                var template = TemplateRenderer.ParseValue(declaration.Title, report.Path, declaration.Line, diagnostics);
                if (template is null)
                {
                    continue;
                }

                title = WebUtility.HtmlDecode(TemplateRenderer.Render(template, globals, report.Text, report.Path, diagnostics) ?? string.Empty);
            }

            functions.WrapFigures = true;
            try
            {
                specs[declaration.Id] = ChartBinder.Bind(declaration, scope, title);
            }
            catch (Exception e) when (e is ArgumentException or KeyNotFoundException or InsufficientDataException)
            {
                diagnostics.Error(DiagnosticCodes.ChartUnavailable, $"chart '{declaration.Id}' for {scope.Period}: {e.Message}", new SourceLocation(report.Path, declaration.Line, 1));
            }
            catch (NonFiniteMetricException e)
            {
                diagnostics.Error(DiagnosticCodes.NonFiniteMetric, $"chart '{declaration.Id}' for {scope.Period}: {e.Message}", new SourceLocation(report.Path, declaration.Line, 1));
            }
        }

        return specs;
    }

    /// <summary>The <c>edition</c> object templates see.</summary>
    internal static ScriptObject EditionObject(Edition edition)
    {
        var o = new ScriptObject
        {
            ["period"] = edition.Period.Label,
            ["period_code"] = edition.Period.ToString(),
            ["as_of"] = edition.AsOf,
            ["series"] = edition.Report.SeriesName,
            ["slug"] = edition.Report.Slug,
            ["is_draft"] = edition.IsDraft,
            ["previous_period"] = edition.Period.Previous().Label,
            ["year"] = edition.Period.End.Year.ToString(CultureInfo.InvariantCulture),
        };
        return o;
    }

    /// <summary>The <c>site</c> object templates see.</summary>
    internal static ScriptObject SiteObject(SiteConfig config) => new()
    {
        ["title"] = config.Title,
        ["publisher"] = config.Publisher,
        ["description"] = config.Description,
        ["language"] = config.Language,
        ["base_url"] = config.BaseUrl,
    };
}

/// <summary>Relative links, so pages work under any base URL.</summary>
public static class Relative
{
    /// <summary>The prefix from a page folder back to the site root: <c>reports/a/b/</c> → <c>../../../</c>; <c>""</c> → <c>""</c>.</summary>
    /// <param name="pageFolder">Site-relative folder of the page, ending in '/' (empty for the root).</param>
    public static string Root(string pageFolder)
    {
        ArgumentNullException.ThrowIfNull(pageFolder);
        var depth = pageFolder.Count(c => c == '/');
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append("../");
        }

        return sb.ToString();
    }
}
