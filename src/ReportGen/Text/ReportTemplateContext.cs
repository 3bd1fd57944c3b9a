using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using ReportGen.Config;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Text;

/// <summary>
/// The Scriban context of every render: strict variables, no relaxed member access, LF newlines, a loop limit, and
/// output rules: data strings are HTML-escaped; <see cref="HtmlFragment"/>s from our functions pass through; a bare
/// number or <see cref="MetricValue"/> is refused, because every number must reach the page through a formatter.
/// </summary>
public sealed class ReportTemplateContext : TemplateContext
{
    // One set of Scriban builtins (string, array, math ...) for every context, frozen: Scriban's default deep-copies them
    // for each context (about a tenth of a page's render time), and a shared copy must not be changeable by a template,
    // or one edition could change what another, rendering in parallel, sees.
    private static readonly ScriptObject SharedBuiltins = Freeze(new BuiltinFunctions());

    /// <summary>The names of Scriban's builtin modules and functions every template sees (<c>string</c>, <c>array</c>, <c>math</c> ...).</summary>
    public static IEnumerable<string> BuiltinNames => SharedBuiltins.Keys;

    /// <summary>Creates a context with ReportGen's strict settings.</summary>
    public ReportTemplateContext()
        : base(SharedBuiltins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        NewLine = "\n";
        LoopLimit = 10_000;
        RecursiveLimit = 50;

        // Scriban cuts any value it turns into a string at LimitToString characters (1 MB by default) and appends "...":
        // a page laid out through an include came out silently truncated (the sample's corrections page at 1 MB, with
        // unclosed elements). Output is bounded by the loop and recursion limits instead.
        LimitToString = 0;
        MemberRenamer = member => SnakeCase(member.Name);
        TryGetMember = UnknownMember;
    }

    /// <summary>
    /// The ticker links of the edition this render belongs to (<see cref="SecurityLinks"/>), or null for none (a layout, a
    /// test). With links, a security's <c>name</c> or <c>ticker</c> read from a security view and the output of the
    /// <c>name</c> function are remembered as that security's words, and written as a link to its page in a Markdown or
    /// HTML render (never in a plain-text one: headline, dek, chart title).
    /// </summary>
    public SecurityLinks? Links { get; init; }

    // The strings this render handed out as a security's words, by reference (each is a fresh copy, so only that very
    // value, written out unchanged, is linked; a string made from it, such as an upper-cased name, is plain text).
    private readonly Dictionary<string, (string Ticker, SourceSpan Span)> _securityWords = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// <paramref name="text"/> as the printed words of security <paramref name="ticker"/>: a copy that this render writes as
    /// a link to the security's page (<see cref="Links"/>); <paramref name="text"/> itself when the render has no links.
    /// </summary>
    /// <param name="context">The context of the template function or member read.</param>
    /// <param name="text">The words, e.g. "Nvidia" or "NVDA".</param>
    /// <param name="ticker">The security they name.</param>
    /// <param name="span">Where the template read them: the mention's place (<see cref="SecurityMention"/>).</param>
    public static string SecurityWords(TemplateContext? context, string text, string ticker, SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ticker);
        if (context is not ReportTemplateContext { Links: not null } own || text.Length == 0)
        {
            return text;
        }

