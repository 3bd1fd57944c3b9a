using System.Text;
using ReportGen.EndToEnd.Tests.TestKit;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.Site;
using ReportGen.TestKit;
using UglyToad.PdfPig;

namespace ReportGen.EndToEnd.Tests.Browser;

/// <summary>
/// The sample's ai-equities series built with <c>build --pdf</c> (A4) once, with a fresh cache; nothing is built when
/// Chromium is missing (the tests skip then). Issue 19: each note in at most 4 pages with headline and chart on page 1,
/// its text holding the headline and every figure of the page.
/// </summary>
public sealed class PdfSiteFixture : IAsyncLifetime
{
    /// <summary>The series built (every edition of it is printed).</summary>
    public const string Report = "ai-equities";

    /// <summary>The base URL the site is built for; the canonical URLs printed start with it.</summary>
    public const string BaseUrl = "https://example.org/research/";

    private readonly string _container = Path.Combine(Path.GetTempPath(), "reportgen-tests", $"pdf-{Guid.NewGuid():N}");

    /// <summary>The published site.</summary>
    public string Output => Path.Combine(_container, "site");

    /// <summary>The build's cache folder (holds the PDF cache).</summary>
    public string Cache => Path.Combine(_container, "cache");

    /// <summary>What the build returned.</summary>
    public BuildResult Result { get; private set; } = null!;

    /// <summary>The options of the build (A4, this fixture's cache, the tests' Chromium).</summary>
    public BuildOptions Options(string output) =>
        new(RepoPaths.Root, output, BaseUrl: BaseUrl, Report: Report) { Pdf = PdfPaper.A4, CacheDirectory = Cache, Chromium = Chromium.ExecutablePath };

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        Result = await BuildPipeline.RunAsync(Options(Output), publish: true, CancellationToken.None);
        Assert.True(Result.Succeeded, string.Join("\n", Result.Diagnostics));
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_container))
        {
            Directory.Delete(_container, recursive: true);
        }

        return Task.CompletedTask;
    }
}

public sealed class PdfTests : IClassFixture<PdfSiteFixture>
{
    private const int MaxPages = 4;
    private readonly PdfSiteFixture _fixture;

    public PdfTests(PdfSiteFixture fixture) => _fixture = fixture;

