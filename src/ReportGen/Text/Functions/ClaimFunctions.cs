using System.Collections;
using System.Net;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using static ReportGen.Text.Functions.FunctionArguments;

namespace ReportGen.Text.Functions;

/// <summary>
/// Claims: the template functions that decide a qualitative statement from the figures it speaks about and record it
/// (<see cref="ClaimLog"/>): the guard <c>holds</c>, the assertion <c>claim</c>, and the superlatives <c>best_of</c> and
/// <c>worst_of</c>, which find the member themselves (a superlative is computed over its set, never named in the
/// template). The kinds and their rules are those of <see cref="ClaimKinds"/>. <c>holds</c> and <c>claim</c> take metric
/// values, lists of them, or securities and universes, which stand for their period return.
/// </summary>
/// <param name="recorder">Records the claims.</param>
/// <param name="figures">Prints the figures of <c>best_of</c> and <c>worst_of</c>.</param>
/// <param name="scope">The edition's facts: the short names of data/securities.csv.</param>
internal sealed class ClaimFunctions(EditionScope scope, ClaimRecorder recorder, FigureWriter figures)
{
    [TemplateFunction("holds")]
    [TemplateExample("{{ if holds \"beat\" r down }}ahead{{ else }}behind{{ end }}", "ahead")]
    [TemplateExample("{{ if holds \"same_direction\" r down }}together{{ else }}apart{{ end }}", "apart")]
    private bool Holds(TemplateContext context, SourceSpan span, string kind, params object[] values) =>
        Record(span, "holds", kind, values, asserted: null).Holds;

    [TemplateFunction("claim")]
    [TemplateExample("{{ claim \"up\" r }}The basket rose.", "The basket rose.")]
    private string Claim(TemplateContext context, SourceSpan span, string kind, params object[] values)
    {
        var claim = Record(span, "claim", kind, values, asserted: true);
        if (!claim.Holds)
        {
            var read = string.Join("; ", claim.Figures.Select(f => $"{f.Role} {f.Value.Metric} of {f.Value.Subject} = {Show(f.Value)}"));
            throw new TemplateFunctionException(span, DiagnosticCodes.ClaimContradicted, $"the template claims '{kind}' but its figures say otherwise: {read}; guard the sentence with {{{{ if holds \"{kind}\" ... }}}} or let a narrative function choose the words");
        }

        return string.Empty;
    }

    [TemplateFunction("best_of")]
    [TemplateExample("{{ best_of (universe \"both\").members \"the group\" }}", "UP led the group with +4.2%")]
    private HtmlFragment BestOf(TemplateContext context, SourceSpan span, IEnumerable<object> set, string group, string metric = "period_return") =>
        Superlative(context, span, "best_of", "best", set, group, metric);

    [TemplateFunction("worst_of")]
    [TemplateExample("{{ worst_of (universe \"both\").members \"the group\" }}", "DOWN fared worst in the group, with -4.0%")]
    private HtmlFragment WorstOf(TemplateContext context, SourceSpan span, IEnumerable<object> set, string group, string metric = "period_return") =>
        Superlative(context, span, "worst_of", "worst", set, group, metric);

