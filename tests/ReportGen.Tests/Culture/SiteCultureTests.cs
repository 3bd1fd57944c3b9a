using System.Text.Json;
using AngleSharp.Html.Parser;
using ReportGen.Charts;
using ReportGen.Config;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.Site;
using ReportGen.TestKit;

namespace ReportGen.Tests.Culture;

/// <summary>
/// <c>language</c> in reportgen.yml selects how every number and date is written (docs/languages.md): German writes
/// "+15,3 %" (U+00A0 before the sign, CLDR's de pattern) and "29. März 2026"; English stays the invariant house style.
/// </summary>
public sealed class SiteCultureTests
{
    private const string Nbsp = "\u00A0";
    private static readonly SiteCulture De = SiteCulture.German;

    [Theory]
    [InlineData(0.153, "+15,3" + Nbsp + "%")]
    [InlineData(-0.042, "-4,2" + Nbsp + "%")]
    [InlineData(-0.0004, "0,0" + Nbsp + "%")]
    [InlineData(12.345, "+1234,5" + Nbsp + "%")]
    public void Percent_German_DecimalCommaAndNoBreakSpace(double value, string expected) =>
        Assert.Equal(expected, Formats.Percent(value, culture: De));

    [Fact]
    public void Formats_German_EveryUnit()
    {
        Assert.Equal("15,3" + Nbsp + "%", Formats.PercentMagnitude(-0.153, culture: De));
        Assert.Equal("+5,2" + Nbsp + "Pp.", Formats.PercentagePoints(0.052, culture: De));
        Assert.Equal("5,2 Prozentpunkte", Formats.PercentagePointsMagnitude(-0.052, culture: De));
        Assert.Equal("1,0 Prozentpunkt", Formats.PercentagePointsMagnitude(0.01, culture: De));
        Assert.Equal("25" + Nbsp + "Bp.", Formats.BasisPoints(0.0025, De));
        Assert.Equal("1,2" + Nbsp + "Bio." + Nbsp + "$", Formats.Usd(1.23e12, culture: De));
        Assert.Equal("-4,2" + Nbsp + "Mrd." + Nbsp + "$", Formats.Usd(-4.2e9, culture: De));
        Assert.Equal("650" + Nbsp + "Mio." + Nbsp + "$", Formats.Usd(6.5e8, culture: De));
        Assert.Equal("12.345" + Nbsp + "$", Formats.Usd(12345, culture: De));
        Assert.Equal("0" + Nbsp + "$", Formats.Usd(0.2, culture: De));
        Assert.Equal("1.234,50" + Nbsp + "$", Formats.Price(1234.5, culture: De));
        Assert.Equal("$1,234.50", Formats.Price(1234.5));
        Assert.Equal("-$3.00", Formats.Price(-3));
        Assert.Equal("$0.00", Formats.Price(-0.001));
        Assert.Equal("42,4x", Formats.Multiple(42.36, 1, De));
        Assert.Equal("1.234,5", Formats.Number(1234.5, 1, De));
        Assert.Equal("1.235", Formats.Number(1234.5, culture: De));
        Assert.Equal("29. März 2026", Formats.Date(new DateOnly(2026, 3, 29), De));
    }

    [Fact]
    public void Formats_English_AsBefore()
    {
        // The same calls without a culture and with English: the house style the ledger of the sample recorded.
        foreach (var en in new[] { null, SiteCulture.English })
        {
            Assert.Equal("+15.3%", Formats.Percent(0.1534, culture: en));
            Assert.Equal("$12,345", Formats.Usd(12345, culture: en));
            Assert.Equal("$0", Formats.Usd(0.2, culture: en));
            Assert.Equal("-$4.2bn", Formats.Usd(-4.2e9, culture: en));
            Assert.Equal("1,234.5", Formats.Number(1234.5, 1, en));
            Assert.Equal("9", Formats.Number(9, culture: en));
            Assert.Equal("Mar 29, 2026", Formats.Date(new DateOnly(2026, 3, 29), en));
        }
    }

