using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.Site;
using ReportGen.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>
/// <c>build --pdf</c> without a working Chromium (issue 19): a missing browser is one warning and the site is published
/// without PDFs or PDF links; a browser that fails publishes nothing. The PDFs themselves are checked in
/// tests/ReportGen.EndToEnd.Tests/Browser/PdfTests.cs, where Chromium runs.
/// </summary>
public sealed class PdfOptionTests
{
    [Fact]
    public async Task Build_WithPdf_WithoutChromium_WarnsOnceAndPublishesTheSiteWithoutPdfsOrLinks()
    {
        using var project = new FixtureProject("mini");
        var options = new BuildOptions(project.Root) { Pdf = PdfPaper.A4, Chromium = project.PathOf("no-such-chromium") };

        var result = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PdfUnavailable);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("no-such-chromium", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(project.Site, "*.pdf", SearchOption.AllDirectories));
        var edition = Directory.EnumerateFiles(Path.Combine(project.Site, "reports"), "index.html", SearchOption.AllDirectories).First(f => Path.GetDirectoryName(Path.GetDirectoryName(f)) != Path.Combine(project.Site, "reports"));
        Assert.DoesNotContain(".pdf\"", File.ReadAllText(edition), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithPdfAndStrict_WithoutChromium_FailsAndPublishesNothing()
    {
        using var project = new FixtureProject("mini");
        var options = new BuildOptions(project.Root) { Pdf = PdfPaper.Letter, Chromium = project.PathOf("no-such-chromium"), Strict = true };

        var result = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.StrictWarnings);
        Assert.False(Directory.Exists(project.Site));
    }

    [Fact]
    public async Task Build_WithPdf_WhenTheBrowserFailsToStart_IsRG5071AndTheSiteIsUnchanged()
    {
        using var project = new FixtureProject("mini");
        var first = await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);
        Assert.True(first.Succeeded);
        var before = FixtureProject.Snapshot(project.Site);
        var notABrowser = project.PathOf("not-a-browser.sh");
        File.WriteAllText(notABrowser, "#!/bin/sh\nexit 3\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(notABrowser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }


        var result = await BuildPipeline.RunAsync(new BuildOptions(project.Root) { Pdf = PdfPaper.A4, Chromium = notABrowser }, publish: true, CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PdfFailed);
        Assert.Contains("nothing was published", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, FixtureProject.Snapshot(project.Site));
    }

    [Fact]
    public void Locate_NamedBrowserMissing_IsNullEvenWhenAnotherExists_AndTheMessageNamesIt()
    {
        Func<string, string?> environment = name => name == PdfPrinter.EnvironmentVariable ? "/nowhere/chrome" : "/usr/bin:/bin";

        Assert.Null(PdfPrinter.Locate(environment: environment));
        Assert.Contains("'/nowhere/chrome' is not a file", PdfPrinter.MissingMessage(environment: environment), StringComparison.Ordinal);
        Assert.Equal("/bin/sh", PdfPrinter.Locate("/bin/sh", environment));
    }

    [Fact]
    public void Normalize_ReplacesBothPrintTimesByTheDate_KeepingEveryOtherByteAndTheLength()
    {
        const string Pdf = "%PDF-1.4\n1 0 obj\n<</Creator (x)\n/CreationDate (D:20261202123219+01'00')\n/ModDate (D:20261202123219-05'00')>>\nendobj\nxref 1 0 0000000009\n";
        var bytes = Encoding.ASCII.GetBytes(Pdf);

        var normalized = Encoding.ASCII.GetString(PdfPrinter.Normalize(bytes, new DateOnly(2026, 6, 30)));

        Assert.Equal(Pdf.Replace("D:20261202123219+01'00'", "D:20260630000000+00'00'", StringComparison.Ordinal).Replace("D:20261202123219-05'00'", "D:20260630000000+00'00'", StringComparison.Ordinal), normalized);
        Assert.Equal(Pdf.Length, normalized.Length);
    }
}
