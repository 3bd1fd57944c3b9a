using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.ForEach;

/// <summary>Issue 20, "its notes' mentions": each tear sheet lists the notes that print its security (Site/MentionIndex),
/// and the list follows the notes through an incremental build whose tear-sheet renderings come from the cache.</summary>
public sealed class TearSheetMentionsTests
{
    private const string Led = "{{ if u.size.value > 1 }}{{ ranked u.leaders 2 }} led{{ else }}{{ ranked u.leaders 1 }} is the only member{{ end }}";

    [Fact]
    public async Task TearSheet_ListsTheNotesThatMentionIt_AndFollowsThemThroughACachedRebuild()
    {
        using var project = ForEachProject.Create();
        var options = new BuildOptions(project.Root) { CacheDirectory = project.PathOf(".reportgen-cache") };
        var first = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        // 'chips' ranks both members in each quarter: both tear sheets of Q2 list chips Q2 and Q1, newest first; Q1's only Q1.
        foreach (var ticker in new[] { "nvda", "amd" })
        {
            var q2 = project.Read($"site/securities/{ticker}/2026-q2/index.html");
            Assert.Contains("<h2 id=\"mentions-heading\">Notes that mention ", q2, StringComparison.Ordinal);
            var newer = q2.IndexOf("href=\"../../../reports/chips/2026-q2/\"", StringComparison.Ordinal);
            var older = q2.IndexOf("href=\"../../../reports/chips/2026-q1/\"", StringComparison.Ordinal);
            Assert.True(newer > 0 && older > newer, $"{ticker} Q2: chips Q2 ({newer}) then chips Q1 ({older})");
            Assert.DoesNotContain("reports/chips/2026-q2/", project.Read($"site/securities/{ticker}/2026-q1/index.html"), StringComparison.Ordinal);
            Assert.Contains("href=\"../../reports/chips/2026-q2/\"", project.Read($"site/securities/{ticker}/index.html"), StringComparison.Ordinal);
        }

        // The note now names only its leader (in its sentence and its table): the other security's tear sheets drop it, though no tear sheet is rendered again.
        var note = project.Read("templates/reports/chips.sbn-md");
        Assert.Contains(Led, note, StringComparison.Ordinal);
        project.Write("templates/reports/chips.sbn-md", note.Replace(Led, "{{ ranked u.leaders 1 }} led", StringComparison.Ordinal)
            .Replace("{{~ for s in u.leaders ~}}", "{{~ for s in u.leaders limit:1 ~}}", StringComparison.Ordinal));
        var second = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));

        Assert.Contains("tear/nvda/2026-Q2", second.Incremental.Reused);
        Assert.Contains("tear/amd/2026-Q2", second.Incremental.Reused);
        Assert.Contains("chips/2026-Q2", second.Incremental.Rendered);
        var listing = new[] { "nvda", "amd" }.Where(t => project.Read($"site/securities/{t}/2026-q2/index.html").Contains("reports/chips/2026-q2/", StringComparison.Ordinal)).ToList();
        Assert.Single(listing);
    }

    [Fact]
    public async Task OrdinaryEdition_HasNoMentionsSection()
    {
        using var project = ForEachProject.Create();
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.DoesNotContain("class=\"mentions\"", project.Read("site/reports/chips/2026-q2/index.html"), StringComparison.Ordinal);
    }
}
