using System.Reflection;
using ReportGen.Config;
using ReportGen.Facts;
using Scriban.Runtime;

namespace ReportGen.Text.Functions;

/// <summary>
/// The functions a report template calls, bound to one edition, in one set per job: data access
/// (<see cref="DataFunctions"/>: <c>security</c>, <c>universe</c>, <c>spread</c> …), formatters that record figures
/// (<see cref="FormatFunctions"/>: <c>fmt.pct</c> …), narrative helpers (<see cref="NarrativeFunctions"/>: <c>verb</c>,
/// <c>move</c>, <c>compare</c>, <c>ranked</c>, <c>vary</c>), language helpers (<see cref="LanguageFunctions"/>:
/// <c>plural</c>, <c>count_words</c>, <c>count_of</c>, <c>agree</c>, <c>name</c>, <c>cohort</c>), edition memory
/// (<see cref="HistoryFunctions"/>: <c>streak</c>, <c>last_held</c>, and the <c>prev</c> object: the data access functions
/// over the previous edition's facts), claims (<see cref="ClaimFunctions"/>: <c>holds</c>, <c>claim</c>, <c>best_of</c>,
/// <c>worst_of</c>; every claim recorded in <see cref="Claims"/>), events (<see cref="EventFunctions"/>: <c>events</c>, <c>after_event</c>), citation (<see cref="CitationFunctions"/>: <c>cite</c>)
/// and charts (<see cref="ChartFunctions"/>: <c>chart</c>, registered once the edition's charts are bound). Every
/// formatter checks the unit of its value and refuses bare numbers. A method is a template function when it carries
/// <see cref="TemplateFunctionAttribute"/>; figures, citations and charts write their markup through the project's
/// <see cref="MarkupPartials"/>, or plain text when the render's mode is <see cref="RenderMode.PlainText"/>.
/// </summary>
public sealed class TemplateFunctions
{
    private readonly object[] _sets;
    private readonly MarkupWriter _markup;
    private readonly EditionHistory _history;
    private readonly string _chartDataLabel;
    private readonly string _chartCsvLabel;

    /// <summary>Binds the functions to one edition.</summary>
    /// <param name="scope">The edition's data scope.</param>
    /// <param name="config">Site settings (narrative thresholds).</param>
    /// <param name="figures">Where printed figures are recorded.</param>
    /// <param name="seed">Seed for phrasing variation, the report's slug (e.g. "ai-equities"); the edition's period rotates the choice.</param>
    /// <param name="partials">The figure and citation markup; <see cref="MarkupPartials.BuiltIn"/> when null.</param>
    /// <param name="history">The earlier editions of the series (<c>prev</c>, <c>streak</c>, <c>last_held</c>); <see cref="EditionHistory.None"/> when null, as for a first edition.</param>
    /// <param name="claims">Where the claims of the narrative and claim functions are recorded; a new log (<see cref="Claims"/>) when null.</param>
    public TemplateFunctions(EditionScope scope, SiteConfig config, FigureLog figures, string seed, MarkupPartials? partials = null, EditionHistory? history = null, ClaimLog? claims = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        Claims = claims ?? new ClaimLog();
        var recorder = new ClaimRecorder(Claims, config.Thresholds);
        _markup = (partials ?? MarkupPartials.BuiltIn).Writer();
        _history = history ?? EditionHistory.None;
        _chartDataLabel = config.Labels["chart_data"];
        _chartCsvLabel = config.Labels["chart_csv"];
        var citations = new CitationFunctions(scope, _markup);
        var writer = new FigureWriter(figures, citations, _markup);
        _sets = [new DataFunctions(scope), new FormatFunctions(writer, scope.Culture), new NarrativeFunctions(scope, config, writer, seed, recorder), new LanguageFunctions(scope, writer), citations, new HistoryFunctions(scope, _history), new ClaimFunctions(scope, recorder, writer), new EventFunctions(scope)];
    }

