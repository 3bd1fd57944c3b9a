using ReportGen.Charts;

namespace ReportGen.Tests.Charts;

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

    [Fact]
    public void RenderPng_SameSpecTwice_SameBytes()
    {
        var spec = ChartFixtures.Indexed();

        var first = ChartRenderer.RenderPng(spec, 1);
        var second = ChartRenderer.RenderPng(spec, 1);

        Assert.Equal(first, second);
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
