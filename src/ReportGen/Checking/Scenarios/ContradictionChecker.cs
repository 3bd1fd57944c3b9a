using System.Globalization;
using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Text;

namespace ReportGen.Checking.Scenarios;

/// <summary>
/// Finds sentences whose claim words contradict the figures printed with them. It reads the rendered prose (headline, dek,
/// body sentences and table rows; <see cref="EditionProse"/>) and the recorded figures behind every printed number, so it
/// judges the value, not the printed text: "fell 5.2%" printed with <c>fmt.pct_abs</c> is read as the signed return.
/// </summary>
/// <remarks>
/// <para>The rules (each a <see cref="Contradiction.Rule"/>):</para>
/// <list type="table">
/// <listheader><term>Rule</term><description>Claim words, the figure they read, and when the sentence is false</description></listheader>
/// <item><term><c>direction</c></term><description>A move word followed by a figure, with at most three of "by a an at about
/// nearly almost just some roughly another further" between: rise words (rose, surged, gained, climbed, rallied, jumped,
/// soared, advanced, added, edged up, ticked up, up, took in, attracted, gain of, rise of, increase of) need a value above
/// zero that does not print as zero; fall words (fell, slipped, plunged, dropped, declined, lost, shed, sank, slid,
/// tumbled, retreated, ticked down, edged down, down, loss of, decline of, drop of, fall of) a value below zero that does
/// not print as zero; flat words (flat, unchanged, little changed) a value within the <c>edged_up</c> threshold. Only
/// figures of changes are read (returns, spreads, drawdowns, flows, stress impacts), not levels such as volatility,
/// expense ratio, market capitalization, weights or counts.</description></item>
/// <item><term><c>comparison</c></term><description>Beat words (outperformed, beat, beating, ahead, lead of, outpaced,
/// topped), lag words (lagged, trailed, trails, underperformed, behind, shortfall of) and match words (matched, in line
/// with) read the nearest spread (a <c>spread</c> figure, percentage points) in the same part of the sentence (up to a
/// semicolon): the first after the words, else the last before them. Beat needs a spread above zero, lag below zero (and
/// neither may print as zero), match one within the <c>matched</c> threshold. With no spread there, two returns of the
/// same window in that part are read as subject and comparator, in order: beat needs the first higher, lag lower. The
/// passive "was outperformed by" is not read.</description></item>
/// <item><term><c>superlative</c></term><description>Best words (led, leads, best, strongest, top performer, biggest
/// gainer, most volatile) and worst words (weakest, worst, laggard, biggest loser, deepest, least volatile) claim the
/// figure next to them: the first within six words after (not past "and", "while", "but", "against", "than" or a
/// colon), else the last within five words before (not past "as", "while", "but", "and", "against", "than"), together
/// with the run of figures of the same metric listed with it ("A (x), B (y) and C (z) were the strongest"). Peers are
/// the other figures of the same metric and as-of date printed anywhere in the edition: for securities, the members of
/// each universe the report declares (<c>universes:</c>) that holds every claimed security, and the claim must hold in
/// at least one of them (it is not judged when one of them has no other member printed); for universes, every other
/// universe. A best claim is false when a peer's value is equal or higher than a claimed one
/// (a tie is not a lead); a worst claim when a peer's is equal or lower.</description></item>
/// <item><term><c>led-with-loss</c></term><description>"led" or "leads" followed by "with" and a return below zero: a lead
/// reads as a gain; a template says "held up best" for the best of a falling group.</description></item>
/// <item><term><c>count</c></term><description>A count of members that beat (<c>count_beating</c>) or any "N of M" pair of
/// counts: N above M is false; "all" or "every" before the count needs N = M; "only" needs N &lt; M; "broad", "most",
/// "majority" or "widespread" in the sentence need N above half of M; "narrow", "minority" or "few" (not "a few") need
/// N at most half of M. M is the member count printed after "of", else the universe's size in the data.</description></item>
/// </list>
/// <para>What it cannot see: claims with no figure in their sentence ("The suppliers led again.", "moved the same way");
/// those are checked through the claims templates record (<c>holds</c>, <c>claim</c>).</para>
/// </remarks>
public sealed class ContradictionChecker
{
    private static readonly string[] Fillers = ["by", "a", "an", "at", "about", "nearly", "almost", "just", "some", "roughly", "another", "further"];
    private static readonly string[] ForwardStops = ["and", "while", "but", "whereas", "against", "versus", "vs", "than", "compared"];
    private static readonly string[] BackwardStops = ["as", "while", "but", "whereas", "and", "against", "versus", "vs", "than", "because", "when"];
    private static readonly string[] BeWords = ["was", "were", "been", "being", "is", "are", "be"];

