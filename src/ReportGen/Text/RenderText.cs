using System.Globalization;
using System.Net;
using System.Text;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;
using ReportGen.Text.Functions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Text;

/// <summary>
/// The render-text stage for one edition: binds its chart specs to the edition's facts, renders headline, dek and body
/// (front matter, then Scriban, then Markdig). Templates see the facts (metric views cut at the as-of date), never raw rows.
/// The charts are drawn afterwards by the chart stage (<c>Charts/ChartStage</c>).
/// </summary>
public static class RenderText
{
    /// <summary>Renders the text of <paramref name="edition"/> from its facts.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="scope">The edition's facts: the data cut at its as-of date, with its benchmark and stress scenario.</param>
    /// <param name="history">
    /// The earlier editions of its series, each cut at its own as-of date (<see cref="EditionHistory.None"/> for the first
    /// edition): templates read the previous one as <c>prev</c> (null for the first edition) and the whole history
    /// through <c>streak</c> and <c>last_held</c>.
    /// </param>
    /// <param name="config">Site settings.</param>
    /// <param name="pictures">The image files and sizes of a chart (the chart renderer's <c>ChartLayout.Picture</c>): the text
    /// stage writes each chart's <c>&lt;picture&gt;</c> before the charts are drawn.</param>
    /// <param name="diagnostics">Where template, metric and chart problems go.</param>
    /// <param name="note">The editor's note of the edition (<c>notes/&lt;report&gt;/&lt;period&gt;.md</c>, or
    /// <c>notes/&lt;report&gt;/&lt;item&gt;/&lt;period&gt;.md</c> for an edition of a parameterized series), merged into its section
    /// (<see cref="EditionNotes"/>); null when it has none.</param>
    /// <returns>The edition's texts, figures and chart specs, or null on error.</returns>
    /// <remarks>An edition of a parameterized series (<see cref="Edition.Item"/>) also binds <c>item</c>: the item's
    /// <see cref="SecurityView"/>.</remarks>
    /// <exception cref="KeyNotFoundException">The edition's item has no price data (the planner plans none such).</exception>
    public static EditionText? Run(Edition edition, EditionScope scope, EditionHistory history, SiteConfig config, Func<ChartSpec, ChartPicture> pictures, DiagnosticBag diagnostics, EditionNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var report = edition.Report;
        var partials = MarkupPartials.Load(report.ProjectRoot, diagnostics);
        if (partials is null)
        {
            return null;
        }

        var log = new FigureLog();
        var functions = new TemplateFunctions(scope, config, log, edition.SeriesKey, partials, history);
        var globals = functions.ToScriptObject();
        globals["edition"] = TemplateGlobals.Edition(edition);
        if (globals["prev"] is ScriptObject prev && history.PreviousDate is { } before)
        {
            // The same edition object as the previous edition's own render saw (an earlier edition is never a draft).
            prev["edition"] = TemplateGlobals.Edition(edition with { Period = before.Period, AsOf = before.AsOf, IsDraft = false });
        }
        globals["site"] = TemplateGlobals.Site(config);
        if (edition.Item is { } item)
        {
            // A parameterized series (for_each:): the item's view, as `security "NVDA"` gives it.
            globals["item"] = scope.Security(item);
        }

        var story = new Story(report, edition.Period, globals, log);
        globals["story"] = story;

        var errors = diagnostics.ErrorCount;
        var specs = BindCharts(report, scope, globals, diagnostics);
        var chartRoot = Relative.Root(edition.UrlPath) + edition.ChartFolder;
        functions.AddCharts(globals, specs, chartRoot, pictures);

        // The body renders first, so the variables it assigns at its top (u = universe "ai-leaders") are visible to the
        // headline and dek templates, which render after it as plain text: each render states its output, so figures
        // are markup in the body and plain in the headline without any switch left set between renders.
        string? body = null;
        var template = TemplateRenderer.Parse(report.Text, report.Path, report.Front.BodyOffset, report.Front.BodyLine, diagnostics, markdown: true);
        if (template is not null)
        {
            body = TemplateRenderer.Render(template, globals, report.Text, report.Path, diagnostics, mode: RenderMode.Markdown, culture: scope.Culture);
        }

        if (body is not null && note is not null)
        {
            body = EditionNotes.Merge(note, report, body, globals, config, diagnostics);
        }

        string? title = null;
        string? summary = null;
        if (body is not null)
        {
            title = RenderValue(report, "title", report.Title, globals, diagnostics, scope.Culture);
            summary = RenderValue(report, "summary", report.Summary, globals, diagnostics, scope.Culture);
        }

        if (title is null || summary is null || body is null || diagnostics.ErrorCount > errors)
        {
            return null;
        }

        var sources = log.Figures.SelectMany(f => f.Value.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new EditionText(edition, WebUtility.HtmlDecode(title), WebUtility.HtmlDecode(summary), MarkdownRenderer.ToHtml(body, config.AllowRawHtml), log.Figures, [.. specs.Values], sources, functions.Claims.Claims) { Story = story.Choice };
    }

    private static string? RenderValue(ReportDefinition report, string key, string value, ScriptObject globals, DiagnosticBag diagnostics, SiteCulture culture)
    {
        var line = report.Front.LineOf(key);
        var template = TemplateRenderer.ParseValue(value, report.Path, line, diagnostics);
        return template is null ? null : TemplateRenderer.Render(template, globals, report.Text, report.Path, diagnostics, mode: RenderMode.PlainText, culture: culture)?.Trim();
    }

    private static Dictionary<string, ChartSpec> BindCharts(ReportDefinition report, EditionScope scope, ScriptObject globals, DiagnosticBag diagnostics)
    {
        var specs = new Dictionary<string, ChartSpec>(StringComparer.Ordinal);
        foreach (var declaration in report.Charts)
        {
            // A chart title is a template too ("AI leaders vs the S&P 500, {{ edition.period }}"), rendered as plain text.
            var title = string.Empty;
            if (declaration.Title.Length > 0)
            {
                var template = TemplateRenderer.ParseValue(declaration.Title, report.Path, declaration.Line, diagnostics);
                if (template is null)
                {
                    continue;
                }

                title = WebUtility.HtmlDecode(TemplateRenderer.Render(template, globals, report.Text, report.Path, diagnostics, mode: RenderMode.PlainText, culture: scope.Culture) ?? string.Empty);
            }

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
}
