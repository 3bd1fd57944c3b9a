using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Text.Functions;

/// <summary>
/// The functions a report template calls, bound to one edition: data access (<c>security</c>, <c>universe</c>,
/// <c>spread</c>), formatters that record figures (<c>fmt.pct</c> …), narrative helpers (<c>verb</c>, <c>compare</c>,
/// <c>ranked</c>, <c>vary</c>) and <c>cite</c>. Every formatter checks the unit of its value and refuses bare numbers.
/// </summary>
public sealed partial class TemplateFunctions
{
    private readonly EditionScope _scope;
    private readonly SiteConfig _config;
    private readonly FigureLog _figures;
    private readonly string _seed;

    /// <summary>Binds the functions to one edition.</summary>
    /// <param name="scope">The edition's data scope.</param>
    /// <param name="config">Site settings (narrative thresholds).</param>
    /// <param name="figures">Where printed figures are recorded.</param>
    /// <param name="seed">Seed for phrasing variation, the report's slug (e.g. "ai-equities"); the edition's period rotates the choice.</param>
    public TemplateFunctions(EditionScope scope, SiteConfig config, FigureLog figures, string seed)
    {
        _scope = scope;
        _config = config;
        _figures = figures;
        _seed = seed;
    }

    /// <summary>When true, formatted figures are wrapped in a <c>&lt;span class="fig"&gt;</c> whose title shows their provenance (page bodies); when false, plain text (headlines, titles).</summary>
    public bool WrapFigures { get; set; } = true;

    /// <summary>The Scriban globals: every function plus the <c>fmt</c> object.</summary>
    public ScriptObject ToScriptObject()
    {
        var globals = new ScriptObject();
        var fmt = new ScriptObject();
        foreach (var method in typeof(TemplateFunctions).GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            var attribute = method.GetCustomAttribute<TemplateFunctionAttribute>();
            if (attribute is null)
            {
                continue;
            }

            var target = attribute.Name.StartsWith("fmt.", StringComparison.Ordinal) ? fmt : globals;
            var name = attribute.Name.StartsWith("fmt.", StringComparison.Ordinal) ? attribute.Name[4..] : attribute.Name;
            target[name] = DynamicCustomFunction.Create(method.IsStatic ? null : this, method);
        }

        globals["fmt"] = fmt;
        return globals;
    }

    [TemplateFunction("security")]
    private SecurityView Security(TemplateContext context, SourceSpan span, string ticker) => Guard(span, () => _scope.Security(ticker));

    [TemplateFunction("universe")]
    private UniverseView Universe(TemplateContext context, SourceSpan span, string name) => Guard(span, () => _scope.Universe(name));

