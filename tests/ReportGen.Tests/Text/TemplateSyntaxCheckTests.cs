using ReportGen.Text;

namespace ReportGen.Tests.Text;

/// <summary><see cref="TemplateSyntax.Check"/> on its own: what swallows text, and what is left alone.</summary>
public sealed class TemplateSyntaxCheckTests
{
    [Theory]
    // The sample reports' variable blocks and the partials' doc comments.
    [InlineData("{{~\nu = universe \"x\"\n# a comment\nspy = security \"SPY\"\n~}}\nText {{ u.name }}.\n")]
    [InlineData("{{~ ##\nThe markup of a figure.\n## ~}}<b>{{ figure.text }}</b>")]
    [InlineData("A {{ x # a comment }} and {{ y }}.\n")]
    [InlineData("{{ \"}}\" }} and {{ '{' }}\n")]
    [InlineData("{%{ {{ not code }} }%} then {{ x }}\n")]
    [InlineData("{{ o = {a: {b: 1}} }}{{ o.a.b }}\n")]
    // Code on the opening line and on the next, without a blank line between (as StoryTests write their variables).
    [InlineData("{{~ up = security \"UP\"\ndown = security \"DOWN\" ~}}\n{{ story.lede }}\n")]
    public void Check_WellFormed_FindsNothing(string template)
    {
        Assert.Empty(TemplateSyntax.Check(template, 0, 0, markdown: true));
    }

    [Fact]
    public void Check_MultiLineCodeOutsideMarkdown_IsAllowed()
    {
        // A layout may write a block across paragraphs after code; only a Markdown template holds prose that a forgotten '}}' swallows.
        Assert.Empty(TemplateSyntax.Check("<p>{{ if x\n\n  y\nend }}</p>", 0, 0, markdown: false));
        Assert.Single(TemplateSyntax.Check("<p>{{ if x\n\n  y\nend }}</p>", 0, 0, markdown: true));
    }

    [Theory]
    [InlineData("Intro.\n\nA {{ x\n\n## Heading\n\nMore {{ y }}.\n", 3, 3, "RG2050")]
    [InlineData("Intro.\n\nA {{ x # note {{ y }}\n", 3, 3, "RG2050")]
    [InlineData("A {{ x }} and {{ y\n", 1, 15, "RG2050")]
    [InlineData("A {{ f \"abc }}\nThe desk's view {{ y }}\n", 1, 3, "RG2051")]
    [InlineData("A {{ f 'abc }}\nmore\n'x' }}\n", 1, 3, "RG2051")]
    [InlineData("Intro.\n{%%{ raw text\n", 2, 1, "RG2052")]
    public void Check_SwallowingConstruct_IsFoundAtItsOpening(string template, int line, int column, string code)
    {
        var finding = Assert.Single(TemplateSyntax.Check(template, 0, 0, markdown: true));

        Assert.Equal((line, column, code), (finding.Start.Line + 1, finding.Start.Column + 1, finding.Code));
    }

    [Fact]
    public void Check_CountsLinesFromTheBodyStart()
    {
        const string File = "---\ntitle: x\n---\nBody {{ x\n";
        var finding = Assert.Single(TemplateSyntax.Check(File, File.IndexOf("Body", StringComparison.Ordinal), 3, markdown: true));

        Assert.Equal((4, 6), (finding.Start.Line + 1, finding.Start.Column + 1));
    }
}
