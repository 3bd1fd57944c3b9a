using System.Globalization;
using System.Numerics;
using System.Reflection;
using ReportGen.Config;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics;
using ReportGen.Metrics.Model;
using ReportGen.Planning;
using ReportGen.Text.Functions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Text;

/// <summary>
/// The <c>story</c> global of an edition: the angle it leads with, chosen from its report's <c>angles:</c>
/// (<see cref="StoryAngle"/>) on the first read of <c>story.id</c>, <c>story.score</c>, <c>story.headline</c> or
/// <c>story.lede</c>. Every angle's <c>when</c> is evaluated, and the <c>score</c> of each whose <c>when</c> holds; the
/// highest score wins, ties going to the angle declared first. The choice is made once, in the variables the body has
/// assigned by then (read <c>story</c> after the body's top assignment block), and only the winner's headline and lede
/// are rendered, so the other angles record no figures.
/// </summary>
/// <remarks>
/// The headline and lede render in the mode of the render that reads them (plain text in <c>title:</c>, Markdown in the
/// body), once per mode, and are written out as rendered (<see cref="RenderedText"/>). Errors point into the report's
/// front matter: <see cref="DiagnosticCodes.NoAngleHolds"/> at the <c>angles:</c> line,
/// <see cref="DiagnosticCodes.AngleEvaluation"/> at the failing <c>when</c> or <c>score</c>.
/// </remarks>
public sealed class Story : ScriptObject
{
    private static readonly string[] Members = ["headline", "id", "lede", "score"];

    private readonly ReportDefinition _report;
    private readonly Period _period;
    private readonly ScriptObject _globals;
    private readonly FigureLog _figures;
    private readonly Dictionary<(string Key, RenderMode Mode), RenderedText> _rendered = [];

    /// <summary>Creates the <c>story</c> of one edition.</summary>
    /// <param name="report">The report, with its <see cref="ReportDefinition.Angles"/>.</param>
    /// <param name="period">The edition's period, named in errors.</param>
    /// <param name="globals">The edition's globals (functions, <c>edition</c>, and the variables the body assigns), in which
    /// the angles are evaluated and rendered.</param>
    /// <param name="figures">The edition's figure log: a <c>when</c> or <c>score</c> may not add to it.</param>
    public Story(ReportDefinition report, Period period, ScriptObject globals, FigureLog figures)
    {
        _report = report ?? throw new ArgumentNullException(nameof(report));
        _period = period;
        _globals = globals ?? throw new ArgumentNullException(nameof(globals));
        _figures = figures ?? throw new ArgumentNullException(nameof(figures));
        IsReadOnly = true;
    }

    /// <summary>The choice, with every angle's outcome; null until a template has read <c>story</c>.</summary>
    public StoryChoice? Choice { get; private set; }