    private static readonly HashSet<string> LevelMetrics = new(StringComparer.Ordinal)
    {
        MetricNames.AnnualizedVolatility12m, MetricNames.Beta12m, MetricNames.Correlation12m, MetricNames.MarketCapitalization,
        MetricNames.PriceToEarnings, MetricNames.MarketCapMilestone, MetricNames.MembersWithMarketCap, MetricNames.TotalMarketCapitalization,
        MetricNames.Top3Weight, MetricNames.HerfindahlIndex, MetricNames.EffectiveNumberOfHoldings, MetricNames.ShareOfSp500MarketCap,
        MetricNames.MedianPe, MetricNames.MedianPeRestOfIndex, MetricNames.StressHoldings, MetricNames.StressShockedWeight,
        MetricNames.ExpenseRatio, MetricNames.FeeDrag12m, MetricNames.ReturnDispersion, MetricNames.MemberCount, MetricNames.CountBeating,

        // A distance to a hypothetical level ("a fall of 42.7% would close the gap"), always positive: not a move that happened.
        MetricNames.MultipleFallToRestMedian,
    };

    private static readonly (string[] Words, Claim Claim)[] Phrases = [.. new (string Text, Claim Claim)[]
    {
        ("rose", Claim.Rise), ("rises", Claim.Rise), ("risen", Claim.Rise), ("surged", Claim.Rise), ("surges", Claim.Rise), ("gained", Claim.Rise),
        ("climbed", Claim.Rise), ("rallied", Claim.Rise), ("jumped", Claim.Rise), ("soared", Claim.Rise), ("advanced", Claim.Rise), ("added", Claim.Rise),
        ("edged up", Claim.Rise), ("ticked up", Claim.Rise), ("up", Claim.Rise), ("took in", Claim.Rise), ("attracted", Claim.Rise),
        ("gain of", Claim.Rise), ("rise of", Claim.Rise), ("increase of", Claim.Rise),
        ("fell", Claim.Fall), ("falls", Claim.Fall), ("fallen", Claim.Fall), ("slipped", Claim.Fall), ("plunged", Claim.Fall), ("dropped", Claim.Fall),
        ("declined", Claim.Fall), ("lost", Claim.Fall), ("shed", Claim.Fall), ("sank", Claim.Fall), ("slid", Claim.Fall), ("tumbled", Claim.Fall),
        ("retreated", Claim.Fall), ("ticked down", Claim.Fall), ("edged down", Claim.Fall), ("down", Claim.Fall),
        ("loss of", Claim.Fall), ("decline of", Claim.Fall), ("drop of", Claim.Fall), ("fall of", Claim.Fall),
        ("flat", Claim.Flat), ("unchanged", Claim.Flat), ("little changed", Claim.Flat),
        ("outperformed", Claim.Beat), ("outperforms", Claim.Beat), ("outperforming", Claim.Beat), ("beat", Claim.Beat), ("beats", Claim.Beat),
        ("beating", Claim.Beat), ("ahead", Claim.Beat), ("lead of", Claim.Beat), ("outpaced", Claim.Beat), ("topped", Claim.Beat),
        ("lagged", Claim.Lag), ("lags", Claim.Lag), ("lagging", Claim.Lag), ("trailed", Claim.Lag), ("trails", Claim.Lag),
        ("underperformed", Claim.Lag), ("underperforms", Claim.Lag), ("behind", Claim.Lag), ("shortfall of", Claim.Lag),
        ("matched", Claim.Match), ("in line with", Claim.Match),
        ("led", Claim.Best), ("leads", Claim.Best), ("best", Claim.Best), ("strongest", Claim.Best), ("top performer", Claim.Best),
        ("biggest gainer", Claim.Best), ("most volatile", Claim.Best),
        ("weakest", Claim.Worst), ("worst", Claim.Worst), ("laggard", Claim.Worst), ("biggest loser", Claim.Worst), ("deepest", Claim.Worst),
        ("least volatile", Claim.Worst),
    }.Select(p => (p.Text.Split(' '), p.Claim)).OrderByDescending(p => p.Item1.Length)];

