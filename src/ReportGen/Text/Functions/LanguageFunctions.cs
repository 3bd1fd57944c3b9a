using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Humanizer;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using static ReportGen.Text.Functions.FunctionArguments;

namespace ReportGen.Text.Functions;

/// <summary>
/// Language: the template functions that make prose agree with the data, <c>plural</c>, <c>count_words</c>,
/// <c>count_of</c>, <c>agree</c>, <c>name</c> and <c>cohort</c>. A count they print, in numerals or in words, is a
/// recorded figure like those of <c>fmt.count</c> (a number in words is still a number the reader sees). Style: counts
/// from one to nine are spelled out, 10 and above are numerals. Pluralisation and numbers in words come from Humanizer
/// (English).
/// </summary>
/// <param name="scope">The edition's facts: the securities of data/securities.csv (short names, and the acronyms of cohort names).</param>
/// <param name="figures">Prints and records the counts.</param>
internal sealed partial class LanguageFunctions(EditionScope scope, FigureWriter figures)
{
    // The build runs with invariant globalization; Humanizer falls back to English for the invariant culture.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private readonly Lazy<HashSet<string>> _acronyms = new(() => AcronymsOf(scope.Data.Securities.Values));

    [TemplateFunction("plural")]
    [TemplateExample("{{ plural n \"fund\" }}", "9 funds")]
    [TemplateExample("{{ plural one \"fund\" }}", "1 fund")]
    [TemplateExample("{{ plural many \"company\" }}", "19 companies")]
    private HtmlFragment Plural(TemplateContext context, SourceSpan span, object count, string noun)
    {
        var value = CountOf(span, "plural", count);
        var number = figures.Emit(context, span, "plural", value, MetricUnit.Number, v => Formats.Number(v, culture: scope.Culture));
        return new HtmlFragment($"{number.Html} {WebUtility.HtmlEncode(NounFor(value.Value, noun))}");
    }

    [TemplateFunction("count_words")]
    [TemplateExample("{{ count_words n }}", "nine")]
    [TemplateExample("{{ count_words many }}", "19")]
    [TemplateExample("{{ count_words one \"name\" }}", "one name")]
    [TemplateExample("{{ count_words n \"name\" }}", "nine names")]
    [TemplateExample("{{ count_words zero \"name\" }}", "no names")]
    private HtmlFragment CountWords(TemplateContext context, SourceSpan span, object count, string? noun = null)
    {
        var value = CountOf(span, "count_words", count);
        if (string.IsNullOrEmpty(noun))
        {
            return figures.Emit(context, span, "count_words", value, MetricUnit.Number, Words);
        }

        var number = figures.Emit(context, span, "count_words", value, MetricUnit.Number, v => v == 0 ? "no" : Words(v));
        return new HtmlFragment($"{number.Html} {WebUtility.HtmlEncode(NounFor(value.Value, noun))}");
    }

    [TemplateFunction("count_of")]
    [TemplateExample("{{ count_of n n \"member\" }}", "all nine members")]
    [TemplateExample("{{ count_of zero many \"member\" }}", "none of the 19 members")]
    [TemplateExample("{{ count_of one n \"member\" \"its\" }}", "one of its nine members")]
    [TemplateExample("{{ count_of n many \"fund\" }}", "nine of the 19 funds")]
    private HtmlFragment CountOf(TemplateContext context, SourceSpan span, object part, object whole, string noun, string determiner = "the")
    {
        var p = CountOf(span, "count_of", part);
        var w = CountOf(span, "count_of", whole);
        if (p.Value > w.Value)
        {
            throw new ScriptRuntimeException(span, FormattableString.Invariant($"count_of: the part ({p.Value}) is larger than the whole ({w.Value})"));
        }

        var det = WebUtility.HtmlEncode(determiner);
        var plural = WebUtility.HtmlEncode(NounFor(2, noun));
        var single = WebUtility.HtmlEncode(noun);
        if (w.Value == 1)
        {
            // "the only member" / "no member": the whole is implied by "only".
            var only = figures.Emit(context, span, "count_of", p, MetricUnit.Number, v => v == 1 ? "only" : "no");
            return new HtmlFragment(p.Value == 1 ? $"{det} {only.Html} {single}" : $"{only.Html} {single}");
        }

        if (p.Value == w.Value)
        {
            var all = figures.Emit(context, span, "count_of", p, MetricUnit.Number, v => v == 2 ? "both" : "all");
            return p.Value == 2
                ? new HtmlFragment($"{all.Html} {plural}")
                : new HtmlFragment($"{all.Html} {figures.Emit(context, span, "count_of", w, MetricUnit.Number, Words).Html} {plural}");
        }

        var partText = figures.Emit(context, span, "count_of", p, MetricUnit.Number, v => v == 0 ? "none" : Words(v));
        var wholeText = figures.Emit(context, span, "count_of", w, MetricUnit.Number, Words);
        return new HtmlFragment($"{partText.Html} of {det} {wholeText.Html} {plural}");
    }

