using ReportGen.TestKit;
using ReportGen.Tests.TestKit;

namespace ReportGen.Tests.Publishing;

/// <summary><c>reportgen build</c> records by the clock SOURCE_DATE_EPOCH fixes, refuses a revision (exit 1), accepts it
/// with <c>--accept-revisions</c>; <c>reportgen ledger</c> lists editions, versions and corrections.</summary>
public sealed class LedgerCommandTests
{
    [Fact]
    public async Task BuildAndLedger_ReviseAcceptList()
    {
        using var project = new FixtureProject("mini");
        var epoch = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1783071000" }; // 2026-07-03T09:30:00Z
        var first = await CliProcess.RunAsync(["build", "--project", project.Root, "--no-cache"], environment: epoch);
        Assert.True(first.ExitCode == 0, first.Error);
        const string file = "data/prices/adjusted/AMD.csv";
        project.Write(file, project.Read(file).Replace("2026-06-30,580.9099731445312", "2026-06-30,600.00", StringComparison.Ordinal));

        var refused = await CliProcess.RunAsync(["build", "--project", project.Root, "--no-cache"], environment: epoch);
        var accepted = await CliProcess.RunAsync(["build", "--project", project.Root, "--no-cache", "--accept-revisions"], environment: epoch);
        var listed = await CliProcess.RunAsync(["ledger", "--project", project.Root]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("data/prices/adjusted/AMD.csv:129:1: error RG5050: chips 2026-Q2 (published 2026-07-03, version 1) would change: figure ", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains("warning RG5051: chips 2026-Q2: published version 2", accepted.Error, StringComparison.Ordinal);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("2026-07-03T09:30:00Z", listed.Out, StringComparison.Ordinal);
        Assert.Contains("2 published edition(s), 3 version(s), 1 correction(s)", listed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WhyGivesTheEditorsReason_BeforeTheReasonFound_AndNeedsAcceptRevisions()
    {
        using var project = new FixtureProject("mini");
        var epoch = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1783071000" };
        Assert.Equal(0, (await CliProcess.RunAsync(["build", "--project", project.Root, "--no-cache"], environment: epoch)).ExitCode);
        const string file = "data/prices/adjusted/AMD.csv";
        project.Write(file, project.Read(file).Replace("2026-06-30,580.9099731445312", "2026-06-30,600.00", StringComparison.Ordinal));
        var ledger = project.Read("published/corrections.csv");

        var alone = await CliProcess.RunAsync(["build", "--project", project.Root, "--no-cache", "--why", "vendor restated the close"], environment: epoch);
        var twoLines = await CliProcess.RunAsync(["build", "--project", project.Root, "--no-cache", "--accept-revisions", "--why", "one\ntwo"], environment: epoch);
        Assert.NotEqual(0, alone.ExitCode);
        Assert.Contains("--why gives the reason for accepted revisions: it needs --accept-revisions", alone.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, twoLines.ExitCode);
        Assert.Contains("--why needs one line of text", twoLines.Error, StringComparison.Ordinal);
        Assert.Equal(ledger, project.Read("published/corrections.csv"));

        var accepted = await CliProcess.RunAsync(["build", "--project", project.Root, "--no-cache", "--accept-revisions", "--why", "vendor restated the close"], environment: epoch);

        Assert.True(accepted.ExitCode == 0, accepted.Error);
        var rows = project.Read("published/corrections.csv").Split('\n').Where(l => l.StartsWith("chips,2026-Q2,2,", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(",vendor restated the close; ", row, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains(",vendor restated the close; data/prices/adjusted/AMD.csv:129 (2026-06-30): 580.91 → 600", StringComparison.Ordinal));
        Assert.Contains("Why: vendor restated the close; data/prices/adjusted/AMD.csv:129", project.Read("site/reports/chips/2026-q2/index.html"), StringComparison.Ordinal);
    }
}
