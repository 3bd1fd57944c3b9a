using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Planning;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Checking;

/// <summary>
/// Finds claim words typed into the prose of a report (<see cref="DiagnosticCodes.ClaimWord"/>): a word such as "led",
/// "again", "broad", "higher risk" or "widest" says something about the figures, so it may only be written where the
/// figures decide it. The list, with why each word is a claim, is <see cref="Words"/> (and docs/claim-words.md).
/// </summary>
/// <remarks>
/// <para>Scanned: the report body and the front-matter templates (<c>title</c>, <c>summary</c>, and each chart's
/// <c>title</c>, <c>label</c>, each of <c>labels</c> and <c>benchmark_label</c>). Only literal prose is read, as <see cref="TypedNumberScanner"/>
/// reads it: nothing inside <c>{{ }}</c> (words a template function prints are chosen by the function), HTML tags, code
/// spans or link targets. The FAQ files (<c>templates/faq/*.md</c>) are not scanned: they are plain Markdown, not templates,
/// so they cannot speak about an edition's figures, and they cannot hold a guard or a marker.</para>
/// <para>Matching is whole-word and case-insensitive. Not reported: a word inside a name the project declares (a security's
/// name from data/securities.csv, or a universe of the report written with spaces or hyphens, "AI leaders"), and a
/// match in capitals only (a ticker).</para>
/// <para>A claim word is allowed:</para>
/// <list type="bullet">
/// <item>inside the body of an <c>if</c>, <c>else if</c>, <c>else</c>, <c>case</c> or <c>when</c> block whose condition
/// reads data, found with Scriban's own parser: the condition names a variable that is not a literal (<c>if true</c>,
/// or <c>if x</c> where the template only ever assigns <c>x</c> literals, is no guard); or</item>
/// <item>in a paragraph marked as fixed text (a method note, a definition, a disclaimer) by the Scriban comment
/// <c>{{# fixed: reason }}</c>; the mark covers the text from the marker to the next blank line, and the reason is
/// required (<see cref="DiagnosticCodes.FixedMarkerWithoutReason"/> otherwise). The marker is a comment: it renders
/// nothing, and it hides nothing from the typed-number check.</item>
/// </list>
/// <para>The check cannot tell whether a guard's condition is the right one: <c>{{ if u.has_fundamentals }}</c> lets
/// "premium" through as much as <c>{{ if u.median_pe.value &gt; u.rest_median_pe.value }}</c>. It finds the typed claim;
/// the editor decides the condition.</para>
/// </remarks>
public static partial class ClaimWordScanner
{
    // Scriban's built-in function namespaces: reading one of them is not reading data.
    private static readonly HashSet<string> Builtins = new(StringComparer.Ordinal) { "math", "string", "array", "date", "object", "regex", "timespan", "html", "true", "false", "null" };

