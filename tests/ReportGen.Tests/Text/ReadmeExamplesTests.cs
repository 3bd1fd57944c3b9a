using ReportGen.TestKit;
using ReportGen.Tests.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Text;

/// <summary>
/// Runs the README's example tables over the test market (QuarterlyMarket's 2026-Q1 edition, with its four earlier
/// quarters): every table whose header starts "| example (" has a template and its exact output in each row.
/// </summary>
public sealed class ReadmeExamplesTests
{
    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("| example (", StringComparison.Ordinal))
            {
                continue;
            }

            for (var j = i + 2; j < lines.Length && lines[j].StartsWith('|'); j++)
            {
                var cells = lines[j].Replace("\\|", "\u0001", StringComparison.Ordinal).Split('|', StringSplitOptions.TrimEntries);
                data.Add(Unquote(cells[1]), Unquote(cells[2]));
            }
        }

        return data;
    }

    [Fact]
    public void Readme_HasExampleTables()
    {
        Assert.True(Rows().Count >= 9, "the README's example tables (edition memory, claims) were not found");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void ReadmeExample_RendersAsDocumented(string template, string expected)
    {
        var sut = TemplateHarness.Render(template, QuarterlyMarket.Quarters[4], "readme", QuarterlyMarket.Data, RenderMode.PlainText, null, history: QuarterlyMarket.History(4));

        Assert.Equal(expected, sut);
    }

    private static string Unquote(string cell) => cell.Trim('`').Replace('\u0001', '|');
}
