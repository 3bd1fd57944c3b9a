using ReportGen.Charts;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Site;
using ReportGen.Text;

namespace ReportGen.Tests.Site;

/// <summary>Issue 17, item 6: figures.csv never hands a spreadsheet a formula (OWASP CSV injection), and numbers stay numbers.</summary>
public sealed class FiguresCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"x\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\tTAB")]
    [InlineData("\rCR")]
    public void Write_TextCellBeginningLikeAFormula_IsPrefixedWithAQuote(string subject)
    {
        var csv = FiguresCsv.Write([Figure(subject, text: "+14.9%", value: -0.25)], new Dictionary<string, string> { ["prices"] = "=cmd" });
        var row = csv.Split('\n')[1];

        Assert.DoesNotContain("," + subject, row, StringComparison.Ordinal);
        Assert.Contains("'" + subject[0], row, StringComparison.Ordinal);
        Assert.Contains(",'=cmd,", row, StringComparison.Ordinal); // the source column too
    }

    [Theory]
    [InlineData("+14.9%")]
    [InlineData("-3.2%")]
    [InlineData("-12")]
    [InlineData("+1,234.5")]
    public void Write_NumbersAndSignedPercentages_StayAsTheyAre(string text)
    {
        var csv = FiguresCsv.Write([Figure("NVDA", text, value: -0.032)], new Dictionary<string, string>());
        var cells = csv.Split('\n')[1];

        Assert.StartsWith("1," + (text.Contains(',', StringComparison.Ordinal) ? "\"" + text + "\"" : text) + ",-0.032,", cells, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FormattedTextThatIsNotAPlainNumber_IsNeutralised()
    {
        var csv = FiguresCsv.Write([Figure("NVDA", "-5.2 pp", value: -0.052)], new Dictionary<string, string>());

        Assert.StartsWith("1,'-5.2 pp,-0.052,", csv.Split('\n')[1], StringComparison.Ordinal);
    }

    private static Figure Figure(string subject, string text, double value) =>
        new(1, text, new MetricValue(value, MetricUnit.Fraction, "total_return", subject, "close", ["prices"], new DateOnly(2026, 6, 30)), "(Source: x)");
}