    /// <summary>
    /// The claim words, in groups, each with why it is a claim: the words or phrases (lower case; a phrase matches with
    /// any whitespace between its words) and one line on what it asserts about the figures.
    /// </summary>
    public static IReadOnlyList<ClaimWordGroup> Words { get; } =
    [
        new(["lead", "leads", "led", "leader", "leaders", "leadership"], "ranks one member or group above the rest: true only for the top of the set, computed over the set"),
        new(["lag", "lags", "lagged", "lagging", "laggard", "laggards", "trailed", "trails"], "ranks one below another: depends on the sign of a spread (\"trailing\" is not listed: it names the trailing-twelve-month window)"),
        new(["outperform", "outperforms", "outperformed", "outperformance", "underperform", "underperforms", "underperformed", "underperformance"], "the sign of a spread to a benchmark; compare picks it from the spread"),
        new(["beat", "beats", "beating"], "a return above another; true only when the spread is positive"),
        new(["held up", "holds up", "hold up", "better", "worse"], "a comparison of two returns (\"held up better\"): decided by their difference"),
        new(["best", "worst", "strongest", "weakest", "highest", "lowest", "deepest"], "a superlative: a ranking over a set, which must be computed over the set, never named"),
        new(["biggest", "largest", "smallest"], "a rank by size (market value, assets): true only of the ranked member; a definition that uses them is fixed text"),
        new(["widest", "narrowest", "wider", "narrower"], "compares a spread or range with another or with earlier editions"),
        new(["broad", "broader", "broadly", "broadening", "narrow", "narrowly", "narrowing"], "breadth: how many members took part in a move (e.g. most members beat the index); decided by a count"),
        new(["higher risk", "lower risk", "riskier", "riskiest", "safer", "safest", "more volatile", "less volatile", "most volatile", "least volatile"], "compares volatility, drawdown or beta, which are figures"),
        new(["same way", "same direction", "same story", "same path", "opposite way", "opposite direction", "opposite story", "opposite path"], "says several figures share a sign: decided by the signs"),
        new(["again", "first time", "in a row", "extended", "extends", "reversed", "reverses", "reversal", "record"], "a claim about earlier editions: decided by prev, streak or last_held, never by a typed word"),
        new(["driven by", "concentrated", "concentration", "dominate", "dominates", "dominated"], "attributes a result to a few members: decided by their contributions or weights"),
        new(["rose", "rise", "rises", "fell", "fall", "falls", "gained", "gain", "gains", "lost", "lose", "loses", "loss", "losses", "surged", "plunged", "climbed", "dropped", "declined", "rallied", "rally", "slumped", "jumped", "soared", "tumbled", "sank", "slid", "slipped", "rebounded", "recovered", "recover"], "the direction and size of a move: move and verb pick the word from the value as printed"),
        new(["flat", "unchanged", "little changed"], "a move of zero as printed: move says it only when the printed value is zero"),
        new(["strong", "stronger", "weak", "weaker"], "judges a return or a spread: decided by its value"),
        new(["premium", "discount", "expensive", "cheap", "cheaper", "cheapest", "overvalued", "undervalued"], "compares valuation multiples or costs, which are figures"),
    ];

    /// <summary>Scans the body and the front-matter templates of <paramref name="report"/>.</summary>
    /// <param name="report">The report (its whole text; the body starts at its front matter's body offset).</param>
    /// <param name="names">Display names whose words are not claims (security names such as "First Trust ..."); the
    /// report's universes ("ai-leaders" as "AI leaders") are added.</param>
    /// <param name="diagnostics">Receives one <see cref="DiagnosticCodes.ClaimWord"/> error per unguarded claim word, and one
    /// <see cref="DiagnosticCodes.FixedMarkerWithoutReason"/> error per marker without a reason, at its file:line:col
    /// with the line shown.</param>
    public static void Scan(ReportDefinition report, IEnumerable<string> names, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(names);
        var all = names.Concat(report.Universes.Select(u => u.Replace('-', ' '))).ToList();
        Scan(report.Text, report.Front, report.Path, all, diagnostics);
    }

    /// <summary>Scans the body of <paramref name="text"/> and the templates of its front matter.</summary>
    /// <param name="text">The whole file text.</param>
    /// <param name="front">Its parsed front matter (body offset and line; the values' positions).</param>
    /// <param name="path">Project-relative path for the diagnostics.</param>
    /// <param name="names">Display names whose words are not claims; hyphens and spaces in them match either.</param>
    /// <param name="diagnostics">Where the errors go.</param>
    public static void Scan(string text, FrontMatter front, string path, IReadOnlyCollection<string> names, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(front);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var nameMask = NamePattern(names);
        var template = Template.Parse(text, path, lexerOptions: new LexerOptions { StartPosition = new TextPosition(front.BodyOffset, front.BodyLine, 0) });
        if (!template.HasErrors)
        {
            // A body that does not parse is a build error (RG2001) already; its guards cannot be read.
            ScanTemplate(text, front.BodyOffset, template, i => i, text, path, nameMask, diagnostics);
        }

        foreach (var scalar in FrontMatterTemplates(front.Data))
        {
            ScanValue(text, scalar, path, nameMask, diagnostics);
        }
    }

