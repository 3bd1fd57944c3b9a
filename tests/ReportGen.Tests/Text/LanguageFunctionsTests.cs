using ReportGen.Config;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Metrics.Catalogue;
using ReportGen.Metrics.Model;
using ReportGen.Text;
using ReportGen.Text.Functions;

namespace ReportGen.Tests.Text;

/// <summary>The language helpers: counts agree with their nouns and verbs, counts in words, short names, cohort names, and the verb of a move that never contradicts its printed number.</summary>
public sealed class LanguageFunctionsTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    [Theory]
    [InlineData(0, "0 funds")]
    [InlineData(1, "1 fund")]
    [InlineData(2, "2 funds")]
    [InlineData(9, "9 funds")]
    [InlineData(10, "10 funds")]
    [InlineData(19, "19 funds")]
    public void Plural_AgreesWithTheCount(int count, string expected)
    {
        var (text, _) = Render("{{ plural c \"fund\" }}", count);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("company", 2, "2 companies")]
    [InlineData("AI software name", 6, "6 AI software names")]
    [InlineData("AI software name", 1, "1 AI software name")]
    [InlineData("question", 1, "1 question")]
    public void Plural_PluralisesTheLastWordOnly(string noun, int count, string expected)
    {
        var (text, _) = Render($"{{{{ plural c \"{noun}\" }}}}", count);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(9, "nine")]
    [InlineData(10, "10")]
    [InlineData(19, "19")]
    [InlineData(1204, "1,204")]
    public void CountWords_SpellsOutOneToNine(int count, string expected)
    {
        var (text, _) = Render("{{ count_words c }}", count);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(0, "no names")]
    [InlineData(1, "one name")]
    [InlineData(2, "two names")]
    [InlineData(9, "nine names")]
    [InlineData(10, "10 names")]
    [InlineData(19, "19 names")]
    public void CountWords_WithANoun_Agrees(int count, string expected)
    {
        var (text, _) = Render("{{ count_words c \"name\" }}", count);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void CountWords_RecordsTheCountAsAFigure()
    {
        var (_, figures) = Render("{{ count_words c }}", 9);

        var figure = Assert.Single(figures);
        Assert.Equal("nine", figure.Text);
        Assert.Equal(9, figure.Value.Value);
    }

    [Theory]
    [InlineData(9, 9, "all nine members")]
    [InlineData(2, 2, "both members")]
    [InlineData(0, 19, "none of the 19 members")]
    [InlineData(0, 9, "none of the nine members")]
    [InlineData(1, 9, "one of the nine members")]
    [InlineData(9, 10, "nine of the 10 members")]
    [InlineData(10, 19, "10 of the 19 members")]
    [InlineData(1, 1, "the only member")]
    [InlineData(0, 1, "no member")]
    public void CountOf_WordsThePartOfTheWhole(int part, int whole, string expected)
    {
        var (text, _) = Render("{{ count_of p w \"member\" }}", part, whole);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void CountOf_RecordsBothCounts()
    {
        var (_, figures) = Render("{{ count_of p w \"member\" \"its\" }}", 5, 9);

        Assert.Equal(["five", "nine"], figures.Select(f => f.Text));
    }

    [Fact]
    public void CountOf_PartLargerThanWhole_IsAnError()
    {
        var (text, _) = Render("{{ count_of p w \"member\" }}", 10, 9);

        Assert.Contains("count_of: the part (10) is larger than the whole (9)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "were")]
    [InlineData(1, "was")]
    [InlineData(2, "were")]
    [InlineData(9, "were")]
    [InlineData(10, "were")]
    [InlineData(19, "were")]
    public void Agree_PicksTheVerbForm(int count, string expected)
    {
        var (text, figures) = Render("{{ agree c \"was\" \"were\" }}", count);

        Assert.Equal(expected, text);
        Assert.Empty(figures);
    }

    [Theory]
    [InlineData("{{ count_words 9 }}")]
    [InlineData("{{ plural 9 \"fund\" }}")]
    [InlineData("{{ agree 1 \"was\" \"were\" }}")]
    public void TypedNumber_IsRefused(string template)
    {
        var (text, _) = Render(template, 1);

        Assert.Contains("error RG2003", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(2.5)]
    public void NotACount_IsRefused(double value)
    {
        var (text, _) = Render("{{ count_words c }}", value);

        Assert.Contains("error RG2003: count_words expects a count", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oracle Corporation", "Oracle")]
    [InlineData("Alphabet Inc. (Class A)", "Alphabet")]
    [InlineData("Apple Inc.", "Apple")]
    [InlineData("Tesla, Inc.", "Tesla")]
    [InlineData("Vistra Corp.", "Vistra")]
    [InlineData("KLA Corporation", "KLA")]
    [InlineData("Arm Holdings (ADR)", "Arm Holdings")]
    [InlineData("Nvidia", "Nvidia")]
    [InlineData("Meta Platforms", "Meta Platforms")]
    public void ShortName_DropsLegalSuffixAndParenthesis(string name, string expected)
    {
        var sut = LanguageFunctions.ShortName(name, SecurityKind.Stock);

        Assert.Equal(expected, sut);
    }

    [Fact]
    public void ShortName_Fund_KeepsItsProductName()
    {
        var sut = LanguageFunctions.ShortName("Invesco QQQ Trust", SecurityKind.Etf);

        Assert.Equal("Invesco QQQ Trust", sut);
    }

    [Fact]
    public void Name_ReadsDataSecurities()
    {
        var (text, _) = Render("{{ name \"ORCL\" }} and {{ name \"GOOGL\" }}", 0);

        Assert.Equal("Oracle and Alphabet", text);
    }

    [Fact]
    public void Name_UnknownTicker_IsAnError()
    {
        var (text, _) = Render("{{ name \"NOPE\" }}", 0);

        Assert.Contains("name: unknown ticker 'NOPE'", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ai-infrastructure", true, "AI infrastructure")]
    [InlineData("ai-infrastructure", false, "AI infrastructure")]
    [InlineData("hyperscalers", true, "Hyperscalers")]
    [InlineData("hyperscalers", false, "hyperscalers")]
    [InlineData("ai-etfs", true, "AI ETFs")]
    public void SentenceCase_KeepsTheDataAcronyms(string slug, bool capitalized, string expected)
    {
        var acronyms = LanguageFunctions.AcronymsOf([new Security("CHAT", "Roundhill Generative AI & Technology ETF", SecurityKind.Etf, "", "")]);

        var sut = LanguageFunctions.SentenceCase(slug, acronyms, capitalized);

        Assert.Equal(expected, sut);
    }

    [Fact]
    public void Cohort_NeverPrintsTheSlug()
    {
        var (text, _) = Render("{{ cohort \"ai-infrastructure\" }}; {{ cohort \"hyperscalers\" false }}", 0);

        Assert.Equal("AI infrastructure; hyperscalers", text);
    }

    [Theory]
    [InlineData(0.0, "ended little changed at 0.0%")]
    [InlineData(-0.0004, "ended little changed at 0.0%")]
    [InlineData(0.0004, "ended little changed at 0.0%")]
    [InlineData(0.003, "ticked up 0.3%")]
    [InlineData(-0.003, "ticked down 0.3%")]
    [InlineData(-0.0049, "slipped 0.5%")]
    [InlineData(-0.005, "slipped 0.5%")]
    [InlineData(0.0049, "edged up 0.5%")]
    [InlineData(0.0996, "surged 10.0%")]
    [InlineData(-0.042, "fell 4.2%")]
    [InlineData(-0.15, "plunged 15.0%")]
    public void Move_WordAgreesWithTheNumberAsPrinted(double value, string expected)
    {
        var (text, _) = RenderFraction("{{ move v }}", value);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(-0.0004)]
    [InlineData(-0.0049)]
    [InlineData(0.0004)]
    public void VerbAndMagnitude_NeverReadFlatBesideANumber(double value)
    {
        var (text, _) = RenderFraction("{{ verb v }} {{ v | fmt.pct_abs }}", value);

        Assert.DoesNotContain("flat", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"^(ended little changed at) [1-9]|^(edged up|ticked up|ticked down|slipped) 0\.0%", text);
    }

    [Fact]
    public void Move_NegativeZero_PrintsNoSign()
    {
        var (text, _) = RenderFraction("{{ move v }} ({{ verb v }})", -0.0);

        Assert.Equal("ended little changed at 0.0% (ended little changed at)", text);
    }

    [Fact]
    public void Move_TwoDecimals_DecidesOnTheTwoDecimalNumber()
    {
        var (text, _) = RenderFraction("{{ move v 2 }}", -0.0004);

        Assert.Equal("ticked down 0.04%", text);
    }

    private static (string Text, IReadOnlyList<Figure> Figures) Render(string template, double count, double whole = 0) =>
        RenderWith(template, globals =>
        {
            globals["c"] = Count(count);
            globals["p"] = Count(count);
            globals["w"] = Count(whole);
        });

    private static (string Text, IReadOnlyList<Figure> Figures) RenderFraction(string template, double value) =>
        RenderWith(template, globals => globals["v"] = new MetricValue(value, MetricUnit.Fraction, "total_return", "X", "test", ["test"], AsOf));

    private static MetricValue Count(double value) => new(value, MetricUnit.Number, "member_count", "X", "test", ["test"], AsOf);

    private static (string Text, IReadOnlyList<Figure> Figures) RenderWith(string template, Action<Scriban.Runtime.ScriptObject> setup)
    {
        var data = new MarketData(
            new Dictionary<string, DataSource>(StringComparer.Ordinal),
            new Dictionary<string, Security>(StringComparer.Ordinal)
            {
                ["ORCL"] = new("ORCL", "Oracle Corporation", SecurityKind.Stock, "", ""),
                ["GOOGL"] = new("GOOGL", "Alphabet Inc. (Class A)", SecurityKind.Stock, "", ""),
                ["CHAT"] = new("CHAT", "Roundhill Generative AI & Technology ETF", SecurityKind.Etf, "", ""),
            },
            new Dictionary<string, SecurityPrices>(StringComparer.Ordinal),
            new Dictionary<string, Universe>(StringComparer.Ordinal)
            {
                ["ai-infrastructure"] = new("ai-infrastructure", [], new Dictionary<string, double>()),
                ["hyperscalers"] = new("hyperscalers", [], new Dictionary<string, double>()),
            },
            new Dictionary<string, string>(StringComparer.Ordinal));
        var period = Period.Parse("2026-Q1");
        var config = SiteConfigReader.Parse(string.Empty, new DiagnosticBag());
        var scope = EditionScope.For(data, period, period.End, [], config);
        var log = new FigureLog();
        var globals = new TemplateFunctions(scope, config, log, "test").ToScriptObject();
        setup(globals);
        var diagnostics = new DiagnosticBag();
        var parsed = TemplateRenderer.Parse(template, "example", 0, 0, diagnostics);
        var output = parsed is null ? null : TemplateRenderer.Render(parsed, globals, template, "example", diagnostics, mode: RenderMode.PlainText);
        return (output ?? string.Join("\n", diagnostics.Sorted()), log.Figures);
    }
}