    [BrowserFact]
    public void EveryEditionPdf_HoldsItsHeadlineEveryFigureTheUrlAndTheDisclaimer_InAtMostFourA4Pages_ChartOnPageOne()
    {
        var failures = new StringBuilder();
        var editions = _fixture.Result.Rendered!;
        Assert.Equal(14, editions.Count(e => e.Edition.Report.Slug == PdfSiteFixture.Report));
        foreach (var rendered in editions)
        {
            var edition = rendered.Edition;
            var file = Path.Combine(_fixture.Output, PdfPrinter.PathOf(edition));
            Assert.True(File.Exists(file), $"no PDF for {edition.UrlPath}");
            var pdf = Read(File.ReadAllBytes(file));
            var name = PdfPrinter.PathOf(edition);
            Console.WriteLine($"{name}: {pdf.Pages} A4 pages, {new FileInfo(file).Length} bytes");
            var text = Squeeze(pdf.Text);
            foreach (var (what, expected) in new[] { ("headline", rendered.Title), ("URL", PdfSiteFixture.BaseUrl + edition.UrlPath), ("disclaimer", "not investment advice") }
                .Concat(rendered.Figures.Select(f => ($"figure {f.Id}", f.Text))))
            {
                if (!text.Contains(Squeeze(expected), StringComparison.Ordinal))
                {
                    failures.AppendLine($"{name}: the {what} '{expected}' is not in the PDF's text");
                }
            }

            CheckLayout(name, pdf, rendered.Title, rendered.Charts[0].Spec.Title, failures);
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [BrowserFact]
    public async Task EveryEdition_OnUsLetter_FitsInAtMostFourPages_ChartOnPageOne()
    {
        var failures = new StringBuilder();
        var site = SiteFiles(_fixture.Output);
        await using var printer = await PdfPrinter.LaunchAsync(Chromium.ExecutablePath);
        await using var tab = await printer.OpenAsync(site);
        foreach (var rendered in _fixture.Result.Rendered!)
        {
            var (bytes, loaded) = await tab.PrintAsync(rendered.Edition.UrlPath + "index.html", PdfPaper.Letter, rendered.Edition.AsOf);
            var pdf = Read(bytes);
            Console.WriteLine($"{rendered.Edition.UrlPath}: {pdf.Pages} letter pages, {bytes.Length} bytes");
            Assert.Contains("assets/style.css", loaded);
            CheckLayout(rendered.Edition.UrlPath + " (letter)", pdf, rendered.Title, rendered.Charts[0].Spec.Title, failures);
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [BrowserFact]
    public async Task TwoBuilds_GiveByteIdenticalSites_AndAReprintGivesTheSamePdfBytes()
    {
        // A second build of the same inputs into another folder (its PDFs from the PDF cache) ...
        var again = Path.Combine(Path.GetDirectoryName(_fixture.Output)!, "again");
        var second = await BuildPipeline.RunAsync(_fixture.Options(again), publish: true, CancellationToken.None);
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        var first = Hashes(_fixture.Output);
        Assert.Contains(first.Keys, k => k.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(first, Hashes(again));

        // ... and a fresh printing in a new browser, later, without any cache: Chromium's bytes are the same too.
        var edition = _fixture.Result.Rendered![^1].Edition;
        await using var printer = await PdfPrinter.LaunchAsync(Chromium.ExecutablePath);
        await using var tab = await printer.OpenAsync(SiteFiles(_fixture.Output));
        var (reprint, _) = await tab.PrintAsync(edition.UrlPath + "index.html", PdfPaper.A4, edition.AsOf);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_fixture.Output, PdfPrinter.PathOf(edition))), reprint);
    }

    [BrowserFact]
    public void EditionPage_LinksItsPdf()
    {
        var edition = _fixture.Result.Rendered![0].Edition;
        var page = BuiltSite.Parse(Path.Combine(_fixture.Output, edition.UrlPath, "index.html"));

        var link = page.QuerySelector("a[type='application/pdf']");

        Assert.NotNull(link);
        Assert.Equal(PdfPrinter.FileName(edition), link!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(_fixture.Output, edition.UrlPath, link.GetAttribute("href")!)));
    }

    // Page 1 holds the headline and the first chart; no more than MaxPages pages; nothing only a screen needs. Charts are
    // SVG, which Chromium prints as vector drawing and text, not as an image: the chart is found by its title, which is
    // drawn inside the SVG only (the page's caption and alt text do not repeat it).
    private static void CheckLayout(string name, (int Pages, string Text, string FirstPage, int FirstPageImages) pdf, string title, string chartTitle, StringBuilder failures)
    {
        if (pdf.Pages > MaxPages)
        {
            failures.AppendLine($"{name}: {pdf.Pages} pages, more than {MaxPages}");
        }

        if (!Squeeze(pdf.FirstPage).Contains(Squeeze(title), StringComparison.Ordinal))
        {
            failures.AppendLine($"{name}: page 1 lacks the headline '{title}'");
        }

        if (!Squeeze(pdf.FirstPage).Contains(Squeeze(chartTitle), StringComparison.Ordinal))
        {
            failures.AppendLine($"{name}: page 1 lacks the first chart (its title '{chartTitle}', drawn in the SVG)");
        }

        if (!Squeeze(pdf.FirstPage).Contains(Squeeze($"1 / {pdf.Pages}"), StringComparison.Ordinal))
        {
            failures.AppendLine($"{name}: page 1 has no page number '1 / {pdf.Pages}'");
        }

        foreach (var screenOnly in new[] { "Questions about this note", "hover", "Skip to content", "Every figure on this page", "Previous:" })
        {
            if (pdf.Text.Contains(screenOnly, StringComparison.Ordinal))
            {
                failures.AppendLine($"{name}: prints the screen-only '{screenOnly}'");
            }
        }
    }

    // Pages and images by PdfPig; the text by poppler's pdftotext (PdfPig's word extraction loses the text of some of
    // Chromium's font subsets), one string per page (pages end with a form feed).
    private static (int Pages, string Text, string FirstPage, int FirstPageImages) Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var pages = PdfToText(bytes).Split('\f');
        return (document.NumberOfPages, string.Join('\n', pages), pages[0], document.GetPage(1).GetImages().Count());
    }

    private static string PdfToText(byte[] pdf)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-enc", "UTF-8", "-", "-" })
        {
            start.ArgumentList.Add(argument);
        }

        System.Diagnostics.Process process;
        try
        {
            process = System.Diagnostics.Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("pdftotext not found: install poppler-utils (apt-get install poppler-utils) to run the PDF tests", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardInput.BaseStream.Write(pdf);
            process.StandardInput.Close();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output.Result;
        }
    }

    // Every file of a site but the search index (Pagefind's own output), as path → SHA-256.
    private static SortedDictionary<string, string> Hashes(string root) =>
        new(FixtureProject.Snapshot(root).Where(f => !f.Key.StartsWith("pagefind/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(f.Value))), StringComparer.Ordinal);

    private static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static Dictionary<string, byte[]> SiteFiles(string root) =>
        FixtureProject.Snapshot(root).ToDictionary(f => f.Key.Replace('\\', '/'), f => f.Value, StringComparer.Ordinal);
}
