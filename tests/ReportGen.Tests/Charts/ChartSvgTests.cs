using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Project;
using ReportGen.TestKit;

namespace ReportGen.Tests.Charts;

/// <summary>
/// The SVG charts (issue 19): a wide and a narrow layout per chart, each with a dark scheme in CSS, byte-deterministic, ids
/// normalised; the page chooses the layout with &lt;picture&gt;, and the lead chart keeps a PNG for og:image.
/// </summary>
[Collection(ChartTestGroup.Name)]
public sealed class ChartSvgTests
{
    [Theory]
    [MemberData(nameof(ChartFixtures.AllKinds), MemberType = typeof(ChartFixtures))]
    public void RenderSvg_EveryKindBothLayouts_SameBytesTwiceAndWellFormed(ChartKind kind)
    {
        var spec = ChartFixtures.ForKind(kind);
        foreach (var layout in ChartLayout.All)
        {
            var first = ChartRenderer.RenderSvg(spec, layout);
            var second = ChartRenderer.RenderSvg(spec, layout);

            Save(spec, layout, first);
            Assert.Equal(first, second);
            var root = XDocument.Parse(Encoding.UTF8.GetString(first)).Root!;
            Assert.Equal("svg", root.Name.LocalName);
            Assert.Equal(layout.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("width")!.Value);
            Assert.Equal(layout.HeightOf(spec).ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("height")!.Value);
        }
    }

