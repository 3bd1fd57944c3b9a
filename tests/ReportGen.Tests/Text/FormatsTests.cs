using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;
using ReportGen.Text.Functions;

namespace ReportGen.Tests.Text;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(0.1534, 1, "+15.3%")]
    [InlineData(-0.042, 1, "-4.2%")]
    [InlineData(-0.0004, 1, "0.0%")]
    [InlineData(0.00049, 2, "+0.05%")]
    [InlineData(1.8555768, 1, "+185.6%")]
    public void Percent_FormatsSignedPercent(double value, int decimals, string expected) =>
        Assert.Equal(expected, Formats.Percent(value, decimals));

    [Theory]
    [InlineData(0.052, "+5.2 pp")]
    [InlineData(-0.1849, "-18.5 pp")]
    public void PercentagePoints_FormatsSignedPoints(double value, string expected) =>
        Assert.Equal(expected, Formats.PercentagePoints(value));

    [Theory]
    [InlineData(-0.052, "5.2 percentage points")]
    [InlineData(0.01, "1.0 percentage point")]
    public void PercentagePointsMagnitude_WritesWords(double value, string expected) =>
        Assert.Equal(expected, Formats.PercentagePointsMagnitude(value));

    [Theory]
    [InlineData(1.23e12, "$1.2T")]
    [InlineData(4.2e9, "$4.2bn")]
    [InlineData(6.5e8, "$650M")]
    [InlineData(-4.2e9, "-$4.2bn")]
    [InlineData(999.96e9, "$1.0T")]
    [InlineData(12345, "$12,345")]
    public void Usd_ScalesLikeResearchNotes(double value, string expected) => Assert.Equal(expected, Formats.Usd(value));

    [Fact]
    public void BasisPoints_ConvertsFractions() => Assert.Equal("25 bp", Formats.BasisPoints(0.0025));

    [Fact]
    public void Multiple_RoundsToWholeTimes() => Assert.Equal("42x", Formats.Multiple(42.36));

    [Fact]
    public void Date_IsMonthDayYear() => Assert.Equal("Mar 29, 2026", Formats.Date(new DateOnly(2026, 3, 29)));
}