    /// <summary>Reads <c>story.id</c>, <c>story.score</c>, <c>story.headline</c> or <c>story.lede</c>, choosing the angle first.</summary>
    /// <exception cref="TemplateFunctionException">No angle holds (<see cref="DiagnosticCodes.NoAngleHolds"/>), an angle's
    /// <c>when</c> or <c>score</c> failed (<see cref="DiagnosticCodes.AngleEvaluation"/>), or <paramref name="member"/> is
    /// not one of the four.</exception>
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Members.Contains(member, StringComparer.Ordinal))
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.TemplateRuntime, $"'{member}' is not a member of story; expected one of: {string.Join(", ", Members)}");
        }

        var choice = Choose(context);
        var angle = _report.Angles.First(a => a.Id == choice.Id);
        value = member switch
        {
            "id" => choice.Id,
            "score" => choice.Score,
            "headline" => Render(angle, angle.Headline, "headline", context),
            _ => Render(angle, angle.Lede, "lede", context),
        };
        return true;
    }

    private StoryChoice Choose(TemplateContext context)
    {
        if (Choice is { } made)
        {
            return made;
        }

        var outcomes = new List<AngleOutcome>(_report.Angles.Count);
        AngleOutcome? best = null;
        foreach (var angle in _report.Angles)
        {
            var held = Evaluate(angle, angle.When, "when", context) switch
            {
                bool b => b,
                var other => throw Refused(angle, angle.When, $"its 'when' gave {Describe(other)}; expected true or false (a comparison such as gap.value > 0)"),
            };
            double? score = held ? Score(angle, Evaluate(angle, angle.Score, "score", context)) : null;
            var outcome = new AngleOutcome(angle.Id, held, score);
            outcomes.Add(outcome);
            if (held && (best is null || score > best.Score))
            {
                best = outcome;
            }
        }

        if (best is null)
        {
            var line = _report.Front.LineOf("angles");
            var what = _report.Angles.Count == 0
                ? "the report declares no angles ('angles:' in its front matter), so 'story' has nothing to tell"
                : $"no angle holds: none of {string.Join(", ", _report.Angles.Select(a => a.Id))} has a 'when' that is true; add a fallback angle with 'when: true' as the last one";
            throw new TemplateFunctionException(new SourceSpan(_report.Path, new TextPosition(0, line - 1, 0), new TextPosition(0, line - 1, 0)), DiagnosticCodes.NoAngleHolds, $"{_report.Slug} {_period}: {what}");
        }

        Choice = new StoryChoice(best.Id, best.Score!.Value, outcomes);
        return Choice;
    }

    private double Score(StoryAngle angle, object? value)
    {
        double score = value switch
        {
            int or long or double or float or decimal or BigInteger => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            MetricValue m => throw Refused(angle, angle.Score, $"its 'score' gave the metric value {m.Metric} of {m.Subject}; expected a plain number (use .value, e.g. u.top_contribution_share.value * 100)"),
            _ => throw Refused(angle, angle.Score, $"its 'score' gave {Describe(value)}; expected a number (higher wins)"),
        };
        return double.IsFinite(score) ? score : throw Refused(angle, angle.Score, $"its 'score' is {score.ToString(CultureInfo.InvariantCulture)}; expected a finite number");
    }

    private object? Evaluate(StoryAngle angle, FrontMatterText text, string key, TemplateContext context)
    {
        var template = Parse(text, ScriptMode.ScriptOnly);
        var figures = _figures.Figures.Count;
        object? value;
        try
        {
            value = template.Evaluate(NewContext(context, RenderMode.PlainText));
        }
        catch (ScriptRuntimeException e) when (e is not ScriptAbortException)
        {
            var (_, message) = TemplateRenderer.Classify(e);
            throw new TemplateFunctionException(e.Span.FileName == _report.Path ? e.Span : Start(text), DiagnosticCodes.AngleEvaluation, $"angle '{angle.Id}': its '{key}' failed in {_period}: {message}");
        }
        catch (Exception e) when (e is InsufficientDataException or NonFiniteMetricException or KeyNotFoundException or TargetInvocationException)
        {
            throw Refused(angle, text, $"its '{key}' failed in {_period}: {(e as TargetInvocationException)?.InnerException?.Message ?? e.Message}");
        }

        return _figures.Figures.Count == figures
            ? value
            : throw Refused(angle, text, $"its '{key}' printed a figure; a condition or score reads values (.value) and prints nothing, so that an angle that does not lead records no figures");
    }

    private RenderedText Render(StoryAngle angle, FrontMatterText text, string key, TemplateContext context)
    {
        var mode = ReportTemplateContext.ModeOf(context);
        if (_rendered.TryGetValue((key, mode), out var done))
        {
            return done;
        }

        var output = Parse(text, ScriptMode.Default).Render(NewContext(context, mode));
        return _rendered[(key, mode)] = new RenderedText(output.Trim(), mode);
    }

    private Template Parse(FrontMatterText text, ScriptMode mode)
    {
        var template = Template.Parse(text.Text, _report.Path, lexerOptions: new LexerOptions { Mode = mode, StartPosition = new TextPosition(0, text.Line - 1, text.Column - 1) });
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new TemplateFunctionException(error.Span, DiagnosticCodes.TemplateSyntax, error.Message);
        }

        return template;
    }

    // A context over the edition's globals for one evaluation or render, stopped by the same time limit as the render
    // that read 'story'.
    private ReportTemplateContext NewContext(TemplateContext outer, RenderMode mode)
    {
        var context = new ReportTemplateContext { Mode = mode, CancellationToken = outer.CancellationToken, TemplateLoader = outer.TemplateLoader, Culture = (outer as ReportTemplateContext)?.Culture ?? Config.SiteCulture.English, Links = (outer as ReportTemplateContext)?.Links };
        context.PushGlobal(_globals);
        return context;
    }

    private TemplateFunctionException Refused(StoryAngle angle, FrontMatterText text, string message) =>
        new(Start(text), DiagnosticCodes.AngleEvaluation, $"angle '{angle.Id}': {message}");

    private SourceSpan Start(FrontMatterText text)
    {
        var at = new TextPosition(0, text.Line - 1, text.Column - 1);
        return new SourceSpan(_report.Path, at, at);
    }

    private static string Describe(object? value) => value switch
    {
        null => "nothing (null)",
        string s => $"the text '{s}'",
        bool b => b ? "true" : "false",
        int or long or double or float or decimal => string.Create(CultureInfo.InvariantCulture, $"the number {value}"),
        _ => $"a {value.GetType().Name}",
    };
}

/// <summary>The angle an edition leads with, and how every angle fared (for tests and inspection).</summary>
/// <param name="Id">The winning angle's id.</param>
/// <param name="Score">Its score.</param>
/// <param name="Angles">Every angle in declaration order.</param>
public sealed record StoryChoice(string Id, double Score, IReadOnlyList<AngleOutcome> Angles);

/// <summary>How one angle fared in an edition.</summary>
/// <param name="Id">The angle's id.</param>
/// <param name="Held">Whether its <c>when</c> held.</param>
/// <param name="Score">Its score when it held; null when not (a score is evaluated only when its condition holds).</param>
public sealed record AngleOutcome(string Id, bool Held, double? Score);

/// <summary>Text already rendered in one <see cref="RenderMode"/> (a story's headline or lede), written out as it is by a render of that mode.</summary>
/// <param name="Text">The rendered text.</param>
/// <param name="Mode">The mode it was rendered in.</param>
public sealed record RenderedText(string Text, RenderMode Mode)
{
    /// <summary>The text.</summary>
    public override string ToString() => Text;
}
