using ReportGen.Incremental;
using ReportGen.TestKit;

namespace ReportGen.Tests.Incremental;

/// <summary>The data hash of an edition covers every byte of every data file.</summary>
public sealed class DataFingerprintTests
{
    private static readonly DateOnly Q1 = new(2026, 3, 31);
    private static readonly DateOnly Q2 = new(2026, 6, 30);
    private const string Nvda = "data/prices/adjusted/NVDA.csv";

    // Issue 17, item 5: every byte counts, even a row after the as-of date; nothing is parsed to decide what an edition reads.
    [Fact]
    public void KeyFor_RowAppendedAfterAsOf_Changes()
    {
        using var project = new FixtureProject("mini");
        var before = DataFingerprint.Compute(project.Root, [Q1, Q2]);
        project.Write(Nvda, project.Read(Nvda).TrimEnd('\n') + "\n2026-07-06,201.5\n");

        var after = DataFingerprint.Compute(project.Root, [Q1, Q2]);

        Assert.NotEqual(before.KeyFor(Q1), after.KeyFor(Q1));
        Assert.NotEqual(before.KeyFor(Q2), after.KeyFor(Q2));
    }

    [Fact]
    public void KeyFor_RowBeforeAsOfCorrected_Changes()
    {
        using var project = new FixtureProject("mini");
        var before = DataFingerprint.Compute(project.Root, [Q1, Q2]);
        project.Write(Nvda, project.Read(Nvda).Replace("2026-03-31,174.1969757080078", "2026-03-31,174.2", StringComparison.Ordinal));

        var after = DataFingerprint.Compute(project.Root, [Q1, Q2]);

        Assert.NotEqual(before.KeyFor(Q1), after.KeyFor(Q1));
        Assert.NotEqual(before.KeyFor(Q2), after.KeyFor(Q2));
    }

    // Issue 17, item 5: keys hash bytes; they do not parse YAML or CSV lines, so no edit a page can show is missed.
    [Fact]
    public void KeyFor_SecondLineOfAYamlBlockEdited_Changes()
    {
        using var project = new FixtureProject("mini");
        project.Write("data/sources.yml", project.Read("data/sources.yml").Replace(
            "    citation: Yahoo Finance adjusted closes\n",
            "    citation: >-\n      Yahoo Finance adjusted closes,\n      retrieved: by the desk\n",
            StringComparison.Ordinal));
        var before = DataFingerprint.Compute(project.Root, [Q1]);
        project.Write("data/sources.yml", project.Read("data/sources.yml").Replace("retrieved: by the desk", "retrieved: by the data team", StringComparison.Ordinal));

        var after = DataFingerprint.Compute(project.Root, [Q1]);

        Assert.NotEqual(before.KeyFor(Q1), after.KeyFor(Q1));
    }

    [Fact]
    public void KeyFor_QuotedTwoLineNameEdited_Changes()
    {
        using var project = new FixtureProject("mini");
        project.Write("data/securities.csv", project.Read("data/securities.csv").Replace("NVDA,Nvidia,", "NVDA,\"Nvidia\n2027-01-01,Corp\",", StringComparison.Ordinal));
        var before = DataFingerprint.Compute(project.Root, [Q1]);
        project.Write("data/securities.csv", project.Read("data/securities.csv").Replace("2027-01-01,Corp", "2027-01-01,Corporation", StringComparison.Ordinal));

        var after = DataFingerprint.Compute(project.Root, [Q1]);

        Assert.NotEqual(before.KeyFor(Q1), after.KeyFor(Q1));
    }

    [Fact]
    public void KeyFor_RowAfterAsOfEditedInAFileWhoseDatesDoNotAscend_Changes()
    {
        using var project = new FixtureProject("mini");
        var text = project.Read(Nvda).TrimEnd('\n') + "\n2026-07-06,201.5\n2026-01-05,150.0\n";
        project.Write(Nvda, text);
        var before = DataFingerprint.Compute(project.Root, [Q1]);
        project.Write(Nvda, text.Replace("2026-07-06,201.5", "2026-07-06,209.9", StringComparison.Ordinal));

        var after = DataFingerprint.Compute(project.Root, [Q1]);

        Assert.NotEqual(before.KeyFor(Q1), after.KeyFor(Q1));
    }
}
