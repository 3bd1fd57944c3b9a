using System.Net;
using System.Text.RegularExpressions;

namespace ReportGen.Tests.Site;

/// <summary>
/// The kinds of note the sample publishes and the sections each must have, in one place: the genre's market note (the
/// examples in ../shared/examples: Context, Data Deep Dive ... Bottom Line, FAQ), the fund monitor (a market note with a
/// Flows section), the valuation essay (numbered arguments) and the tear sheet. <see cref="SeriesKind"/> maps each sample
/// series to its kind; a series not listed there fails the test that reads every edition, so a new series must say its kind.
/// </summary>
internal static partial class ReportKinds
{
    /// <summary>How a kind is held to the 900-1,600 words of analysis of issue 15.</summary>
    internal enum WordRule
    {
        /// <summary>Every edition must be in range: the test fails otherwise.</summary>
        Asserted,

        /// <summary>Not a note of that length (a tear sheet).</summary>
        None,
    }

    /// <summary>A kind: its '## ' headings (exact text, in any order), the headings it should grow into (written to the test
    /// output while missing, not asserted), and its word rule.</summary>
    internal sealed record Kind(string Name, IReadOnlyList<string> Sections, IReadOnlyList<string> Wanted, WordRule Words);

    internal static readonly Kind MarketNote = new("market note",
        ["Key takeaways", "Context", "Data Deep Dive", "Sector Implications", "Risk Assessment", "Outlook", "Perspective", "Bottom Line", "FAQ"],
        [], WordRule.Asserted);

    // Flows in every edition (issue 15): where the flow data does not cover the month, the section says so in one sentence.
    internal static readonly Kind FundMonitor = MarketNote with { Name = "fund monitor", Sections = [.. MarketNote.Sections, "Flows"] };

    internal static readonly Kind Essay = new("essay",
        ["Key takeaways", "The question", "The gap through time", "The arguments", "What it means", "Bottom Line", "FAQ", "Method notes"],
        [], WordRule.Asserted);

    internal static readonly Kind TearSheet = new("tear sheet", ["Returns", "Risk", "Valuation"], [], WordRule.None);

    /// <summary>The sample's series (file names under templates/reports) and their kinds.</summary>
    internal static readonly IReadOnlyDictionary<string, Kind> SeriesKind = new Dictionary<string, Kind>(StringComparer.Ordinal)
    {
        ["ai-equities"] = MarketNote,
        ["ai-cohorts"] = MarketNote,
        ["ai-etf-monitor"] = FundMonitor,
        ["ai-valuation"] = Essay,
        ["tear-sheet"] = TearSheet,
    };

    /// <summary>The words of analysis a note must hold (issue 15), as tools/measure_prose.py counts them.</summary>
    internal const int MinWords = 900;

    /// <summary>The upper bound of <see cref="MinWords"/>'s range.</summary>
    internal const int MaxWords = 1600;

    /// <summary>The text of every '## ' heading (h2) of a page, tags stripped and decoded.</summary>
    internal static HashSet<string> Sections(string html) =>
        H2().Matches(html).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", string.Empty)).Trim()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The edition pages of one series folder: its period folders (2026, 2026-q2, 2026-06, 2026-w14), in order.</summary>
    internal static IEnumerable<string> EditionPages(string seriesFolder) =>
        Directory.GetDirectories(seriesFolder).Where(d => PeriodFolder().IsMatch(Path.GetFileName(d))).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "index.html"));

    [GeneratedRegex(@"<h2\b[^>]*>(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex H2();

    [GeneratedRegex(@"^\d{4}(-(q[1-4]|\d{2}|w\d{2}))?$")]
    private static partial Regex PeriodFolder();
}