    [TemplateFunction("spread")]
    [TemplateExample("{{ spread r down | fmt.pp }}", "+19.5 pp")]
    private static MetricValue Spread(TemplateContext context, SourceSpan span, object a, object b)
    {
        var x = Require(span, "spread", a, FigureUnit.Fraction);
        var y = Require(span, "spread", b, FigureUnit.Fraction);
        var sources = x.SourceIds.Concat(y.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var inputs = FormattableString.Invariant($"{x.Subject} {x.Metric} {x.Value:0.######} minus {y.Subject} {y.Metric} {y.Value:0.######}");
        return new MetricValue(x.Value - y.Value, FigureUnit.PercentagePoints, "spread", $"{x.Subject} vs {y.Subject}", inputs, sources, x.AsOf > y.AsOf ? x.AsOf : y.AsOf);
    }

    [TemplateFunction("since")]
    private MetricValue Since(TemplateContext context, SourceSpan span, object subject, string date)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.TemplateRuntime, $"since: '{date}' is not a date; expected yyyy-MM-dd such as \"2023-12-29\"");
        }

        // The window starts the day after the given close, so the given date's close is the base.
        return Guard(span, () => subject switch
        {
            SecurityView s => _scope.TotalReturnSince(s.Ticker, from.AddDays(1)),
            UniverseView u => _scope.EqualWeightSince(u, from.AddDays(1)),
            _ => throw new TemplateFunctionException(span, DiagnosticCodes.TemplateRuntime, $"since expects a security or universe; got {Describe(subject)}"),
        });
    }

    [TemplateFunction("count_beating")]
    private MetricValue CountBeating(TemplateContext context, SourceSpan span, UniverseView universe, SecurityView benchmark) =>
        Guard(span, () => _scope.CountBeating(universe, benchmark));

    [TemplateFunction("fmt.pct")]
    [TemplateExample("{{ r | fmt.pct }}", "+15.3%")]
    [TemplateExample("{{ down | fmt.pct 2 }}", "-4.20%")]
    private HtmlFragment Pct(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        Emit(span, "fmt.pct", value, FigureUnit.Fraction, v => Formats.Percent(v, decimals));

    [TemplateFunction("fmt.pct_abs")]
    [TemplateExample("{{ down | fmt.pct_abs }}", "4.2%")]
    private HtmlFragment PctAbs(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        Emit(span, "fmt.pct_abs", value, FigureUnit.Fraction, v => Formats.PercentMagnitude(v, decimals));

    [TemplateFunction("fmt.pp")]
    [TemplateExample("{{ gap | fmt.pp }}", "+5.2 pp")]
    private HtmlFragment Pp(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        Emit(span, "fmt.pp", value, FigureUnit.PercentagePoints, v => Formats.PercentagePoints(v, decimals));

    [TemplateFunction("fmt.pp_abs")]
    [TemplateExample("{{ gap | fmt.pp_abs }}", "5.2 percentage points")]
    private HtmlFragment PpAbs(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        Emit(span, "fmt.pp_abs", value, FigureUnit.PercentagePoints, v => Formats.PercentagePointsMagnitude(v, decimals));

    [TemplateFunction("fmt.bp")]
    [TemplateExample("{{ er | fmt.bp }}", "68 bp")]
    private HtmlFragment Bp(TemplateContext context, SourceSpan span, object value) =>
        Emit(span, "fmt.bp", value, FigureUnit.Fraction, Formats.BasisPoints);

    [TemplateFunction("fmt.usd")]
    [TemplateExample("{{ cap | fmt.usd }}", "$1.2T")]
    [TemplateExample("{{ flow | fmt.usd }}", "$4.2bn")]
    [TemplateExample("{{ cap | fmt.usd 0 }}", "$1T")]
    private HtmlFragment Usd(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        Emit(span, "fmt.usd", value, FigureUnit.Usd, v => Formats.Usd(v, decimals));

    [TemplateFunction("fmt.usd_abs")]
    [TemplateExample("{{ flow | fmt.usd_abs }}", "$4.2bn")]
    private HtmlFragment UsdAbs(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        Emit(span, "fmt.usd_abs", value, FigureUnit.Usd, v => Formats.Usd(Math.Abs(v), decimals));

    [TemplateFunction("fmt.multiple")]
    [TemplateExample("{{ pe | fmt.multiple }}", "42x")]
    private HtmlFragment Multiple(TemplateContext context, SourceSpan span, object value, int decimals = 0) =>
        Emit(span, "fmt.multiple", value, FigureUnit.Multiple, v => Formats.Multiple(v, decimals));

    [TemplateFunction("fmt.count")]
    [TemplateExample("{{ n | fmt.count }}", "9")]
    private HtmlFragment Count(TemplateContext context, SourceSpan span, object value) =>
        Emit(span, "fmt.count", value, FigureUnit.Number, v => Formats.Number(v));

    [TemplateFunction("fmt.number")]
    [TemplateExample("{{ n | fmt.number 1 }}", "9.0")]
    private HtmlFragment NumberValue(TemplateContext context, SourceSpan span, object value, int decimals = 1) =>
        Emit(span, "fmt.number", value, FigureUnit.Number, v => Formats.Number(v, decimals));

    [TemplateFunction("fmt.date")]
    [TemplateExample("{{ day | fmt.date }}", "Mar 29, 2026")]
    private static string Date(TemplateContext context, SourceSpan span, object value) => value switch
    {
        DateOnly d => Formats.Date(d),
        _ => throw new ScriptRuntimeException(span, $"fmt.date expects a date such as edition.as_of; got {Describe(value)}"),
    };

    [TemplateFunction("verb")]
    [TemplateExample("{{ verb r }}", "surged")]
    [TemplateExample("{{ verb down }}", "fell")]
    private string Verb(TemplateContext context, SourceSpan span, object value)
    {
        var r = Require(span, "verb", value, FigureUnit.Fraction).Value;
        var t = _config.Thresholds;
        return r >= t.Surged ? "surged"
            : r >= t.Rose ? "rose"
            : r >= t.EdgedUp ? "edged up"
            : r > -t.EdgedUp ? "was flat"
            : r > -t.Rose ? "slipped"
            : r > -t.Surged ? "fell"
            : "plunged";
    }

    [TemplateFunction("move")]
    [TemplateExample("{{ move r }}", "surged 15.3%")]
    [TemplateExample("{{ move down }}", "fell 4.2%")]
    private HtmlFragment Move(TemplateContext context, SourceSpan span, object value, int decimals = 1)
    {
        var verb = Verb(context, span, value);
        var amount = Emit(span, "move", value, FigureUnit.Fraction, v => verb == "was flat" ? Formats.Percent(v, decimals) : Formats.PercentMagnitude(v, decimals));
        return new HtmlFragment(verb == "was flat" ? $"was little changed ({amount.Html})" : $"{verb} {amount.Html}");
    }

    [TemplateFunction("compare")]
    [TemplateExample("{{ compare gap \"the S&P 500\" }}", "outperformed the S&amp;P 500 by 5.2 percentage points")]
    private HtmlFragment Compare(TemplateContext context, SourceSpan span, object spread, string benchmark)
    {
        var s = Require(span, "compare", spread, FigureUnit.PercentagePoints);
        if (Math.Abs(s.Value) <= _config.Thresholds.Matched)
        {
            return new HtmlFragment($"matched {WebUtility.HtmlEncode(benchmark)}, within {Emit(span, "compare", s, FigureUnit.PercentagePoints, v => Formats.PercentagePointsMagnitude(v)).Html}");
        }

        var word = s.Value > 0 ? "outperformed" : "lagged";
        return new HtmlFragment($"{word} {WebUtility.HtmlEncode(benchmark)} by {Emit(span, "compare", s, FigureUnit.PercentagePoints, v => Formats.PercentagePointsMagnitude(v)).Html}");
    }

    [TemplateFunction("ranked")]
    private HtmlFragment Ranked(TemplateContext context, SourceSpan span, IEnumerable<object> securities, int count = 3)
    {
        var items = new List<string>();
        foreach (var item in securities.Take(count))
        {
            if (item is not SecurityView view)
            {
                throw new ScriptRuntimeException(span, $"ranked expects a list of securities such as u.leaders; got {Describe(item)}");
            }

            var figure = Guard(span, () => view.PeriodReturn);
            items.Add($"{WebUtility.HtmlEncode(view.Ticker)} ({Emit(span, "ranked", figure, FigureUnit.Fraction, v => Formats.Percent(v)).Html})");
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
        foreach (var b in Encoding.UTF8.GetBytes(FormattableString.Invariant($"{_seed}|{span.Start.Line}|{span.Start.Column}")))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        var ordinal = (uint)PeriodOrdinal(_scope.Period);
        return list[(int)(unchecked(hash + ordinal) % (uint)list.Count)];
    }

    private static int PeriodOrdinal(Metrics.Model.Period period) => period.Kind switch
    {
        Metrics.Model.PeriodKind.Week => period.Start.DayNumber / 7,
        Metrics.Model.PeriodKind.Month => (period.Year * 12) + period.Number,
        Metrics.Model.PeriodKind.Quarter => (period.Year * 4) + period.Number,
        _ => period.Year,
    };

    [TemplateFunction("cite")]
    private HtmlFragment Cite(TemplateContext context, SourceSpan span, object what)
    {
        var text = what switch
        {
            MetricValue m => CitationOf(m),
            string id when _scope.Data.Sources.TryGetValue(id, out var source) => $"{source.Citation}, {Formats.Date(source.AsOf < _scope.AsOf ? source.AsOf : _scope.AsOf)}",
            string id => throw new ScriptRuntimeException(span, $"cite: unknown data set '{id}'; expected one of: {string.Join(", ", _scope.Data.Sources.Keys.Order(StringComparer.Ordinal))}"),
            _ => throw new ScriptRuntimeException(span, $"cite expects a metric value or a data set id from data/sources.yml; got {Describe(what)}"),
        };
        return new HtmlFragment($"(Source: {WebUtility.HtmlEncode(text)})");
    }

    /// <summary>The citation words of a value's sources with its as-of date: "Yahoo Finance adjusted closes, Jun 30, 2026".</summary>
    internal string CitationOf(MetricValue value)
    {
        var names = value.SourceIds.Select(id => _scope.Data.Sources.TryGetValue(id, out var s) ? s.Citation : id).Distinct(StringComparer.Ordinal);
        return $"{string.Join("; ", names)}, {Formats.Date(value.AsOf)}";
    }

    private HtmlFragment Emit(SourceSpan span, string function, object value, FigureUnit unit, Func<double, string> format)
    {
        var metric = Require(span, function, value, unit);
        if (metric.SourceIds.Count == 0)
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.FigureWithoutSource, $"{function}: {metric.Metric} of {metric.Subject} has no source; every figure must cite a data set from data/sources.yml");
        }

        if (!double.IsFinite(metric.Value))
        {
            throw new ScriptRuntimeException(span, $"{function}: {metric.Metric} of {metric.Subject} is {metric.Value}; expected a finite number");
        }

        var text = format(metric.Value);
        var figure = _figures.Record(text, metric, CitationOf(metric));
        if (!WrapFigures)
        {
            return new HtmlFragment(WebUtility.HtmlEncode(text));
        }

        var title = $"{metric.Metric} · {metric.Subject} · {metric.Inputs} · Source: {figure.Citation}";
        return new HtmlFragment(string.Create(CultureInfo.InvariantCulture, $"<span class=\"fig\" id=\"fig-{figure.Id}\" tabindex=\"0\" title=\"{WebUtility.HtmlEncode(title)}\">{WebUtility.HtmlEncode(text)}</span>"));
    }

    private static MetricValue Require(SourceSpan span, string function, object value, FigureUnit unit) => value switch
    {
        MetricValue m when m.Unit == unit => m,
        MetricValue m => throw new TemplateFunctionException(span, DiagnosticCodes.UnitMismatch, $"{function} expects a value in {unit}; {m.Metric} of {m.Subject} is in {m.Unit}"),
        _ => throw new TemplateFunctionException(span, DiagnosticCodes.UnitMismatch, $"{function} expects a metric value in {unit}; got {Describe(value)} (numbers typed into templates are not allowed: use a metric)"),
    };

    private static T Guard<T>(SourceSpan span, Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (InsufficientDataException e)
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.MetricUnavailable, $"{e.Message}");
        }
        catch (NonFiniteMetricException e)
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.NonFiniteMetric, e.Message);
        }
        catch (KeyNotFoundException e)
        {
            throw new ScriptRuntimeException(span, e.Message);
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "nothing (null)",
        string s => $"the text '{s}'",
        IFormattable f => $"the number {f.ToString(null, CultureInfo.InvariantCulture)}",
        _ => $"a {value.GetType().Name}",
    };
}