    [TemplateFunction("agree")]
    [TemplateExample("{{ agree one \"was\" \"were\" }}", "was")]
    [TemplateExample("{{ agree n \"was\" \"were\" }}", "were")]
    [TemplateExample("{{ agree zero \"was\" \"were\" }}", "were")]
    private static string Agree(TemplateContext context, SourceSpan span, object count, string singular, string plural) =>
        CountOf(span, "agree", count).Value == 1 ? singular : plural;

    [TemplateFunction("name")]
    [TemplateExample("{{ name \"ORCL\" }}", "Oracle")]
    [TemplateExample("{{ name \"GOOGL\" }}", "Alphabet")]
    [TemplateExample("{{ name \"TSM\" }}", "TSMC")]
    private string Name(TemplateContext context, SourceSpan span, object security)
    {
        var (ticker, fullName, kind) = security switch
        {
            SecurityView view => (view.Ticker, view.Name, view.Kind),
            string t when scope.Data.Securities.TryGetValue(t, out var s) => (s.Ticker, s.Name, s.Kind),
            string t => throw new ScriptRuntimeException(span, $"name: unknown ticker '{t}'; expected one listed in data/securities.csv"),
            _ => throw new ScriptRuntimeException(span, $"name expects a security such as u.leaders[0] or a ticker; got {Describe(security)}"),
        };
        // The security's words: a render with ticker links writes them as a link to its page (ReportTemplateContext.Links).
        return ReportTemplateContext.SecurityWords(context, DisplayName(scope.Data.Securities.GetValueOrDefault(ticker), ticker, fullName, kind), ticker, span);
    }

    /// <summary>
    /// The name prose uses for a security: its <c>short_name</c> from data/securities.csv when given ("TSMC", "AMD"), else
    /// its name without legal suffix (<see cref="ShortName"/>), else its ticker.
    /// </summary>
    /// <param name="security">Its row of data/securities.csv, when listed there.</param>
    /// <param name="ticker">Its ticker.</param>
    /// <param name="name">Its full name.</param>
    /// <param name="kind">Its kind.</param>
    internal static string DisplayName(Security? security, string ticker, string name, SecurityKind kind) =>
        security is { ShortName.Length: > 0 } ? security.ShortName
        : ShortName(name, kind) is { Length: > 0 } shortName ? shortName
        : ticker;

    /// <summary><see cref="DisplayName(Security, string, string, SecurityKind)"/> of a security of the edition, looked up in its data/securities.csv.</summary>
    /// <param name="scope">The edition's facts.</param>
    /// <param name="security">The security.</param>
    internal static string DisplayName(EditionScope scope, SecurityView security) =>
        DisplayName(scope.Data.Securities.GetValueOrDefault(security.Ticker), security.Ticker, security.Name, security.Kind);

    [TemplateFunction("cohort")]
    [TemplateExample("{{ cohort \"ai-infrastructure\" }}", "AI infrastructure")]
    [TemplateExample("{{ cohort \"hyperscalers\" }}", "Hyperscalers")]
    [TemplateExample("{{ cohort \"hyperscalers\" false }}", "hyperscalers")]
    private string Cohort(TemplateContext context, SourceSpan span, object universe, bool capitalized = true)
    {
        var slug = universe switch
        {
            UniverseView view => view.Name,
            string s when scope.Data.Universes.ContainsKey(s) => s,
            string s => throw new ScriptRuntimeException(span, $"cohort: unknown universe '{s}'; expected one of: {string.Join(", ", scope.Data.Universes.Keys.Order(StringComparer.Ordinal))}"),
            _ => throw new ScriptRuntimeException(span, $"cohort expects a universe such as (universe \"ai-leaders\"); got {Describe(universe)}"),
        };
        return SentenceCase(slug, _acronyms.Value, capitalized);
    }

