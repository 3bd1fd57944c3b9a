using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Catalogue;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using static ReportGen.Text.Functions.FunctionArguments;

namespace ReportGen.Text.Functions;

/// <summary>
/// Edition memory: <c>streak</c> and <c>last_held</c>, which decide "N quarters in a row" and "the first time since
/// 2024-Q3" from the facts of this edition and the earlier editions of its series, each cut at its own as-of date
/// (<see cref="EditionHistory"/>), never from typed words or uncut data. A condition is a subject (a security or a
/// universe), one of its metrics by its template name (<c>"period_return"</c>), a comparison (<c>&gt;</c>, <c>&gt;=</c>,
/// <c>&lt;</c>, <c>&lt;=</c>) and a threshold: a number in the metric's unit (0 for "rose"), or another security or
/// universe whose same metric in the same edition is the bar.
/// </summary>
/// <param name="scope">The edition's facts.</param>
/// <param name="history">The earlier editions of its series; <see cref="EditionHistory.None"/> for a first edition.</param>
internal sealed class HistoryFunctions(EditionScope scope, EditionHistory history)
{
    /// <summary>The metric name of a streak in figures.csv.</summary>
    internal const string StreakMetric = Metrics.Catalogue.MetricNames.Streak;

    [TemplateFunction("streak")]
    [TemplateExample("{{ streak (security \"UP\") \"period_return\" \">\" 0 | fmt.count }}", "2")]
    private MetricValue Streak(TemplateContext context, SourceSpan span, object subject, string metric, string comparison, object threshold)
    {
        var condition = new Condition(context, span, "streak", subject, metric, comparison, threshold);
        var current = Guard(span, () => condition.Test(scope, current: true));
        var sources = new SortedSet<string>(current.Sources, StringComparer.Ordinal);
        var count = 0;
        var from = scope.Period;
        if (current.Held)
        {
            count = 1;
            for (var back = 1; back <= history.Count; back++)
            {
                var earlier = condition.Test(history.Back(back), current: false);
                if (!earlier.Held)
                {
                    break;
                }

                count++;
                from = history.Earlier[^back].Period;
                sources.UnionWith(earlier.Sources);
            }
        }

        var inputs = count == 0
            ? FormattableString.Invariant($"{condition} does not hold in {scope.Period}")
            : FormattableString.Invariant($"{condition} held in each edition from {from} to {scope.Period} ({history.Count} earlier editions in the series)");
        return new MetricValue(count, MetricUnit.Number, StreakMetric, condition.Subject, inputs, [.. sources], scope.AsOf);
    }

    [TemplateFunction("last_held")]
    [TemplateExample("{{ (last_held (security \"UP\") \"period_return\" \"<\" 0).period }}", "Q3 2025")]
    [TemplateExample("{{ if !(last_held (security \"UP\") \"period_return\" \">\" 0.2) }}none in the series{{ end }}", "none in the series")]
    private ScriptObject? LastHeld(TemplateContext context, SourceSpan span, object subject, string metric, string comparison, object threshold)
    {
        var condition = new Condition(context, span, "last_held", subject, metric, comparison, threshold);
        Guard(span, () => condition.Test(scope, current: true));
        for (var back = 1; back <= history.Count; back++)
        {
            if (condition.Test(history.Back(back), current: false).Held)
            {
                var e = history.Earlier[^back];
                return new ScriptObject
                {
                    ["period"] = e.Period.Label,
                    ["period_code"] = e.Period.ToString(),
                    ["as_of"] = e.AsOf,
                };
            }
        }

        return null;
    }

    /// <summary>One condition on a subject's metric, tested in one edition's facts.</summary>
    private sealed class Condition
    {
        private readonly TemplateContext _context;
        private readonly SourceSpan _span;
        private readonly string _function;
        private readonly object _subject;
        private readonly string _metric;
        private readonly string _comparison;
        private readonly object _threshold;
        private readonly double? _number;

        public Condition(TemplateContext context, SourceSpan span, string function, object subject, string metric, string comparison, object threshold)
        {
            _context = context;
            _span = span;
            _function = function;
            _subject = subject is SecurityView or UniverseView ? subject : throw Error($"{function} expects a security or universe; got {Describe(subject)}");
            _metric = metric;
            _comparison = comparison is ">" or ">=" or "<" or "<=" ? comparison : throw Error($"{function}: unknown comparison '{comparison}'; expected one of >, >=, <, <=");
            _threshold = threshold;
            _number = threshold switch
            {
                SecurityView or UniverseView => null,
                int or long or double or float or decimal => Convert.ToDouble(threshold, CultureInfo.InvariantCulture),
                _ => throw Error($"{function} compares with a number in the metric's unit or with a security or universe; got {Describe(threshold)}"),
            };
            Subject = Name(subject);
        }

        public string Subject { get; }

        /// <summary>Whether the condition holds in <paramref name="facts"/>, with the sources of the values compared.</summary>
        /// <param name="facts">One edition's facts.</param>
        /// <param name="current">True for the edition being rendered: a data problem is an error at the call; in an
        /// earlier edition it ends the history (the condition cannot be said to hold there).</param>
        public (bool Held, IReadOnlyList<string> Sources) Test(EditionScope facts, bool current)
        {
            try
            {
                var value = Read(facts, _subject);
                var other = _number is null ? Read(facts, _threshold) : null;
                if (other is not null && other.Unit != value.Unit)
                {
                    throw new TemplateFunctionException(_span, DiagnosticCodes.UnitMismatch, $"{_function}: {value.Metric} of {value.Subject} is in {value.Unit}, {other.Metric} of {other.Subject} in {other.Unit}");
                }

                var bar = _number ?? other!.Value;

                var held = _comparison switch
                {
                    ">" => value.Value > bar,
                    ">=" => value.Value >= bar,
                    "<" => value.Value < bar,
                    _ => value.Value <= bar,
                };
                IReadOnlyList<string> sources = other is null ? value.SourceIds : [.. value.SourceIds, .. other.SourceIds];
                return (held, sources);
            }
            catch (Exception e) when (!current && e is InsufficientDataException or KeyNotFoundException)
            {
                return (false, []);
            }
        }

        public override string ToString() =>
            $"{Subject} {_metric} {_comparison} {(_number is { } n ? n.ToString("0.######", CultureInfo.InvariantCulture) : $"{Name(_threshold)} {_metric}")}";

        private static string Name(object view) => view switch
        {
            SecurityView s => s.Ticker,
            UniverseView u => u.Name,
            _ => Describe(view),
        };

        // The subject's view in another edition's facts, and its metric read by the template's name for it.
        private MetricValue Read(EditionScope facts, object view)
        {
            object there = view switch
            {
                SecurityView s => facts.Security(s.Ticker),
                UniverseView u => facts.Universe(u.Name),
                _ => throw Error($"{_function} expects a security or universe; got {Describe(view)}"),
            };
            var accessor = _context.GetMemberAccessor(there);
            object? value;
            try
            {
                if (!accessor.TryGetValue(_context, _span, there, _metric, out value))
                {
                    throw Error($"{_function}: {Name(view)} has no metric '{_metric}'; expected one such as \"period_return\" or \"ytd\"");
                }
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }

            return value as MetricValue ?? throw Error($"{_function}: '{_metric}' of {Name(view)} is {Describe(value)}, not a metric");
        }

        private TemplateFunctionException Error(string message) => new(_span, DiagnosticCodes.TemplateRuntime, message);
    }
}