    private static readonly string[] BroadWords = ["broad", "most", "majority", "widespread"];
    private static readonly string[] NarrowWords = ["narrow", "minority", "few"];

    private readonly NarrativeThresholds _thresholds;
    private readonly IReadOnlyDictionary<string, Universe> _universes;

    /// <summary>A checker for one market.</summary>
    /// <param name="thresholds">The project's narrative thresholds: <c>edged_up</c> bounds "flat", <c>matched</c> bounds "matched".</param>
    /// <param name="universes">The market's universes (a scenario's, e.g. cut to one member): peers of a superlative and
    /// the size a count is out of.</param>
    public ContradictionChecker(NarrativeThresholds thresholds, IReadOnlyDictionary<string, Universe> universes)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(universes);
        _thresholds = thresholds;
        _universes = universes;
    }

    private enum Claim
    {
        Rise,
        Fall,
        Flat,
        Beat,
        Lag,
        Match,
        Best,
        Worst,
    }

    /// <summary>Checks every sentence of <paramref name="text"/>.</summary>
    /// <param name="text">A rendered edition.</param>
    /// <param name="claims">The number of claims read: claim words that found a figure to judge (held or not).</param>
    /// <returns>Every contradiction, in reading order.</returns>
    public IReadOnlyList<Contradiction> Check(EditionText text, out int claims)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = EditionProse.Read(text);
        var found = new List<Contradiction>();
        claims = 0;
        foreach (var sentence in sentences)
        {
            claims += Check(sentence, text.Figures, text.Edition.Report.Universes, found);
        }

        return found;
    }

    // Checks one sentence; returns the number of claims it read.
    private int Check(ProseSentence sentence, IReadOnlyList<Figure> edition, IReadOnlyList<string> declared, List<Contradiction> found)
    {
        var read = 0;
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Match(tokens, i) is not { } match)
            {
                continue;
            }

            var (length, claim) = match;

            var phrase = ProseSentence.Join(tokens, i, i + length);
            var finding = claim switch
            {
                Claim.Rise or Claim.Fall or Claim.Flat => Direction(sentence, i, length, claim),
                Claim.Beat or Claim.Lag or Claim.Match => Comparison(sentence, i, length, claim),
                _ => Superlative(sentence, i, length, claim, edition, declared),
            };
            if (finding is { } f)
            {
                read++;
                if (!f.Holds)
                {
                    found.Add(new Contradiction(f.Rule, phrase, sentence, i, f.Reason, f.Figures));
                }
            }

            i += length - 1;
        }

        if (Count(sentence, ref read) is { } count)
        {
            found.Add(count);
        }

        return read;
    }

    private static (int Length, Claim Claim)? Match(IReadOnlyList<ProseToken> tokens, int at)
    {
        // A capitalised word after the first word of the sentence is part of a name ("Advanced Micro Devices"), not a claim.
        if (char.IsUpper(tokens[at].Text[0]) && Enumerable.Range(0, at).Any(k => tokens[k].IsWord))
        {
            return null;
        }

        foreach (var (words, claim) in Phrases)
        {
            if (at + words.Length > tokens.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < words.Length && all; k++)
            {
                all = tokens[at + k].Word == words[k];
            }

            if (all)
            {
                return (words.Length, claim);
            }
        }

        return null;
    }

    private Verdict? Direction(ProseSentence sentence, int at, int length, Claim claim)
    {
        var tokens = sentence.Tokens;
        var j = at + length;
        var skipped = 0;
        while (j < tokens.Count && skipped <= 3 && tokens[j].IsWord && Fillers.Contains(tokens[j].Word))
        {
            j++;
            skipped++;
        }

        if (j >= tokens.Count || tokens[j].Figure is not { } figure || !IsChange(figure))
        {
            return null;
        }

        var v = figure.Value.Value;
        var zero = PrintsZero(figure);
        var (holds, expected) = claim switch
        {
            Claim.Rise => (v > 0 && !zero, "above zero"),
            Claim.Fall => (v < 0 && !zero, "below zero"),
            _ => (Math.Abs(v) < _thresholds.EdgedUp, $"within {Percent(_thresholds.EdgedUp)} of zero (the edged_up threshold)"),
        };
        return new Verdict(holds, "direction", $"the figure it reads, {Describe(figure)}, is not {expected}", [figure]);
    }

    private Verdict? Comparison(ProseSentence sentence, int at, int length, Claim claim)
    {
        var tokens = sentence.Tokens;
        var word = tokens[at].Word;
        if (at > 0 && BeWords.Contains(tokens[at - 1].Word) && word is "outperformed" or "beat" or "topped" or "outpaced")
        {
            return null; // passive: the sentence's subject is the one beaten
        }

        var (from, to) = Segment(tokens, at);
        Figure? spread = null;
        for (var j = at + length; j < to && spread is null; j++)
        {
            if (j > at + length && Match(tokens, j) is { Claim: Claim.Beat or Claim.Lag or Claim.Match })
            {
                break;
            }

            spread = tokens[j].Figure is { } f && IsSpread(f) ? f : null;
        }

        for (var j = at - 1; j >= from && spread is null; j--)
        {
            if (Match(tokens, j) is { Claim: Claim.Beat or Claim.Lag or Claim.Match })
            {
                break;
            }

            spread = tokens[j].Figure is { } f && IsSpread(f) ? f : null;
        }

        if (spread is not null)
        {
            var v = spread.Value.Value;
            var zero = PrintsZero(spread);
            var (holds, expected) = claim switch
            {
                Claim.Beat => (v > 0 && !zero, "above zero"),
                Claim.Lag => (v < 0 && !zero, "below zero"),
                _ => (Math.Abs(v) <= _thresholds.Matched, $"within {Percent(_thresholds.Matched)} (the matched threshold)"),
            };
            return new Verdict(holds, "comparison", $"the spread it reads, {Describe(spread)}, is not {expected}", [spread]);
        }

        if (claim == Claim.Match)
        {
            return null;
        }

        var returns = new List<Figure>();
        for (var j = from; j < to; j++)
        {
            if (tokens[j].Figure is { } f && WindowOf(f) is not null)
            {
                returns.Add(f);
            }
        }

        if (returns.Count != 2 || WindowOf(returns[0]) != WindowOf(returns[1]) || returns[0].Value.Subject == returns[1].Value.Subject)
        {
            return null;
        }

        var (a, b) = (returns[0], returns[1]);
        var ok = claim == Claim.Beat ? a.Value.Value > b.Value.Value : a.Value.Value < b.Value.Value;
        return new Verdict(ok, "comparison", $"it compares {Describe(a)} with {Describe(b)}, which is {(claim == Claim.Beat ? "not lower" : "not higher")}", [a, b]);
    }

    private Verdict? Superlative(ProseSentence sentence, int at, int length, Claim claim, IReadOnlyList<Figure> edition, IReadOnlyList<string> declared)
    {
        var tokens = sentence.Tokens;
        var (index, forward) = Attach(tokens, at, length);
        if (index < 0)
        {
            return null;
        }

        var anchor = tokens[index].Figure!;
        var claimed = Run(tokens, index, forward, anchor.Value.Metric);
        var word = tokens[at].Word;
        if (word is "led" or "leads" && forward && index > 0 && tokens[index - 1].Word == "with" && WindowOf(anchor) is not null && anchor.Value.Value < 0)
        {
            return new Verdict(false, "led-with-loss", $"'{word}' reads as a gain, but {Describe(anchor)} is a loss; the best of a falling group 'held up best'", [anchor]);
        }

        var best = claim == Claim.Best;
        var claimedSubjects = claimed.Select(f => f.Value.Subject).ToHashSet(StringComparer.Ordinal);
        if (forward && index > 1 && tokens[index - 1].Word == "with" && tokens[index - 2].Word == "each")
        {
            // "AMD and Amazon led the group, each with +82.5%": a shared place claims every member that prints the same.
            claimedSubjects.UnionWith(edition.Where(f => f.Value.Metric == anchor.Value.Metric && f.Value.AsOf == anchor.Value.AsOf && f.Text == anchor.Text).Select(f => f.Value.Subject));
        }

        var peersOf = edition
            .Where(f => f.Value.Metric == anchor.Value.Metric && f.Value.AsOf == anchor.Value.AsOf && !claimedSubjects.Contains(f.Value.Subject))
            .GroupBy(f => f.Value.Subject, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var low = claimed.Min(f => f.Value.Value);
        var high = claimed.Max(f => f.Value.Value);
        Figure? Beaten(IEnumerable<Figure> peers) => best
            ? peers.Where(p => p.Value.Value >= low).OrderByDescending(p => p.Value.Value).FirstOrDefault()
            : peers.Where(p => p.Value.Value <= high).OrderBy(p => p.Value.Value).FirstOrDefault();

        if (claimedSubjects.All(_universes.ContainsKey))
        {
            var peers = peersOf.Where(p => _universes.ContainsKey(p.Value.Subject)).ToList();
            return peers.Count == 0 ? null
                : Beaten(peers) is { } rival ? new Verdict(false, "superlative", Rivalry(claimed, rival, best, "the other universes"), [.. claimed, rival])
                : new Verdict(true, "superlative", string.Empty, claimed);
        }

        // The universes the claim can be about: those the report declares (all, when it declares none) that hold every
        // claimed security. When one of them has no other member printed, the claim cannot be judged.
        var groups = _universes.Values
            .Where(u => (declared.Count == 0 || declared.Contains(u.Name)) && claimedSubjects.All(u.Members.Contains))
            .Select(u => (u.Name, Peers: peersOf.Where(p => u.Members.Contains(p.Value.Subject)).ToList()))
            .ToList();
        if (groups.Count == 0 || groups.Any(g => g.Peers.Count == 0))
        {
            return null;
        }

        if (groups.Any(g => Beaten(g.Peers) is null))
        {
            return new Verdict(true, "superlative", string.Empty, claimed);
        }

        var (name, members) = groups[0];
        var beaten = Beaten(members)!;
        return new Verdict(false, "superlative", Rivalry(claimed, beaten, best, $"the members of {name} printed in this edition"), [.. claimed, beaten]);
    }

    // The figure a superlative claims: the first within six words after it (not past a stop word or a colon), else the
    // last within five words before it. Returns its token index and whether it was found after the words.
    private static (int Index, bool Forward) Attach(IReadOnlyList<ProseToken> tokens, int at, int length)
    {
        var words = 0;
        for (var j = at + length; j < tokens.Count; j++)
        {
            var t = tokens[j];
            if (t.Figure is not null)
            {
                return (j, true);
            }

            if (t.Text is ";" or "." or ":" or "!" or "?" or "|" || (t.IsWord && (ForwardStops.Contains(t.Word) || ++words > 6)))
            {
                break;
            }
        }

        words = 0;
        for (var j = at - 1; j >= 0; j--)
        {
            var t = tokens[j];
            if (t.Figure is not null)
            {
                return (j, false);
            }

            if (t.Text is ";" or "." or ":" or "!" or "?" or "|" || (t.IsWord && (BackwardStops.Contains(t.Word) || ++words > 5)))
            {
                break;
            }
        }

        return (-1, false);
    }

    // The figures of `metric` listed together with the one at `index` ("A (x), B (y) and C (z)"), going away from the
    // claim words: at most five words (names of up to four words, "and") between two of them, no other mark than commas and parentheses.
    private static List<Figure> Run(IReadOnlyList<ProseToken> tokens, int index, bool forward, string metric)
    {
        var run = new List<Figure> { tokens[index].Figure! };
        var step = forward ? 1 : -1;
        var words = 0;
        for (var j = index + step; j >= 0 && j < tokens.Count; j += step)
        {
            var t = tokens[j];
            if (t.Figure is { } f)
            {
                if (f.Value.Metric != metric)
                {
                    break;
                }

                run.Add(f);
                words = 0;
                continue;
            }

            if (t.IsWord ? ++words > 5 || Match(tokens, j) is not null : t.Text is not ("," or "(" or ")"))
            {
                break;
            }
        }

        return run;
    }

    private Contradiction? Count(ProseSentence sentence, ref int read)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Figure is not { } part || part.Value.Unit != MetricUnit.Number)
            {
                continue;
            }

            // The whole: a count after "of" (and "the"/"its"/"their"), else the size of the universe a count_beating is about.
            var whole = (Figure?)null;
            var j = i + 1;
            if (j < tokens.Count && tokens[j].Word == "of")
            {
                j++;
                if (j < tokens.Count && tokens[j].Word is "the" or "its" or "their")
                {
                    j++;
                }

                whole = j < tokens.Count && tokens[j].Figure is { } w && w.Value.Unit == MetricUnit.Number ? w : null;
            }

            var isBeating = part.Value.Metric == MetricNames.CountBeating;
            if (whole is null && !isBeating)
            {
                continue;
            }

            double total;
            if (whole is not null)
            {
                total = whole.Value.Value;
            }
            else if (_universes.TryGetValue(part.Value.Subject.Split(" vs ")[0], out var universe))
            {
                total = universe.Members.Count;
            }
            else
            {
                continue;
            }

            read++;
            var n = part.Value.Value;
            var before = i > 0 ? tokens[i - 1].Word : string.Empty;
            var words = tokens.Where(t => t.IsWord).Select(t => t.Word).ToList();
            var aFew = Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(k => words[k] == "few" && words[k - 1] == "a");
            string? reason = n > total ? "the count is larger than the whole"
                : before is "all" or "every" && n != total ? "'all' needs every member"
                : before == "only" && n >= total ? "'only' needs fewer than all"
                : words.FirstOrDefault(BroadWords.Contains) is { } broad && n * 2 <= total ? $"'{broad}' needs more than half"
                : words.FirstOrDefault(NarrowWords.Contains) is { } narrow && !(narrow == "few" && aFew) && n * 2 > total ? $"'{narrow}' needs at most half"
                : null;
            if (reason is not null)
            {
                Figure[] figures = whole is null ? [part] : [part, whole];
                return new Contradiction("count", part.Text, sentence, i, string.Create(CultureInfo.InvariantCulture, $"{reason}, and the count is {n} of {total} ({part.Value.Metric} of {part.Value.Subject})"), figures);
            }
        }

        return null;
    }

    // The part of the sentence around `at` up to a semicolon on either side.
    private static (int From, int To) Segment(IReadOnlyList<ProseToken> tokens, int at)
    {
        var from = at;
        while (from > 0 && tokens[from - 1].Text != ";")
        {
            from--;
        }

        var to = at;
        while (to < tokens.Count && tokens[to].Text != ";")
        {
            to++;
        }

        return (from, to);
    }

    private static bool IsChange(Figure figure) =>
        figure.Value.Unit is MetricUnit.Fraction or MetricUnit.PercentagePoints or MetricUnit.Usd && !LevelMetrics.Contains(figure.Value.Metric);

    private static bool IsSpread(Figure figure) => figure.Value.Metric == MetricNames.Spread;

    // The window of a return figure ("" for the period, "_ytd", "_12m", "_since", ...), or null for any other metric.
    private static string? WindowOf(Figure figure)
    {
        var metric = figure.Value.Metric;
        foreach (var family in new[] { MetricNames.TotalReturn, MetricNames.EqualWeightReturn, MetricNames.PriceReturn, MetricNames.MedianReturn })
        {
            if (metric.StartsWith(family, StringComparison.Ordinal) && figure.Value.Unit == MetricUnit.Fraction)
            {
                return metric[family.Length..];
            }
        }

        return null;
    }

    // A printed number with no digit other than 0 ("0.0%", "-0.0 pp", "$0"): the reader sees no move.
    private static bool PrintsZero(Figure figure) => figure.Text.Any(char.IsDigit) && !figure.Text.Any(c => c is >= '1' and <= '9');

    private static string Describe(Figure figure) => $"{figure.Text} ({figure.Value.Metric} of {figure.Value.Subject}, value {figure.Value.Value.ToString("0.######", CultureInfo.InvariantCulture)})";

    private static string Rivalry(List<Figure> claimed, Figure rival, bool best, string among)
    {
        var who = claimed.Count == 1 ? Describe(claimed[0]) : string.Join(", ", claimed.Select(f => $"{f.Value.Subject} {f.Text}"));
        var tie = claimed.Any(c => c.Value.Value == rival.Value.Value);
        var relation = tie ? "ties with it" : best ? "is higher" : "is lower";
        return $"it claims {who}, but among {among} {rival.Value.Subject} at {rival.Text} {relation}";
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    // What a rule found when it had figures to judge: whether the claim holds, and if not, why.
    private sealed record Verdict(bool Holds, string Rule, string Reason, IReadOnlyList<Figure> Figures);
}
