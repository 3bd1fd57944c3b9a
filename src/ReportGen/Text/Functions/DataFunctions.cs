using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using Scriban;
using Scriban.Parsing;
using static ReportGen.Text.Functions.FunctionArguments;

namespace ReportGen.Text.Functions;

/// <summary>
/// Data access: the template functions that give a report the facts of its edition, <c>security</c>, <c>universe</c>,
/// <c>spread</c>, <c>since</c>, <c>basket</c> and <c>count_beating</c>. They return metric views and values, never text.
/// </summary>
/// <param name="scopeOf">The edition's facts, the data cut at its as-of date; called on each use, so a previous edition's
/// facts (<c>prev</c>) are only built when a template reads them.</param>
internal sealed class DataFunctions(Func<EditionScope> scopeOf)
{
    /// <summary>The functions over one edition's facts.</summary>
    /// <param name="scope">The edition's facts: the data cut at its as-of date.</param>
    public DataFunctions(EditionScope scope)
        : this(() => scope)
    {
    }

    private EditionScope Scope => scopeOf();

    [TemplateFunction("security")]
    [TemplateExample("{{ if prev }}{{ (prev.security \"UP\").period_return | fmt.pct }} in {{ prev.edition.period }}{{ end }}", "+5.6% in Q4 2025")]
    private SecurityView Security(TemplateContext context, SourceSpan span, string ticker) => Guard(span, () => Scope.Security(ticker));

    [TemplateFunction("universe")]
    private UniverseView Universe(TemplateContext context, SourceSpan span, string name) => Guard(span, () => Scope.Universe(name));

    [TemplateFunction("valuation")]
    private ValuationView Valuation(TemplateContext context, SourceSpan span, object universes) => Guard(span, () => new ValuationView(Scope, universes switch
    {
        string one => [one],
        IEnumerable<object> many => [.. many.Select(u => u as string ?? throw new TemplateFunctionException(span, DiagnosticCodes.TemplateRuntime, $"valuation expects universe names; got {Describe(u)}"))],
        _ => throw new TemplateFunctionException(span, DiagnosticCodes.TemplateRuntime, $"valuation expects a universe name or a list of them; got {Describe(universes)}"),
    }));

    [TemplateFunction("fundamentals_snapshot")]
    private SnapshotInfo? FundamentalsSnapshot(TemplateContext context, SourceSpan span) => SnapshotInfo.For(Scope.Data.Fundamentals, Scope.AsOf);
    [TemplateFunction("macro")]
    private MacroView Macro(TemplateContext context, SourceSpan span, string name) => Guard(span, () => Scope.Macro(name));

    [TemplateFunction("spread")]
    [TemplateExample("{{ spread r down | fmt.pp }}", "+19.5 pp")]
    private static MetricValue Spread(TemplateContext context, SourceSpan span, object a, object b)
    {
        var x = Require(span, "spread", a, MetricUnit.Fraction);
        var y = Require(span, "spread", b, MetricUnit.Fraction);
        var sources = x.SourceIds.Concat(y.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var inputs = FormattableString.Invariant($"{x.Subject} {x.Metric} {x.Value:0.######} minus {y.Subject} {y.Metric} {y.Value:0.######}");
        return new MetricValue(x.Value - y.Value, MetricUnit.PercentagePoints, MetricNames.Spread, $"{x.Subject} vs {y.Subject}", inputs, sources, x.AsOf > y.AsOf ? x.AsOf : y.AsOf);
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
            SecurityView s => Scope.TotalReturnSince(s.Ticker, from.AddDays(1)),
            UniverseView u => Scope.EqualWeightSince(u, from.AddDays(1)),
            _ => throw new TemplateFunctionException(span, DiagnosticCodes.TemplateRuntime, $"since expects a security or universe; got {Describe(subject)}"),
        });
    }

    [TemplateFunction("basket")]
    private BasketView Basket(TemplateContext context, SourceSpan span, object subject, string window)
    {
        // "1y": the trailing 12 months (the window starts the day after the base cut-off); a date: the close on or before it is the base.
        DateOnly from;
        var trailing12m = string.Equals(window, "1y", StringComparison.OrdinalIgnoreCase);
        if (trailing12m)
        {
            from = Metrics.Model.ReturnWindow.Trailing(12).Resolve(Scope.AsOf).BaseOnOrBefore!.Value.AddDays(1);
        }
        else if (DateOnly.TryParseExact(window, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var baseClose))
        {
            from = baseClose.AddDays(1);
        }
        else
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.TemplateRuntime, $"basket: '{window}' is not a window; expected \"1y\" (trailing 12 months) or the base close as yyyy-MM-dd such as \"2022-12-30\"");
        }

        return Guard(span, () => subject switch
        {
            SecurityView s => BasketView.ForSecurity(Scope, s.Ticker, from, trailing12m),
            UniverseView u => u.Basket(from, trailing12m),
            _ => throw new TemplateFunctionException(span, DiagnosticCodes.TemplateRuntime, $"basket expects a security or universe; got {Describe(subject)}"),
        });
    }

    [TemplateFunction("count_beating")]
    private MetricValue CountBeating(TemplateContext context, SourceSpan span, UniverseView universe, SecurityView benchmark) =>
        Guard(span, () => Scope.CountBeating(universe, benchmark));
}