    /// <summary>
    /// A security's name as prose uses it: the name in data/securities.csv without a trailing parenthesis or legal suffix,
    /// e.g. "Alphabet Inc. (Class A)" → "Alphabet", "Oracle Corporation" → "Oracle", "Tesla, Inc." → "Tesla". Funds and
    /// indexes keep their full name, which is their product name.
    /// </summary>
    /// <param name="name">The name column of data/securities.csv.</param>
    /// <param name="kind">The kind of security.</param>
    /// <returns>The short name; empty when the name is only a suffix.</returns>
    internal static string ShortName(string name, SecurityKind kind)
    {
        if (kind != SecurityKind.Stock)
        {
            return name.Trim();
        }

        var text = TrailingParenthesis().Replace(name, string.Empty);
        string previous;
        do
        {
            previous = text;
            text = LegalSuffix().Replace(text, string.Empty);
        }
        while (text != previous);
        return text.Trim();
    }

    /// <summary>
    /// A universe's slug as a cohort name in sentence case: words split at hyphens, lower case except acronyms, the first
    /// letter capitalised when <paramref name="capitalized"/>; "ai-infrastructure" → "AI infrastructure", "hyperscalers" →
    /// "Hyperscalers" (or "hyperscalers" mid-sentence), "ai-etfs" → "AI ETFs".
    /// </summary>
    /// <param name="slug">The universe's key in data/universes.csv.</param>
    /// <param name="acronyms">Upper-case words, e.g. "AI", "ETF" (a plural "etfs" becomes "ETFs").</param>
    /// <param name="capitalized">Whether the name starts a sentence.</param>
    internal static string SentenceCase(string slug, IReadOnlySet<string> acronyms, bool capitalized)
    {
        var words = slug.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries).Select(w =>
        {
            var upper = w.ToUpperInvariant();
            if (acronyms.Contains(upper))
            {
                return upper;
            }

            return w.Length > 1 && w.EndsWith('s') && acronyms.Contains(upper[..^1]) ? upper[..^1] + "s" : w.ToLowerInvariant();
        }).ToList();
        if (words.Count == 0)
        {
            return slug;
        }

        if (capitalized)
        {
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        }

        return string.Join(' ', words);
    }

    /// <summary>The acronyms the project's data writes in capitals: words of two or more capital letters in the securities' names ("AI", "ETF", "SPDR").</summary>
    internal static HashSet<string> AcronymsOf(IEnumerable<Security> securities) =>
        [.. securities.SelectMany(s => AcronymWord().Matches(s.Name).Select(m => m.Value))];

    /// <summary>A count as style guides want it: zero to nine in words ("zero", "nine"), 10 and above in numerals ("19", "1,204").</summary>
    private string Words(double count) => count is >= 0 and <= 9 ? ((int)count).ToWords(English) : Formats.Number(count, culture: scope.Culture);

    /// <summary><paramref name="noun"/> in agreement with <paramref name="count"/>: the last word pluralised unless the count is 1.</summary>
    private static string NounFor(double count, string noun)
    {
        if (count == 1)
        {
            return noun;
        }

        var cut = noun.LastIndexOf(' ');
        return cut < 0 ? noun.Pluralize(inputIsKnownToBeSingular: true) : noun[..(cut + 1)] + noun[(cut + 1)..].Pluralize(inputIsKnownToBeSingular: true);
    }

    /// <summary>The count <paramref name="value"/>: a metric value in Number that is a whole number of at least zero.</summary>
    /// <exception cref="TemplateFunctionException">RG2003: not a count.</exception>
    private static MetricValue CountOf(SourceSpan span, string function, object value)
    {
        var count = Require(span, function, value, MetricUnit.Number);
        if (count.Value < 0 || count.Value != Math.Floor(count.Value))
        {
            throw new TemplateFunctionException(span, DiagnosticCodes.UnitMismatch, FormattableString.Invariant($"{function} expects a count (a whole number of at least 0); {count.Metric} of {count.Subject} is {count.Value}"));
        }

        return count;
    }

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@",?\s+(Inc\.?|Corp\.?|Corporation|Co\.|Company|Ltd\.?|Limited|plc|PLC|N\.V\.|S\.A\.|SE|AG)\s*$")]
    private static partial Regex LegalSuffix();

    [GeneratedRegex(@"\b[A-Z]{2,}\b")]
    private static partial Regex AcronymWord();
}