    /// <summary>The classes that hold template functions, one per job; the test of the documented examples reads them all.</summary>
    public static IReadOnlyList<Type> Sets { get; } = [typeof(DataFunctions), typeof(FormatFunctions), typeof(NarrativeFunctions), typeof(LanguageFunctions), typeof(CitationFunctions), typeof(HistoryFunctions), typeof(ClaimFunctions), typeof(ChartFunctions), typeof(EventFunctions)];

    /// <summary>The claims the edition's templates made or tested, in order (see <see cref="ClaimKinds"/>).</summary>
    public ClaimLog Claims { get; }

    /// <summary>
    /// The Scriban globals: every function of the data, format, narrative, citation and history sets, the <c>fmt</c>
    /// object, and <c>prev</c>: null for a first edition, else an object with the data access functions
    /// (<c>prev.security "NVDA"</c>, <c>prev.universe "ai-leaders"</c>, <c>prev.spread</c>, <c>prev.since</c>,
    /// <c>prev.count_beating</c>) over the previous edition's facts, cut at its own as-of date, and <c>prev.edition</c>
    /// (period, period_code, as_of).
    /// </summary>
    public ScriptObject ToScriptObject()
    {
        var globals = new ScriptObject();
        foreach (var set in _sets)
        {
            Register(globals, set);
        }

        globals["prev"] = Previous();
        return globals;
    }

    // The previous edition's data access functions; its facts are built only when a template calls one of them.
    private ScriptObject? Previous()
    {
        if (_history.PreviousDate is not { } date)
        {
            return null;
        }

        var prev = new ScriptObject();
        Register(prev, new DataFunctions(() => _history.Back(1)));
        prev["edition"] = new ScriptObject
        {
            ["period"] = date.Period.Label,
            ["period_code"] = date.Period.ToString(),
            ["as_of"] = date.AsOf,
        };
        return prev;
    }

    /// <summary>Adds <c>chart</c> to <paramref name="globals"/>, once the edition's charts are bound (their titles are templates that use the other functions).</summary>
    /// <param name="globals">The globals from <see cref="ToScriptObject"/>.</param>
    /// <param name="specs">The edition's bound charts by id.</param>
    /// <param name="folder">Relative URL of the edition's chart folder from its page, ending in '/'.</param>
    /// <param name="pictures">The image files and sizes of a chart, from the chart renderer.</param>
    public void AddCharts(ScriptObject globals, IReadOnlyDictionary<string, ChartSpec> specs, string folder, Func<ChartSpec, ChartPicture> pictures)
    {
        ArgumentNullException.ThrowIfNull(globals);
        Register(globals, new ChartFunctions(specs, folder, _markup, pictures, _chartDataLabel, _chartCsvLabel));
    }

    /// <summary>
    /// Adds the template functions of <paramref name="functions"/> (its methods marked <see cref="TemplateFunctionAttribute"/>)
    /// to <paramref name="globals"/>; a <c>fmt.</c> name goes into the <c>fmt</c> object, created when missing.
    /// </summary>
    /// <param name="globals">The Scriban globals of a render.</param>
    /// <param name="functions">An instance of one of <see cref="Sets"/>.</param>
    private static void Register(ScriptObject globals, object functions)
    {
        foreach (var method in functions.GetType().GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            var attribute = method.GetCustomAttribute<TemplateFunctionAttribute>();
            if (attribute is null)
            {
                continue;
            }

            var target = globals;
            var name = attribute.Name;
            if (name.StartsWith("fmt.", StringComparison.Ordinal))
            {
                if (globals["fmt"] is not ScriptObject fmt)
                {
                    globals["fmt"] = fmt = new ScriptObject();
                }

                target = fmt;
                name = name[4..];
            }

            target[name] = DynamicCustomFunction.Create(method.IsStatic ? null : functions, method);
        }
    }
}
