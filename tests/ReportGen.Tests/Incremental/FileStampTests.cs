using ReportGen.Incremental;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Incremental;

/// <summary>
/// The up-to-date shortcut trusts a file's length and modification time (as git, make and ninja do) only when that is
/// safe: a changed input or output is always noticed, also when its length is unchanged, and also when it was changed
/// within the timestamp tick in which the last build hashed it (git's "racily clean" rule).
/// </summary>
public sealed class FileStampTests
{
    private const string Chips = "templates/reports/chips.sbn-md";

    [Fact]
    public async Task Rebuild_InputEditedKeepingItsLength_IsNoticed()
    {
        using var project = new FixtureProject("mini");
        var template = project.PathOf(Chips);
        File.SetLastWriteTimeUtc(template, DateTime.UtcNow.AddHours(-2)); // an old file: its stamp is trusted
        await BuildAsync(project);
        Assert.True((await BuildAsync(project)).Incremental.UpToDate);

        var text = project.Read(Chips);
        var edited = text.Replace("## Context", "## Contexx", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        Assert.Equal(text.Length, edited.Length);
        project.Write(Chips, edited);
        File.SetLastWriteTimeUtc(template, DateTime.UtcNow.AddHours(-1)); // another old time: only the time tells

        var result = await BuildAsync(project);

        Assert.False(result.Incremental.UpToDate);
        Assert.Equal(["chips/2026-Q1", "chips/2026-Q2"], result.Incremental.Rendered);
    }

    [Fact]
    public async Task Rebuild_InputEditedInTheTickItWasHashed_IsNoticed()
    {
        using var project = new FixtureProject("mini");
        var template = project.PathOf(Chips);
        File.SetLastWriteTimeUtc(template, DateTime.UtcNow); // written just before the build hashes it: racily clean
        var stamp = File.GetLastWriteTimeUtc(template);
        await BuildAsync(project);

        // Same length and the very same modification time, as on a file system whose clock tick spans both writes.
        var text = project.Read(Chips);
        project.Write(Chips, text.Replace("## Context", "## Contexx", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(template, stamp);
        Assert.Equal(text.Length, project.Read(Chips).Length);

        var result = await BuildAsync(project);

        Assert.False(result.Incremental.UpToDate);
        Assert.Equal(["chips/2026-Q1", "chips/2026-Q2"], result.Incremental.Rendered);
    }

    [Fact]
    public async Task Rebuild_OutputEditedKeepingItsLength_IsNoticedAndRepaired()
    {
        using var project = new FixtureProject("mini");
        await BuildAsync(project);
        await BuildAsync(project); // records stamps after the racy window of the first build's writes
        var page = Path.Combine(project.Site, "reports/chips/2026-q2/index.html");
        var html = File.ReadAllText(page);
        var i = html.IndexOf("<h1", StringComparison.Ordinal);
        File.WriteAllText(page, string.Concat(html.AsSpan(0, i), "<h2", html.AsSpan(i + 3))); // same length
        File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddHours(-1));

        var result = await BuildAsync(project);

        Assert.False(result.Incremental.UpToDate);
        Assert.Equal(html, File.ReadAllText(page));
    }

    [Fact]
    public async Task Rebuild_AfterABuildThatWroteTheLedger_IsUpToDate()
    {
        using var project = new FixtureProject("mini");
        var now = new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero);
        var options = new BuildOptions(project.Root) { CacheDirectory = project.PathOf(".reportgen-cache"), Clock = () => now };
        var first = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.True(File.Exists(project.PathOf("published/ledger.csv")), "the build recorded no publication");

        // The ledger is an input that the first build wrote after publishing: its own write is not a change.
        var second = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.True(second.Incremental.UpToDate, "the build after the ledger write went through the edition cache");
    }

    [Fact]
    public async Task Rebuild_LedgerEditedAfterTheBuildWroteIt_IsNoticed()
    {
        using var project = new FixtureProject("mini");
        var now = new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero);
        var options = new BuildOptions(project.Root) { CacheDirectory = project.PathOf(".reportgen-cache"), Clock = () => now };
        Assert.True((await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None)).Succeeded);
        var ledger = project.PathOf("published/corrections.csv");
        File.AppendAllText(ledger, string.Empty); // touched, same bytes: still up to date
        Assert.True((await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None)).Incremental.UpToDate);

        File.AppendAllText(ledger, "\n");
        File.SetLastWriteTimeUtc(ledger, DateTime.UtcNow.AddHours(-1));

        Assert.False((await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None)).Incremental.UpToDate);
    }

    [Fact]
    public void Stamp_TrustsAnOldUnchangedStampAndRehashesARacyOne()
    {
        using var project = new FixtureProject("mini");
        var file = project.PathOf(Chips);
        var old = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(file, old);
        var length = new FileInfo(file).Length;
        var lie = new string('0', 64); // a recorded hash that is not the file's: returned only when the stamp is trusted
        var recorded = new Dictionary<string, FileStamp>(StringComparer.Ordinal) { ["f"] = new(length, old.Ticks, lie) };

        var trusted = FileStamps.Stamp(file, new FileStamps(DateTime.UtcNow.Ticks, recorded), "f", out var hashedTrusted);
        var racy = FileStamps.Stamp(file, new FileStamps(old.AddSeconds(1).Ticks, recorded), "f", out var hashedRacy);

        Assert.False(hashedTrusted);
        Assert.Equal(lie, trusted.Sha256);
        Assert.True(hashedRacy);
        Assert.NotEqual(lie, racy.Sha256);
    }

    private static async Task<BuildResult> BuildAsync(FixtureProject project)
    {
        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root) { CacheDirectory = project.PathOf(".reportgen-cache") }, publish: true, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }
}
