using ReportGen.Charts;
using ReportGen.Checking;
using ReportGen.Diagnostics;
using ReportGen.Planning;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Checking;

/// <summary><c>check</c>'s ticker-link warning (RG3100): a security printed in an edition with no page of its own.</summary>
public sealed class MentionCheckerTests
{
    private const string Path = "templates/reports/links.sbn-md";

    [Fact]
    public void SecurityWithoutAPage_IsWarnedOncePerReport_AtItsFirstMention()
    {
        var diagnostics = new DiagnosticBag();
        var editions = new[]
        {
            Rendered(2, new SecurityMention("DOWN", Path, 20, 3), new SecurityMention("UP", Path, 9, 1)),
            Rendered(1, new SecurityMention("DOWN", Path, 12, 5)),
        };

        var count = MentionChecker.Check(editions, SecurityPages.Of(["UP"]), diagnostics);

        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(1, count);
        Assert.Equal((DiagnosticCodes.MentionWithoutPage, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Equal(new SourceLocation(Path, 12, 5), warning.Location);
        Assert.StartsWith("DOWN is named in 2 editions (first 2025-Q2) of links but has no page", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectWithoutSecurityPages_IsNotWarned()
    {
        var diagnostics = new DiagnosticBag();

        MentionChecker.Check([Rendered(1, new SecurityMention("DOWN", Path, 12, 5))], SecurityPages.None, diagnostics);

        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void TearSheetNamingItsOwnSecurity_IsNotWarned()
    {
        var diagnostics = new DiagnosticBag();
        var sheet = Rendered(1, new SecurityMention("DOWN", Path, 12, 5));
        sheet = sheet with { Edition = sheet.Edition with { Item = "DOWN" } };

        MentionChecker.Check([sheet], SecurityPages.Of(["UP"]), diagnostics);

        Assert.Empty(diagnostics.Sorted());
    }

    private static RenderedEdition Rendered(int quarter, params SecurityMention[] mentions)
    {
        var report = ReportLoader.Parse("---\ntitle: t\nsummary: s\nseries: Links\ncadence: quarterly\nfirst_period: 2025-Q1\n---\nBody.\n", Path, new DiagnosticBag())!;
        var period = QuarterlyMarket.Quarters[quarter];
        var edition = new Edition(report, period, QuarterlyMarket.AsOf(period), false);
        return new RenderedEdition(edition, "t", "s", "<p>Body.</p>", [], [], []) { Mentions = mentions };
    }
}
