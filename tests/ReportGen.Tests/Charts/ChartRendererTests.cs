using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Tests.Charts;

[Collection(ChartTestGroup.Name)]
public sealed class ChartRendererTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void RenderPng_IndexedPerformance_IsPngOfScaledSize(int scale)
    {
        var spec = ChartFixtures.Indexed();

        var png = ChartRenderer.RenderPng(spec, scale);

        Save(spec, scale, png);
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal((ChartTheme.Width * scale, ChartTheme.Height * scale), PngSize(png));
    }

    [Theory]
    [MemberData(nameof(ChartFixtures.AllKinds), MemberType = typeof(ChartFixtures))]
    public void RenderPng_EveryKind_RendersBothScales(ChartKind kind)
    {
        var spec = ChartFixtures.ForKind(kind);

        var one = ChartRenderer.RenderPng(spec, 1);
        var two = ChartRenderer.RenderPng(spec, 2);

        Save(spec, 1, one);
        Save(spec, 2, two);
        Assert.Equal((ChartTheme.Width, ChartTheme.Height), PngSize(one));
        Assert.Equal((ChartTheme.Width * 2, ChartTheme.Height * 2), PngSize(two));
    }

    [Fact]
    public void RenderPng_SameSpecTwice_SameBytes()
    {
        var spec = ChartFixtures.Indexed();

        var first = ChartRenderer.RenderPng(spec, 1);
        var second = ChartRenderer.RenderPng(spec, 1);

        Assert.Equal(first, second);
    }

    [Fact]
    public void RenderPng_ScottPlotDefaultFontsBroken_SameBytes()
    {
        // Every text element must use the bundled font explicitly: if any fell back to ScottPlot's default (which is
        // whatever the system offers), pointing the defaults at a font that does not exist would change the pixels.
        var spec = ChartFixtures.RiskReturn();
        var normal = ChartRenderer.RenderPng(spec, 1);
        var (fontDefault, sans) = (ScottPlot.Fonts.Default, ScottPlot.Fonts.Sans);
        try
        {
            ScottPlot.Fonts.Default = "No Such Font";
            ScottPlot.Fonts.Sans = "No Such Font";

            var broken = ChartRenderer.RenderPng(spec, 1);

            Assert.Equal(normal, broken);
        }
        finally
        {
            (ScottPlot.Fonts.Default, ScottPlot.Fonts.Sans) = (fontDefault, sans);
        }
    }

    [Fact]
    public void RenderAll_ManySpecs_ResultsInInputOrder()
    {
        var specs = Enum.GetValues<ChartKind>().Select(ChartFixtures.ForKind).ToList();

        var images = ChartRenderer.RenderAll(specs);

        Assert.Equal(specs.SelectMany(s => new[] { s.Id + ".svg", s.Id + ".narrow.svg" }), images.Select(i => i.FileName));
        Assert.Equal(ChartRenderer.RenderSvg(specs[3], ChartLayout.Narrow), images[7].Bytes);
    }

    [Fact]
    public void RenderAll_SecondRunWithCache_ReadsCachedBytes()
    {
        var cache = Path.Combine(Path.GetTempPath(), "reportgen-chart-cache-test-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        var specs = new[] { ChartFixtures.Indexed(), ChartFixtures.Sorted() };
        try
        {
            var first = ChartRenderer.RenderAll(specs, [ChartVariant.Png(1), ChartVariant.WideSvg], cache);
            var second = ChartRenderer.RenderAll(specs, [ChartVariant.Png(1), ChartVariant.WideSvg], cache);

            Assert.All(first, i => Assert.False(i.FromCache));
            Assert.All(second, i => Assert.True(i.FromCache));
            Assert.Equal(first.Select(i => i.Bytes), second.Select(i => i.Bytes));
            Assert.True(File.Exists(Path.Combine(cache, ChartRenderer.CacheFileName(first[0].ContentHash))));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void RenderAll_DuplicateIds_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChartRenderer.RenderAll([ChartFixtures.Indexed(), ChartFixtures.Indexed()]));

        Assert.Contains("ai-vs-spx-q1-2026", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentHash_DataScaleOrTitleChange_DiffersOtherwiseEqual()
    {
        var spec = ChartFixtures.Sorted();
        var same = ChartFixtures.Sorted();
        var retitled = spec with { Title = spec.Title + "!" };

        var hash = ChartRenderer.ContentHash(spec, ChartVariant.Png(1));

        Assert.Equal(hash, ChartRenderer.ContentHash(same, ChartVariant.Png(1)));
        Assert.NotEqual(hash, ChartRenderer.ContentHash(spec, ChartVariant.Png(2)));
        Assert.NotEqual(hash, ChartRenderer.ContentHash(spec, ChartVariant.WideSvg));
        Assert.NotEqual(ChartRenderer.ContentHash(spec, ChartVariant.WideSvg), ChartRenderer.ContentHash(spec, ChartVariant.NarrowSvg));
        Assert.NotEqual(hash, ChartRenderer.ContentHash(retitled, ChartVariant.Png(1)));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void RenderPng_ScaleFive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartRenderer.RenderPng(ChartFixtures.Indexed(), 5));
    }

    internal static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

    /// <summary>Writes the PNG where a person can look at it (STYLE §14) and prints its URI.</summary>
    internal static void Save(ChartSpec spec, int scale, byte[] png)
    {
        var dir = Path.Combine(Path.GetTempPath(), "charts-look");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, spec.FileName(scale));
        File.WriteAllBytes(path, png);
        Console.WriteLine(new Uri(path).AbsoluteUri);
    }
}