    [Fact]
    public void ChartText_German_TicksValuesAndDates()
    {
        Assert.Equal("+15" + Nbsp + "%", ChartFormat.Tick(0.15, MetricUnit.Fraction, 0.05, De));
        Assert.Equal("1,5" + Nbsp + "Bio." + Nbsp + "$", ChartFormat.Tick(1.5e12, MetricUnit.Usd, 0.5e12, De));
        Assert.Equal("118,2", ChartFormat.Value(118.234, MetricUnit.IndexLevel, culture: De));
        Assert.Equal("31. März 2026", ChartFormat.Date(new DateOnly(2026, 3, 31), De));
        var (_, months) = ChartTicks.Dates(new DateOnly(2025, 12, 1), new DateOnly(2026, 6, 30), culture: De);
        Assert.Equal(["Dez 2025", "Jan 2026", "Feb", "Mär", "Apr", "Mai", "Jun"], months);
        var (_, days) = ChartTicks.Dates(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 20), culture: De);
        Assert.Equal("2. März 2026", days[0]);
        Assert.Equal("9. März", days[1]);
        var (_, english) = ChartTicks.Dates(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 20));
        Assert.Equal(["Mar 2, 2026", "Mar 9", "Mar 16"], english);
    }

    [Theory]
    [InlineData("language: de-DE", "de")]
    [InlineData("language: de-de", "de")]
    [InlineData("language: de", "de")]
    [InlineData("language: en-GB", "en")]
    [InlineData("title: T", "en")]
    public void Language_Supported_SelectsTheCulture(string yaml, string culture)
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Parse(yaml, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(culture, config.Culture.Name);
    }

    [Fact]
    public void Language_Mistyped_IsRG1090AtTheValue_WithDidYouMean()
    {
        var diagnostics = new DiagnosticBag();

        SiteConfigReader.Parse("title: T\nlanguage: de-DF\n", diagnostics);

        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.UnknownLanguage, d.Code);
        Assert.Equal("RG1090", d.Code);
        Assert.Equal("reportgen.yml:2:11", d.Location!.ToString());
        Assert.Contains("did you mean 'de-DE'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_WithoutData_IsRG1090_ListingTheLanguages()
    {
        var diagnostics = new DiagnosticBag();

        SiteConfigReader.Parse("language: ja-JP\n", diagnostics);

        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal("RG1090", d.Code);
        Assert.Contains("'ja-JP' in 'language'", d.Message, StringComparison.Ordinal);
        Assert.Contains("expected one of 'de', 'de-DE', 'en', 'en-GB', 'en-US'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_OverrideTheBuiltInSetOfTheLanguage()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Parse("language: de-DE\nlabels:\n  data_as_of: Stand der Daten\n", diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Stand der Daten", config.Labels["data_as_of"]);
        Assert.Equal("Fragen zu diesem Bericht", config.Labels["questions_about_note"]);
        Assert.Equal("Questions about this note", SiteConfigReader.Parse(string.Empty, new DiagnosticBag()).Labels["questions_about_note"]);
    }

    [Fact]
    public void Labels_MistypedKey_IsRG1070WithDidYouMean()
    {
        var diagnostics = new DiagnosticBag();

        SiteConfigReader.Parse("labels:\n  data_as_off: Stand\n", diagnostics);

        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal("RG1070", d.Code);
        Assert.Contains("data_as_of", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_ListsEveryLabelKey()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", "reportgen.schema.json")));
        var keys = schema.RootElement.GetProperty("properties").GetProperty("labels").GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.Equal(LayoutLabels.Keys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SampleTemplates_UseOnlyKnownLabels()
    {
        // Every 'labels.x' in the layouts and partials names a key of the table (a typo would be RG2002 at build time).
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "templates"), "*.sbn-html", SearchOption.AllDirectories);
        var used = files.SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"labels\.([a-z0-9_]+)").Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.All(used, k => Assert.Contains(k, LayoutLabels.Keys));
    }

    [Fact]
    public async Task Build_GermanProject_WritesGermanNumbersDatesAndLabels()
    {
        // The mini fixture with language: de-DE and the sample's layouts and partials (which read labels).
        using var project = new FixtureProject("mini");
        project.Write("reportgen.yml", project.Read("reportgen.yml").Replace("language: en", "language: de-DE", StringComparison.Ordinal));
        foreach (var folder in new[] { "layouts", "partials" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "templates", folder)))
            {
                File.Copy(file, project.PathOf(Path.Combine("templates", folder, Path.GetFileName(file))), overwrite: true);
            }
        }

        var options = new BuildOptions(project.Root) { CacheDirectory = project.PathOf(".reportgen-cache") };

        var result = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(project.Read("site/reports/chips/2026-q2/index.html"));
        var figures = page.QuerySelectorAll("span.fig").Select(f => f.TextContent).ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures.Where(f => f.Contains('%', StringComparison.Ordinal)), f => Assert.Matches(@"^[+-]?\d+,\d" + Nbsp + "%$", f));
        var byline = page.QuerySelector("p.byline")!.TextContent;
        Assert.Contains("Daten vom 30. Juni 2026", byline, StringComparison.Ordinal);
        Assert.Equal("2026-06-30", page.QuerySelector("p.byline time")!.GetAttribute("datetime"));
        Assert.Equal("de-DE", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Archiv", page.QuerySelector("nav.site-nav a")!.TextContent);
        Assert.Equal("Quellen und Zahlen", page.QuerySelector("#sources-heading")!.TextContent);
        Assert.Contains("30. Juni 2026", page.QuerySelector("figure.chart figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Daten der Grafik", page.QuerySelector("details.chart-data summary")!.TextContent, StringComparison.Ordinal);

        // Machine-readable dates stay ISO: the sitemap and the feed.
        Assert.DoesNotContain("Juni", project.Read("site/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("<updated>2026-", project.Read("site/feed.xml"), StringComparison.Ordinal);

        // The editions come back from the edition cache with their culture (ChartSpec stores it by name), byte for byte.
        var first = FixtureProject.Snapshot(project.Site);
        var again = await BuildPipeline.RunAsync(options, publish: true, CancellationToken.None);
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.NotEmpty(again.Incremental.Reused);
        Assert.Empty(again.Incremental.Rendered);
        var second = FixtureProject.Snapshot(project.Site);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(second[pair.Key]), pair.Key + " differs after a build from the cache"));
    }
}