        var copy = new string(text.AsSpan());
        own._securityWords[copy] = (ticker, span);
        return copy;
    }

    /// <summary>
    /// <paramref name="html"/> (escaped words naming security <paramref name="ticker"/>) as a link to its page, for a template
    /// function that writes markup (<c>ranked</c>, <c>best_of</c>, a chart caption); unchanged in a plain-text render or
    /// one without <see cref="Links"/>.
    /// </summary>
    /// <param name="context">The context of the template function.</param>
    /// <param name="ticker">The security named.</param>
    /// <param name="html">Its words as HTML.</param>
    /// <param name="span">Where the template function was called: the mention's place (<see cref="SecurityMention"/>).</param>
    public static string SecurityLink(TemplateContext? context, string? ticker, string html, SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (ticker is null || context is not ReportTemplateContext { Links: { } links } own || own.Mode == RenderMode.PlainText)
        {
            return html;
        }

        return links.Link(ticker, html, span.FileName ?? string.Empty, span.Start.Line + 1, span.Start.Column + 1);
    }

    /// <inheritdoc/>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return Links is not null && target is SecurityView && accessor is not null ? new SecurityViewAccessor(accessor) : accessor;
    }

    // A security view's name and ticker, handed out as the security's words (SecurityWords).
    private sealed class SecurityViewAccessor(IObjectAccessor inner) : IObjectAccessor
    {
        public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);

        public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);

        public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => inner.HasMember(context, span, target, member);

        public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
        {
            if (!inner.TryGetValue(context, span, target, member, out value))
            {
                return false;
            }

            if (member is "name" or "ticker" && value is string words && target is SecurityView view)
            {
                value = SecurityWords(context, words, view.Ticker, span);
            }

            return true;
        }

        public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => inner.TrySetValue(context, span, target, member, value);

        public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) => inner.TryGetItem(context, span, target, index, out value);

        public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => inner.TrySetItem(context, span, target, index, value);

        public bool HasIndexer => inner.HasIndexer;

        public Type? IndexType => inner.IndexType;
    }

    /// <summary>How a date written without a formatter reads ("Mar 29, 2026" or "29. März 2026"): the site's culture; English by default.</summary>
    public Config.SiteCulture Culture { get; set; } = Config.SiteCulture.English;

    /// <summary>
    /// When the render must stop (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), with the source that is cancelled
    /// then; null for no limit. Checked on every node evaluated and loop step, so the limit holds even when the
    /// <see cref="CancellationTokenSource"/>'s own timer fires late (its callback waits for a thread-pool thread, and a
    /// busy machine can delay it by seconds).
    /// </summary>
    internal (long Timestamp, CancellationTokenSource Source)? Deadline { get; set; }

    /// <inheritdoc/>
    public override object? Evaluate(Scriban.Syntax.ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        StopPastDeadline();
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    /// <inheritdoc/>
    protected override bool OnStepLoop(Scriban.Syntax.ScriptLoopStatementBase loop)
    {
        StopPastDeadline();
        return base.OnStepLoop(loop);
    }

    private void StopPastDeadline()
    {
        if (Deadline is { } deadline && System.Diagnostics.Stopwatch.GetTimestamp() > deadline.Timestamp)
        {
            deadline.Source.Cancel();
            CheckAbort();
        }
    }

    // An unknown member of a view (u.trailing12m) or of a module of functions (fmt.pctt) names the closest members the
    // object has, in the names a template uses (NameSuggestions; all of them when none is close), instead of Scriban's
    // bare "Cannot get member with name ...".
    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var (members, kind) = target is IScriptObject module
            ? (module.GetMembers().ToList(), NameOf(context, span, module))
            : (context.GetMemberAccessor(target).GetMembers(context, span, target).ToList(), SnakeCase(target.GetType().Name));
        if (members.Count > 0)
        {
            throw new ScriptRuntimeException(span, $"'{member}' is not a member of {kind}{NameSuggestions.Hint(member, members.Order(StringComparer.Ordinal), int.MaxValue)}");
        }

        value = null!;
        return false;
    }

    // The name a template knows a module by (fmt, string, story ...): the global that holds it.
    private static string NameOf(TemplateContext context, SourceSpan span, IScriptObject module)
    {
        foreach (var scope in new IScriptObject?[] { context.CurrentGlobal, SharedBuiltins })
        {
            foreach (var key in scope?.GetMembers() ?? [])
            {
                if (scope!.TryGetValue(context, span, key, out var held) && ReferenceEquals(held, module))
                {
                    return $"'{key}'";
                }
            }
        }

        return "this object";
    }

    private static ScriptObject Freeze(ScriptObject builtins)
    {
        // Output depends on inputs only: a template may not read the clock (date.now), or builds of the same inputs
        // would differ and the cache would freeze one moment. Scriban's builtins read nothing else of the machine.
        if (builtins["date"] is ScriptObject date)
        {
            date.Remove("now");
        }

        foreach (var module in builtins.Values.OfType<ScriptObject>())
        {
            module.IsReadOnly = true;
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>
    /// How .NET members appear in templates: snake_case with digit runs split off, so <c>PeriodReturn</c> is
    /// <c>period_return</c> and <c>Trailing12m</c> is <c>trailing_12m</c>.
    /// </summary>
    /// <param name="name">The member's .NET name.</param>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var previous = i > 0 ? name[i - 1] : '\0';
            if ((char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous))) || (char.IsDigit(c) && char.IsLetter(previous)))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// What this render produces: <see cref="RenderMode.Html"/> (a layout or partial; the default),
    /// <see cref="RenderMode.Markdown"/> (a report body: data strings also get their Markdown markup characters escaped,
    /// <see cref="EscapeMarkdownData"/>) or <see cref="RenderMode.PlainText"/> (a headline: template functions write
    /// no markup). Fixed for the render, so no render can change what another one produces.
    /// </summary>
    public RenderMode Mode { get; init; }

    private bool MarkdownOutput => Mode == RenderMode.Markdown;

    /// <summary>The mode of the render <paramref name="context"/> belongs to; <see cref="RenderMode.Html"/> for a context that is not a <see cref="ReportTemplateContext"/>.</summary>
    /// <param name="context">The context a template function was called in.</param>
    public static RenderMode ModeOf(TemplateContext? context) => (context as ReportTemplateContext)?.Mode ?? RenderMode.Html;

    /// <summary>Writes <paramref name="value"/> for output, escaping data and refusing unformatted numbers.</summary>
    /// <exception cref="ScriptRuntimeException">A number or metric value was written without a formatter.</exception>
    public override string ObjectToString(object? value, bool nested = false)
    {
        switch (value)
        {
            case HtmlFragment fragment:
                return MarkdownOutput ? MarkdownRenderer.Protect(fragment.Html) : fragment.Html;
            case RenderedText rendered when rendered.Mode == Mode:
                return rendered.Text;
            case RenderedText rendered:
                throw new ScriptRuntimeException(CurrentSpan, $"this text was rendered as {rendered.Mode} and cannot be written into a {Mode} render; read story.headline or story.lede where it is written instead of keeping it in a variable");
            case string s when Links is not null && Mode != RenderMode.PlainText && _securityWords.TryGetValue(s, out var words):
                var link = SecurityLink(this, words.Ticker, Escape(s), words.Span);
                return MarkdownOutput ? MarkdownRenderer.Protect(link) : link;
            case string s:
                return Escape(s);
            case MetricValue m:
                throw new ScriptRuntimeException(CurrentSpan, $"the metric value {m.Metric} of {m.Subject} must go through a formatter such as fmt.pct, fmt.pp or fmt.usd, which records it as a figure");
            case DateOnly d:
                return Culture.Date(d);
            case null:
                return string.Empty;
            case bool:
                return base.ObjectToString(value, nested) ?? string.Empty;
            case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                throw new ScriptRuntimeException(CurrentSpan, $"the number {Convert.ToString(value, CultureInfo.InvariantCulture)} is written without a formatter; numbers must come from metrics through fmt.* so they are recorded as figures");
            default:
                return Escape(base.ObjectToString(value, nested) ?? string.Empty);
        }
    }

    private string Escape(string value) => MarkdownOutput ? EscapeMarkdownData(value) : WebUtility.HtmlEncode(value);

    private static readonly SearchValues<char> MarkdownActive = SearchValues.Create("\\`*_[]~|#");

    /// <summary>
    /// Escapes a data string so it reads literally on the page: HTML-escaped, and with the characters that start Markdown
    /// inline markup (<c>\ ` * _ [ ] ~ | #</c>) written as numeric character references. Report bodies are Markdown, so
    /// without the second step a security name such as <c>[x](javascript:...)</c> would become a link, <c>*A*</c>
    /// emphasis, and a <c>|</c> would split a table cell; Markdig (CommonMark) treats a character reference as text.
    /// The references are equally valid in HTML layouts and attributes.
    /// </summary>
    /// <param name="value">Text from data or settings.</param>
    /// <returns>The escaped text; exactly <see cref="WebUtility.HtmlEncode(string)"/>'s output when no Markdown character occurs.</returns>
    public static string EscapeMarkdownData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var next = value.AsSpan().IndexOfAny(MarkdownActive);
        if (next < 0)
        {
            return WebUtility.HtmlEncode(value);
        }

        var sb = new StringBuilder(value.Length + 16);
        var start = 0;
        while (next >= 0)
        {
            var at = start + next;
            sb.Append(WebUtility.HtmlEncode(value[start..at]));
            sb.Append(CultureInfo.InvariantCulture, $"&#{(int)value[at]};");
            start = at + 1;
            next = value.AsSpan(start).IndexOfAny(MarkdownActive);
        }

        sb.Append(WebUtility.HtmlEncode(value[start..]));
        return sb.ToString();
    }
}
