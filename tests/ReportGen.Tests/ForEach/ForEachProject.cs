using ReportGen.TestKit;

namespace ReportGen.Tests.ForEach;

/// <summary>
/// The fixture project <c>mini</c> (the quarterly series 'chips' over NVDA and AMD, data to 2026-07-02) with a
/// parameterized series 'tear' (<c>for_each: universe: chips</c>) written beside it: two complete quarters × two items.
/// </summary>
internal static class ForEachProject
{
    /// <summary>The tear-sheet report's front matter up to (not including) its closing line, with <c>for_each</c> given by the caller.</summary>
    public static string Report(string forEach = "for_each:\n  universe: chips\n", string body = DefaultBody) =>
        "---\nseries: Chip Tear Sheets\ntitle: \"{{ item.name }} in {{ edition.period }}\"\nsummary: \"{{ item.name }} ({{ edition.item }}) returned {{ item.period_return | fmt.pct }}.\"\ncadence: quarterly\nfirst_period: 2026-Q1\n"
        + forEach + "---\n" + body;

    /// <summary>A body that prints the item, the bound ticker and the previous edition of the same item.</summary>
    public const string DefaultBody = "{{ item.name }} {{ move item.period_return }} in {{ edition.period }} {{ cite item.period_return }}.{{ if prev }} Before: {{ prev.edition.period }}, {{ (prev.security edition.item).period_return | fmt.pct }}.{{ end }}\n";

    /// <summary>A copy of <c>mini</c> with <c>templates/reports/tear.sbn-md</c>.</summary>
    public static FixtureProject Create(string? report = null)
    {
        var project = new FixtureProject("mini");
        project.Write("templates/reports/tear.sbn-md", report ?? Report());
        return project;
    }
}