    // The front-matter values that are templates: title, summary, and each chart's title and labels.
    private static IEnumerable<YamlScalarNode> FrontMatterTemplates(YamlMappingNode data)
    {
        foreach (var (key, value) in data.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is "title" or "summary" && value is YamlScalarNode s)
            {
                yield return s;
            }
            else if (name == "angles" && value is YamlSequenceNode angles)
            {
                // An angle's headline and lede are said only when its `when` holds: a condition on the figures guards
                // them as an {{ if }} guards a sentence. An unconditional angle (the fallback, `when: "true"`) guards
                // nothing, so its words are scanned like the title's. A lede shared through a YAML alias is one node.
                foreach (var angle in angles.Children.OfType<YamlMappingNode>())
                {
                    var when = angle.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "when").Value as YamlScalarNode;
                    if (when?.Value?.Trim() is { Length: > 0 } condition && condition != "true")
                    {
                        continue;
                    }

                    foreach (var (k, v) in angle.Children)
                    {
                        if ((k as YamlScalarNode)?.Value is "headline" or "lede" && v is YamlScalarNode field)
                        {
                            yield return field;
                        }
                    }
                }
            }
            else if (name == "charts" && value is YamlSequenceNode charts)
            {
                foreach (var chart in charts.Children.OfType<YamlMappingNode>())
                {
                    foreach (var (k, v) in chart.Children)
                    {
                        if ((k as YamlScalarNode)?.Value is "title" or "label" or "benchmark_label" && v is YamlScalarNode field)
                        {
                            yield return field;
                        }
                        else if ((k as YamlScalarNode)?.Value == "labels" && v is YamlSequenceNode labels)
                        {
                            foreach (var label in labels.Children.OfType<YamlScalarNode>())
                            {
                                yield return label;
                            }
                        }
                    }
                }
            }
        }
    }

    private static void ScanValue(string text, YamlScalarNode scalar, string path, Regex? nameMask, DiagnosticBag diagnostics)
    {
        var value = scalar.Value ?? string.Empty;

        // The YAML block starts after the opening '---' line; a mark's index counts from there.
        var yamlStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var start = yamlStart + (int)scalar.Start.Index;
        var inner = scalar.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted ? start + 1 : start;

        // Positions are exact when the value is written as it reads (no escapes, one line); otherwise every finding is
        // reported at the start of the value.
        var exact = inner + value.Length <= text.Length && string.CompareOrdinal(text, inner, value, 0, value.Length) == 0;
        Func<int, int> toFile = exact ? i => inner + i : _ => start;
        var template = Template.Parse(value, path);
        if (!template.HasErrors)
        {
            ScanTemplate(value, 0, template, toFile, text, path, nameMask, diagnostics);
        }
    }

    // Scans one template: `source` is its text (the whole file for the body, the value for a front-matter field), from
    // `from` on; `toFile` maps an offset in `source` to the file.
    private static void ScanTemplate(string source, int from, Template template, Func<int, int> toFile, string fileText, string path, Regex? nameMask, DiagnosticBag diagnostics)
    {
        var masked = ProseMask.Apply(source, from).ToCharArray();
        if (nameMask is not null)
        {
            foreach (Match m in nameMask.Matches(new string(masked)))
            {
                Array.Fill(masked, ' ', m.Index, m.Length);
            }
        }

        var prose = new string(masked);
        var raws = new List<(int Start, int End, bool Guarded)>();
        if (template.Page is { } page)
        {
            Visit(page, guarded: false, LiteralVariables(page), raws);
        }

        var fixedRanges = FixedRanges(source, from, toFile, fileText, path, diagnostics);
        foreach (Match m in Claim().Matches(prose))
        {
            if (m.Value.Any(char.IsLetter) && m.Value.Where(char.IsLetter).All(char.IsUpper) && m.Value.Length > 1)
            {
                continue; // a ticker in capitals
            }

            if (raws.Any(r => r.Guarded && r.Start <= m.Index && m.Index <= r.End) || fixedRanges.Any(r => r.Start <= m.Index && m.Index < r.End))
            {
                continue;
            }

            var (line, column, lineText) = ProseMask.Position(fileText, toFile(m.Index));
            var word = Regex.Replace(m.Value, @"\s+", " ");
            diagnostics.Error(
                DiagnosticCodes.ClaimWord,
                $"claim word '{word}' typed into the prose outside a guard; guard it with {{{{ if ... }}}} on the figures it speaks about, let a narrative function choose it, or mark the paragraph {{{{# fixed: reason }}}}",
                new SourceLocation(path, line, column),
                lineText);
        }
    }

    // Walks the syntax tree and records each literal text (a raw statement) with whether a data-reading condition guards it.
    private static void Visit(ScriptNode node, bool guarded, HashSet<string> literals, List<(int, int, bool)> raws)
    {
        switch (node)
        {
            case ScriptRawStatement raw:
                raws.Add((raw.Span.Start.Offset, raw.Span.End.Offset, guarded));
                return;
            case ScriptIfStatement statement:
                guarded |= ReadsData(statement.Condition, literals);
                break;
            case ScriptCaseStatement statement:
                guarded |= ReadsData(statement.Value, literals);
                break;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                Visit(child, guarded, literals, raws);
            }
        }
    }

    // Whether an expression names a variable that holds data (not a literal, not only a built-in namespace).
    private static bool ReadsData(ScriptNode? node, HashSet<string> literals)
    {
        if (node is null)
        {
            return false;
        }

        if (node is ScriptVariable variable && !Builtins.Contains(variable.Name) && !literals.Contains(variable.Name))
        {
            return true;
        }

        if (node is ScriptMemberExpression member)
        {
            return ReadsData(member.Target, literals); // the member's name (abs in math.abs) is not a variable
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (ReadsData(node.GetChildren(i), literals))
            {
                return true;
            }
        }

        return false;
    }

    // The variables the template only ever assigns values that read no data (x = true; y = x), to a fixed point.
    private static HashSet<string> LiteralVariables(ScriptNode root)
    {
        var assignments = new List<(string Name, ScriptNode Value)>();
        void Collect(ScriptNode node)
        {
            if (node is ScriptAssignExpression { Target: ScriptVariable target, Value: { } value })
            {
                assignments.Add((target.Name, value));
            }

            for (var i = 0; i < node.ChildrenCount; i++)
            {
                if (node.GetChildren(i) is { } child)
                {
                    Collect(child);
                }
            }
        }

        Collect(root);
        var literals = assignments.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var (name, value) in assignments)
            {
                if (literals.Contains(name) && ReadsData(value, literals))
                {
                    literals.Remove(name);
                    changed = true;
                }
            }
        }
        while (changed);
        return literals;
    }

    // The ranges marked as fixed text: from each marker with a reason to the next blank line. A marker without a reason
    // marks nothing and is reported.
    private static List<(int Start, int End)> FixedRanges(string source, int from, Func<int, int> toFile, string fileText, string path, DiagnosticBag diagnostics)
    {
        var ranges = new List<(int, int)>();
        foreach (Match m in FixedMarker().Matches(source, from))
        {
            if (!m.Groups["reason"].Success)
            {
                var (line, column, lineText) = ProseMask.Position(fileText, toFile(m.Index));
                diagnostics.Error(
                    DiagnosticCodes.FixedMarkerWithoutReason,
                    "fixed-text marker without a reason; say why the paragraph is fixed text, e.g. {{# fixed: method note }} or {{# fixed: disclaimer }}",
                    new SourceLocation(path, line, column),
                    lineText);
                continue;
            }

            var blank = BlankLine().Match(source, m.Index + m.Length);
            ranges.Add((m.Index, blank.Success ? blank.Index : source.Length));
        }

        return ranges;
    }

    private static Regex? NamePattern(IEnumerable<string> names)
    {
        var patterns = names.Where(n => !string.IsNullOrWhiteSpace(n))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .Select(n => string.Join(@"[\s-]+", n.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))
            .ToList();
        return patterns.Count == 0
            ? null
            : new Regex($@"(?<![\w-])(?:{string.Join('|', patterns)})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
    }

    private static Regex Claim() => ClaimRegex.Value;

    private static readonly Lazy<Regex> ClaimRegex = new(() => new Regex(
        $@"(?<!\w)(?:{string.Join('|', Words.SelectMany(g => g.Forms).OrderByDescending(f => f.Length).Select(f => string.Join(@"\s+", f.Split(' ').Select(Regex.Escape))))})(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    [GeneratedRegex(@"\{\{[-~]?\s*#\s*fixed\b(?:\s*:\s*(?<reason>[^\s}~-][^}]*?))?\s*[-~]?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex FixedMarker();

    [GeneratedRegex(@"\n[ \t\r]*\n", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLine();
}

/// <summary>A group of claim words that assert the same kind of thing about the figures.</summary>
/// <param name="Forms">The words or phrases, lower case, e.g. <c>["led", "leads"]</c> or <c>["higher risk"]</c>.</param>
/// <param name="Why">One line on what the words assert and what decides them.</param>
public sealed record ClaimWordGroup(IReadOnlyList<string> Forms, string Why);
