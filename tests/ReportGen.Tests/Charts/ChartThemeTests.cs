using System.Globalization;
using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Tests.Charts;

[Collection(ChartTestGroup.Name)]
public sealed class ChartThemeTests
{
    /// <summary>WCAG 2.1 AA minimum contrast for normal-size text (success criterion 1.4.3).</summary>
    private const double WcagAaText = 4.5;

    [Theory]
    [InlineData(ChartTheme.Text)]
    [InlineData(ChartTheme.MutedText)]
    [InlineData(ChartTheme.Gain)]
    public void TextColours_OnBackground_MeetWcagAa(string color)
    {
        Assert.True(Contrast(color, ChartTheme.Background) >= WcagAaText, $"{color} on {ChartTheme.Background}: {Contrast(color, ChartTheme.Background):F2}:1");
    }

    [Fact]
    public void Typeface_RegularAndBold_AreTheBundledInter()
    {
        ChartTheme.EnsureFontsRegistered();

        Assert.Equal(("Inter", false), (ChartTheme.Typeface(false).FamilyName, ChartTheme.Typeface(false).IsBold));
        Assert.Equal(("Inter", true), (ChartTheme.Typeface(true).FamilyName, ChartTheme.Typeface(true).IsBold));
    }

    [Fact]
    public void FontDirectory_HoldsFontsAndLicence()
    {
        Assert.All(["Inter-Regular.otf", "Inter-Bold.otf", "OFL.txt"], f => Assert.True(File.Exists(Path.Combine(ChartTheme.FontDirectory, f)), f));
    }

    /// <summary>WCAG 2.1 contrast ratio (L1 + 0.05) / (L2 + 0.05) from relative luminance of sRGB colours.</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
