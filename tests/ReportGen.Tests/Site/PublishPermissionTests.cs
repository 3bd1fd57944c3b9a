using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>
/// Issue 17, item 4: a build by a user who may not delete the previous site (it was built by root) fails without
/// changing it, leaves nothing behind, and the next build by its owner works.
/// </summary>
public sealed class PublishPermissionTests
{
    [RootFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Build_ByAUserWhoCannotDeleteTheOldSite_LeavesItByteIdentical_AndTheOwnersNextBuildWorks()
    {
        using var project = new FixtureProject("mini", nested: true);
        var first = await CliProcess.RunAsync(["build", "--project", project.Root, "--no-cache"]);
        Assert.True(first.ExitCode == 0, first.Error);
        var old = FixtureProject.Snapshot(project.Site);
        project.Write("reportgen.yml", project.Read("reportgen.yml").Replace("title: Fixture Notes", "title: Renamed Notes", StringComparison.Ordinal));
        // The other user may create files beside site/ (the project folder is world-writable), but not inside root's site/.
        File.SetUnixFileMode(project.Container!, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(project.Root, (UnixFileMode)0b111_111_111);

        var other = await CliProcess.RunAsync(["build", "--project", project.Root, "--no-cache"], asUser: "nobody", new Dictionary<string, string> { ["HOME"] = project.Container!, ["DOTNET_CLI_HOME"] = project.Container! });

        Assert.True(other.ExitCode == 1, $"exit {other.ExitCode}, expected 1:\n{other.Error}");
        Assert.Contains("error RG5012:", other.Error, StringComparison.Ordinal);
        OutputSafetyTests.AssertSameTree(old, FixtureProject.Snapshot(project.Site));
        Assert.Empty(Directory.EnumerateDirectories(project.Root, ".site.*"));

        var owner = await CliProcess.RunAsync(["build", "--project", project.Root, "--no-cache"]);
        Assert.True(owner.ExitCode == 0, owner.Error);
        Assert.Contains("Renamed Notes", project.Read("site/index.html"), StringComparison.Ordinal);
    }
}

/// <summary>A fact that needs root on Linux (to run a build as another user); skipped with the reason elsewhere.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/usr/sbin/runuser"))
        {
            Skip = "skipped: needs root on Linux with runuser, to build as another user";
        }
    }
}