    [Theory]
    [MemberData(nameof(ChartFixtures.AllKinds), MemberType = typeof(ChartFixtures))]
    public void RenderSvg_EveryKindBothLayouts_EveryColourHasADarkCounterpart(ChartKind kind)
    {
        var spec = ChartFixtures.ForKind(kind);
        foreach (var layout in ChartLayout.All)
        {
            var svg = Encoding.UTF8.GetString(ChartRenderer.RenderSvg(spec, layout));

            Assert.Empty(ChartSvg.UnmappedColors(svg));
            var dark = Regex.Match(svg, @"@media \(prefers-color-scheme:dark\)\{(?<rules>.*?)\}</style>").Groups["rules"].Value;
            Assert.Contains("[fill=\"white\"]{fill:#121417}", dark, StringComparison.Ordinal); // the site's dark --bg
            Assert.Contains("[fill=\"#1A1A1A\"]{fill:#E6E6E6}", dark, StringComparison.Ordinal); // text: the site's dark --fg
            Assert.DoesNotContain(ChartSvg.DashedStroke, svg, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void DarkPalette_EveryColour_ContrastsWithTheDarkBackground()
    {
        var background = ChartTheme.Dark[ChartTheme.Background];
        foreach (var (light, dark) in ChartTheme.Dark.Where(p => p.Key is not ChartTheme.Background and not ChartTheme.Grid and not ChartTheme.Axis))
        {
            Assert.True(Contrast(dark, background) >= 4.5, $"{light} -> {dark}: {Contrast(dark, background):0.00}:1 on {background}");
        }

        Assert.True(Contrast(ChartTheme.Dark[ChartTheme.Axis], background) >= 3, "axis lines are graphics: 3:1");
    }

    [Fact]
    public void RenderSvg_IndexedPerformance_BenchmarkIsOneDashedStrokeNotAnOutlinePerDash()
    {
        var svg = Encoding.UTF8.GetString(ChartRenderer.RenderSvg(ChartFixtures.Indexed(), ChartLayout.Wide));

        Assert.Matches("<path fill=\"none\" stroke=\"#595959\" stroke-dasharray=\"8 4\"", svg);
        Assert.DoesNotMatch("<path fill=\"#595959\" d=\"[^\"]{2000,}\"", svg);
    }

    [Fact]
    public void Finish_IdsFromSkia_RenumberedInDocumentOrderWithTheirReferences()
    {
        const string Raw = """
            <?xml version="1.0" encoding="utf-8" ?>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
              <clipPath id="clip_17"><rect x="0.123456" y="0" width="5" height="5"/></clipPath>
              <clipPath id="clip_9"><rect x="1" y="1" width="5" height="5"/></clipPath>
              <g clip-path="url(#clip_9)"><use href="#clip_17"/></g>
              <g clip-path="url(#clip_17)"><text font-family="Inter" x="1.25, 2.5, ">  ab  </text></g>
            </svg>
            """;

        var svg = ChartSvg.Finish(Raw);

        Assert.Contains("<clipPath id=\"c0\">", svg, StringComparison.Ordinal);
        Assert.Contains("<clipPath id=\"c1\">", svg, StringComparison.Ordinal);
        Assert.Contains("<g clip-path=\"url(#c1)\"><use href=\"#c0\"/>", svg, StringComparison.Ordinal);
        Assert.Contains("<g clip-path=\"url(#c0)\"><text x=\"1.3, 2.5, \">ab</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("clip_", svg, StringComparison.Ordinal);
        Assert.Contains("x=\"0.1\"", svg, StringComparison.Ordinal);
        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSvg_LabelWithMarkup_IsTextNotMarkup()
    {
        const string Label = "Chips' \"basket\" <img src=x onerror=alert(1)> & <script>x</script>";
        var spec = ChartSpec.SortedReturns("hostile", "Title " + Label, [new ChartBar(Label, 0.1), new ChartBar("INTC", -0.1)], ChartFixtures.Source);

        foreach (var layout in ChartLayout.All)
        {
            var document = XDocument.Parse(Encoding.UTF8.GetString(ChartRenderer.RenderSvg(spec, layout)));

            Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "img" or "script");
            Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Contains("<img src=x", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void HeightOf_NarrowHorizontalBars_TallerThanWideAndGrowsWithTheBars()
    {
        var sorted = ChartFixtures.Sorted();
        var fewer = ChartSpec.SortedReturns("few", "Two bars", [new ChartBar("NVDA", 0.4), new ChartBar("INTC", -0.1)], ChartFixtures.Source);

        Assert.Equal(ChartSpec.Height, ChartLayout.Wide.HeightOf(sorted));
        Assert.True(ChartLayout.Narrow.HeightOf(sorted) > ChartLayout.Narrow.HeightOf(fewer) + (26 * 8));
        Assert.Equal(400, ChartLayout.Narrow.Width);
    }

    [Fact]
    public async Task Build_Edition_PictureChoosesTheNarrowSvgOnPhonesAndEveryFileIsWritten()
    {
        using var project = new FixtureProject("mini");

        await BuildPipeline.RunAsync(new BuildOptions(project.Root), publish: true, CancellationToken.None);

        var document = new HtmlParser().ParseDocument(project.Read("site/reports/chips/2026-q2/index.html"));
        var figure = document.QuerySelector("figure.chart")!;
        var source = figure.QuerySelector("picture > source")!;
        var img = figure.QuerySelector("picture > img")!;
        Assert.Equal(ChartLayout.NarrowMedia, source.GetAttribute("media"));
        Assert.EndsWith("/performance.narrow.svg", source.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("400", source.GetAttribute("width"));
        Assert.EndsWith("/performance.svg", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(("800", "450"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
        Assert.NotNull(figure.QuerySelector("figcaption"));
        var folder = Path.Combine(project.Site, "charts", "chips", "2026-q2");
        Assert.Equal(["performance.csv", "performance.narrow.svg", "performance.png", "performance.svg"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var narrow = File.ReadAllText(Path.Combine(folder, "performance.narrow.svg"));
        Assert.Contains($"height=\"{source.GetAttribute("height")}\"", narrow[..narrow.IndexOf('>', StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(folder, "performance.png"))[..4]);
    }

    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                var c = Convert.ToInt32(hex.Substring(i, 2), 16) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        }

        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>Writes the SVG where a person can look at it (STYLE §14).</summary>
    private static void Save(ChartSpec spec, ChartLayout layout, byte[] svg)
    {
        var dir = Path.Combine(Path.GetTempPath(), "charts-look");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, layout == ChartLayout.Wide ? spec.Id + ".svg" : spec.Id + ".narrow.svg"), svg);
    }
}
