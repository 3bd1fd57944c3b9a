using System.Globalization;
using ReportGen.Config;
using ReportGen.Planning;
using Scriban.Runtime;

namespace ReportGen.Text;

/// <summary>The global objects every template sees besides the template functions: <c>edition</c> and <c>site</c>.</summary>
public static class TemplateGlobals
{
    /// <summary>The <c>edition</c> object templates see: period, period_code, as_of, series, slug, is_draft, previous_period,
    /// year, and item (the ticker of an edition of a parameterized series, e.g. <c>NVDA</c>; null otherwise).</summary>
    /// <param name="edition">The edition.</param>
    public static ScriptObject Edition(Edition edition)
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
            ["item"] = edition.Item,
        };
        return o;
    }

    /// <summary>The <c>site</c> object templates and layouts see: title, publisher, description, language, base_url, and
    /// <c>thresholds</c> (surged, rose, edged_up, matched: the narrative thresholds of reportgen.yml as fractions, for
    /// conditions that must agree with the words <c>verb</c>, <c>move</c> and <c>compare</c> pick, e.g.
    /// <c>math.abs gap.value &gt; site.thresholds.matched</c>).</summary>
    /// <param name="config">Site settings.</param>
    public static ScriptObject Site(SiteConfig config) => new()
    {
        ["title"] = config.Title,
        ["publisher"] = config.Publisher,
        ["description"] = config.Description,
        ["language"] = config.Language,
        ["base_url"] = config.BaseUrl,
        ["thresholds"] = new ScriptObject
        {
            ["surged"] = config.Thresholds.Surged,
            ["rose"] = config.Thresholds.Rose,
            ["edged_up"] = config.Thresholds.EdgedUp,
            ["matched"] = config.Thresholds.Matched,
        },
    };
}
