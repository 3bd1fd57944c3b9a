using System.Net;
using System.Text;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using static ReportGen.Text.Functions.FunctionArguments;

namespace ReportGen.Text.Functions;

/// <summary>
/// Narrative: the template functions that turn metric values into words, <c>verb</c>, <c>move</c>, <c>compare</c>,
/// <c>ranked</c> and <c>vary</c>. The numbers in their phrases are printed through <see cref="FigureWriter"/>, so
/// they are recorded figures like those of <c>fmt.*</c>.
/// </summary>
/// <param name="scope">The edition's facts (its period rotates <c>vary</c>'s choice).</param>
/// <param name="config">Site settings: the narrative thresholds of <c>verb</c> and <c>compare</c>.</param>
/// <param name="figures">Prints and records the figures.</param>
/// <param name="seed">Seed for phrasing variation, the report's slug (e.g. "ai-equities").</param>
/// <param name="claims">Records the claim behind each word chosen (<c>up</c>/<c>down</c>/<c>flat</c> for a verb,
/// <c>beat</c>/<c>lagged</c>/<c>matched</c> for a comparison) with the figure it was chosen from.</param>
internal sealed class NarrativeFunctions(EditionScope scope, SiteConfig config, FigureWriter figures, string seed, ClaimRecorder claims)
{
    [TemplateFunction("verb")]
    [TemplateExample("{{ verb r }}", "surged")]
    [TemplateExample("{{ verb down }}", "fell")]
    [TemplateExample("{{ verb tiny_down }}", "ended little changed at")]
    [TemplateExample("{{ verb half_down }}", "slipped")]
    private string Verb(TemplateContext context, SourceSpan span, object value, int decimals = 1) => Verb(span, "verb", value, decimals);

    private string Verb(SourceSpan span, string function, object value, int decimals)
    {
        var figure = Require(span, function, value, MetricUnit.Fraction);
        var words = VerbFor(figure.Value, decimals);
        claims.Record(span, function, words == "ended little changed at" ? "flat" : figure.Value > 0 ? "up" : "down", words, [figure]);
        return words;
    }

    [TemplateFunction("move")]
    [TemplateExample("{{ move r }}", "surged 15.3%")]
    [TemplateExample("{{ move down }}", "fell 4.2%")]
    [TemplateExample("{{ move tiny_down }}", "ended little changed at 0.0%")]
    [TemplateExample("{{ move small_up }}", "ticked up 0.3%")]
    [TemplateExample("{{ move half_down }}", "slipped 0.5%")]
    private HtmlFragment Move(TemplateContext context, SourceSpan span, object value, int decimals = 1)
    {
        var verb = Verb(span, "move", value, decimals);
        var amount = figures.Emit(context, span, "move", value, MetricUnit.Fraction, v => Formats.PercentMagnitude(v, decimals, culture: scope.Culture));
        return new HtmlFragment($"{verb} {amount.Html}");
    }

    /// <summary>
    /// The verb phrase for a move of <paramref name="fraction"/>, to be followed by its magnitude printed with
    /// <paramref name="decimals"/> digits. The words are chosen on the value as the reader sees it, rounded to that
    /// precision, so the word never contradicts the number: a move that shows as 0.0% "ended little changed at", any other
    /// move has a direction ("ticked up" or "ticked down" inside the <c>edged_up</c> threshold, then "edged up"/"slipped",
    /// "rose"/"fell", "surged"/"plunged" at the <c>rose</c> and <c>surged</c> thresholds of reportgen.yml).
    /// </summary>
    /// <param name="fraction">The move as a fraction of 1 (-0.005 = -0.5%).</param>
    /// <param name="decimals">Digits after the decimal point of the printed percent.</param>
    internal string VerbFor(double fraction, int decimals)
    {
        // The magnitude as printed (Formats' rounding, the same in every culture; parsed back in the invariant one), with the value's sign: the words and the number cannot disagree.
        var printed = Formats.PercentMagnitude(fraction, decimals).TrimEnd('%');
        var shown = Math.CopySign(double.Parse(printed, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) / 100, fraction);
        var t = config.Thresholds;
        return shown == 0 ? "ended little changed at"
            : shown >= t.Surged ? "surged"
            : shown >= t.Rose ? "rose"
            : shown >= t.EdgedUp ? "edged up"
            : shown > 0 ? "ticked up"
            : shown > -t.EdgedUp ? "ticked down"
            : shown > -t.Rose ? "slipped"
            : shown > -t.Surged ? "fell"
            : "plunged";
    }