    // Finds the top (or bottom) member of `set` by `metric`; members that print the same value share the place and are
    // all named ("AMD and Amazon led the group, each with +82.5%"). The words depend on the value's own sign: a leader
    // that fell "held up best", a laggard that rose "gained least". A fund is named with its ticker, as fund tables do.
    private HtmlFragment Superlative(TemplateContext context, SourceSpan span, string function, string kind, IEnumerable<object> set, string group, string metric)
    {
        var acronyms = new Lazy<HashSet<string>>(() => LanguageFunctions.AcronymsOf(scope.Data.Securities.Values));
        // The edition's benchmarks are compared with, never ranked among the members (a "best QQQ" is no finding).
        var members = set.Where(item => item is not SecurityView b || !scope.IsBenchmark(b.Ticker)).Select(item => item switch
        {
            SecurityView s => (Name: NameOf(s), Ticker: (string?)s.Ticker, Value: Guard(span, () => MetricOf(span, function, s, metric))),
            UniverseView u => (Name: LanguageFunctions.SentenceCase(u.Name, acronyms.Value, capitalized: true), Ticker: (string?)null, Value: Guard(span, () => MetricOf(span, function, u, metric))),
            _ => throw new ScriptRuntimeException(span, $"{function} expects a list of securities or universes such as u.members; got {Describe(item)}"),
        }).ToList();
        if (members.Count == 0)
        {
            throw new ScriptRuntimeException(span, $"{function} got an empty list (the edition's benchmarks {string.Join(", ", scope.Benchmarks.Order(StringComparer.Ordinal))} are not ranked); a superlative needs at least one member");
        }

        var ordered = (kind == "best"
            ? members.OrderByDescending(m => m.Value.Value).ThenBy(m => m.Name, StringComparer.Ordinal)
            : members.OrderBy(m => m.Value.Value).ThenBy(m => m.Name, StringComparer.Ordinal)).ToList();
        var top = ordered[0];
        var printed = Formats.Percent(top.Value.Value, culture: scope.Culture);
        var shared = ordered.TakeWhile(m => Formats.Percent(m.Value.Value, culture: scope.Culture) == printed).ToList();
        // The sign as printed: a value that prints as 0.0% neither "led" nor "gained".
        var value = printed.StartsWith('+') ? 1 : printed.StartsWith('-') ? -1 : 0;
        var each = shared.Count > 1 ? "each " : string.Empty;
        var words = (kind, value) switch
        {
            ("best", > 0) => $"led {group}, {each}with",
            ("best", _) => $"held up best, {each}with",
            ("worst", <= 0) => $"fared worst in {group}, {each}with",
            (_, _) => $"gained least in {group}, {each}with",
        };
        if (shared.Count == 1 && kind == "best" && value > 0)
        {
            words = $"led {group} with";
        }

        recorder.Record(span, function, kind, words, [top.Value, .. members.Select(m => m.Value)], asserted: true);
        var figure = figures.Emit(context, span, function, top.Value, MetricUnit.Fraction, v => Formats.Percent(v, culture: scope.Culture));
        var names = shared.Select(m => ReportTemplateContext.SecurityLink(context, m.Ticker, WebUtility.HtmlEncode(m.Name), span)).ToList();
        var subject = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        return new HtmlFragment($"{subject} {WebUtility.HtmlEncode(words)} {figure.Html}");
    }

    private static MetricValue MetricOf(SourceSpan span, string function, SecurityView s, string metric) => metric switch
    {
        "period_return" => s.PeriodReturn,
        "ytd" => s.Ytd,
        "trailing_12m" => s.Trailing12m,
        _ => throw new ScriptRuntimeException(span, $"{function}: '{metric}' cannot rank members; expected period_return, ytd or trailing_12m"),
    };

    private static MetricValue MetricOf(SourceSpan span, string function, UniverseView u, string metric) => metric switch
    {
        "period_return" => u.PeriodReturn,
        "ytd" => u.Ytd,
        "trailing_12m" => u.Trailing12m,
        _ => throw new ScriptRuntimeException(span, $"{function}: '{metric}' cannot rank members; expected period_return, ytd or trailing_12m"),
    };

    private string NameOf(SecurityView s) => s.Kind == SecurityKind.Stock
        ? LanguageFunctions.DisplayName(scope, s)
        : $"{s.Name} ({s.Ticker})";

    private Claim Record(SourceSpan span, string function, string kind, object[] values, bool? asserted)
    {
        var figures = new List<MetricValue>();
        foreach (var value in values)
        {
            Flatten(span, function, value, figures);
        }

        try
        {
            return recorder.Record(span, function, kind, kind, figures, asserted);
        }
        catch (ArgumentException e)
        {
            throw new ScriptRuntimeException(span, $"{function}: {e.Message}");
        }
    }

    private static void Flatten(SourceSpan span, string function, object? value, List<MetricValue> into)
    {
        switch (value)
        {
            case MetricValue m:
                into.Add(m);
                break;
            case SecurityView s:
                into.Add(Guard(span, () => s.PeriodReturn));
                break;
            case UniverseView u:
                into.Add(Guard(span, () => u.PeriodReturn));
                break;
            case string or null:
                throw new ScriptRuntimeException(span, $"{function} compares metric values such as u.period_return; got {Describe(value)}");
            case IEnumerable list:
                foreach (var item in list)
                {
                    Flatten(span, function, item, into);
                }

                break;
            default:
                throw new ScriptRuntimeException(span, $"{function} compares metric values such as u.period_return; got {Describe(value)}");
        }
    }

    private string Show(MetricValue v) => v.Unit switch
    {
        MetricUnit.Fraction => Formats.Percent(v.Value, culture: scope.Culture),
        MetricUnit.PercentagePoints => Formats.PercentagePoints(v.Value, culture: scope.Culture),
        _ => v.Value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture),
    };
}
