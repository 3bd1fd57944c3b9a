using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Incremental;

/// <summary>An editor's note is an input of its edition only: adding, editing or removing it re-renders that edition.</summary>
public sealed class NoteCacheTests
{
    private const string Note = "notes/chips/2026-Q2.md";

    [Fact]
    public async Task Rebuild_NoteAddedThenEditedThenRemoved_RendersOnlyItsEdition()
    {
        using var project = new FixtureProject("mini");
        await BuildAsync(project);
        Directory.CreateDirectory(project.PathOf("notes/chips"));

        project.Write(Note, "---\nsection: Context\n---\nFirst thoughts.\n");
        var added = await BuildAsync(project);
        project.Write(Note, "---\nsection: Context\n---\nSecond thoughts.\n");
        var edited = await BuildAsync(project);
        File.Delete(project.PathOf(Note));
        var removed = await BuildAsync(project);

        Assert.Equal(["chips/2026-Q2"], added.Incremental.Rendered);
        Assert.Equal(["chips/2026-Q1"], added.Incremental.Reused);
        Assert.Equal(["chips/2026-Q2"], edited.Incremental.Rendered);
        Assert.Equal(["chips/2026-Q2"], removed.Incremental.Rendered);
        Assert.DoesNotContain("thoughts", project.Read("site/reports/chips/2026-q2/index.html"), StringComparison.Ordinal);
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    [Fact]
    public async Task Rebuild_NoteEdited_PublishesTheNewText()
    {
        using var project = new FixtureProject("mini");
        Directory.CreateDirectory(project.PathOf("notes/chips"));
        project.Write(Note, "---\nsection: Context\n---\nFirst thoughts.\n");
        await BuildAsync(project);

        project.Write(Note, "---\nsection: Context\n---\nSecond thoughts.\n");
        var result = await BuildAsync(project);

        Assert.False(result.Incremental.UpToDate);
        Assert.Contains("Second thoughts.", project.Read("site/reports/chips/2026-q2/index.html"), StringComparison.Ordinal);
        await ColdBuild.AssertSameAsColdBuildAsync(project);
    }

    private static async Task<BuildResult> BuildAsync(FixtureProject project)
    {
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root) { CacheDirectory = project.PathOf(".reportgen-cache") }, publish: true, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }
}