    [TemplateFunction("compare")]
    [TemplateExample("{{ compare gap \"the S&P 500\" }}", "outperformed the S&amp;P 500 by 5.2 percentage points")]
    [TemplateExample("{{ compare tiny_gap \"QQQ\" }}", "matched QQQ, within 0.03 percentage points")]
    private HtmlFragment Compare(TemplateContext context, SourceSpan span, object spread, string benchmark)
    {
        var s = Require(span, "compare", spread, MetricUnit.PercentagePoints);
        if (Math.Abs(s.Value) <= config.Thresholds.Matched)
        {
            claims.Record(span, "compare", "matched", "matched", [s]);
            return new HtmlFragment($"matched {WebUtility.HtmlEncode(benchmark)}, within {figures.Emit(context, span, "compare", s, MetricUnit.PercentagePoints, v => Formats.PercentagePointsMagnitude(v, culture: scope.Culture)).Html}");
        }

        var word = s.Value > 0 ? "outperformed" : "lagged";
        claims.Record(span, "compare", s.Value > 0 ? "beat" : "lagged", word, [s]);
        return new HtmlFragment($"{word} {WebUtility.HtmlEncode(benchmark)} by {figures.Emit(context, span, "compare", s, MetricUnit.PercentagePoints, v => Formats.PercentagePointsMagnitude(v, culture: scope.Culture)).Html}");
    }

    [TemplateFunction("ranked")]
    private HtmlFragment Ranked(TemplateContext context, SourceSpan span, IEnumerable<object> securities, int count = 3)
    {
        var items = new List<string>();
        // The edition's benchmarks are compared with, never ranked among the members.
        foreach (var item in securities.Where(i => i is not SecurityView b || !scope.IsBenchmark(b.Ticker)).Take(count))
        {
            if (item is not SecurityView view)
            {
                throw new ScriptRuntimeException(span, $"ranked expects a list of securities such as u.leaders; got {Describe(item)}");
            }

            var figure = Guard(span, () => view.PeriodReturn);
            // A stock by the name prose uses (AMD, TSMC, Nvidia), as name does; a fund or index by its ticker.
            var label = view.Kind == SecurityKind.Stock ? LanguageFunctions.DisplayName(scope, view) : view.Ticker;
            items.Add($"{ReportTemplateContext.SecurityLink(context, view.Ticker, WebUtility.HtmlEncode(label), span)} ({figures.Emit(context, span, "ranked", figure, MetricUnit.Fraction, v => Formats.Percent(v, culture: scope.Culture)).Html})");
        }

        return new HtmlFragment(items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        });
    }

    [TemplateFunction("vary")]
    private object Vary(TemplateContext context, SourceSpan span, IEnumerable<object> choices)
    {
        var list = choices.ToList();
        if (list.Count == 0)
        {
            throw new ScriptRuntimeException(span, "vary expects a non-empty list of phrasings");
        }

        // FNV-1a over the report and the call site picks a starting phrasing; the period's ordinal then rotates it, so
        // consecutive editions of a report never share a phrasing at the same place, and a rebuild always picks the same.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(FormattableString.Invariant($"{seed}|{span.Start.Line}|{span.Start.Column}")))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        var ordinal = (uint)PeriodOrdinal(scope.Period);
        return list[(int)(unchecked(hash + ordinal) % (uint)list.Count)];
    }

    private static int PeriodOrdinal(Period period) => period.Kind switch
    {
        PeriodKind.Week => period.Start.DayNumber / 7,
        PeriodKind.Month => (period.Year * 12) + period.Number,
        PeriodKind.Quarter => (period.Year * 4) + period.Number,
        _ => period.Year,
    };
}
