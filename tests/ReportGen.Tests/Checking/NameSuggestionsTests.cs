using ReportGen.Diagnostics;

namespace ReportGen.Tests.Checking;

public sealed class NameSuggestionsTests
{
    private static readonly string[] Reports = ["ai-equities", "ai-etf-monitor", "ai-cohorts"];

    [Theory]
    [InlineData("ai-equitie", "ai-equities")]
    [InlineData("ai-equites", "ai-equities")]
    [InlineData("AI-EQUITIES", "ai-equities")]
    [InlineData("ai-cohort", "ai-cohorts")]
    [InlineData("ai-etf-montior", "ai-etf-monitor")]
    public void Suggests_the_report_that_was_meant(string typed, string expected) =>
        Assert.Equal(expected, NameSuggestions.Closest(typed, Reports)[0]);

    [Fact]
    public void Ignores_separators_between_words() =>
        Assert.Equal(["trailing_12m"], NameSuggestions.Closest("trailing12m", ["total_return", "trailing_12m", "drawdown"]));

    [Fact]
    public void Suggests_nothing_for_an_unrelated_name() =>
        Assert.Empty(NameSuggestions.Closest("volatility", Reports));

    [Fact]
    public void A_transposition_costs_one_edit() =>
        Assert.Equal(["tags"], NameSuggestions.Closest("tgas", ["tags", "title", "cadence"]));

    [Fact]
    public void Hint_names_the_closest_or_lists_the_valid_names()
    {
        Assert.Equal("; did you mean 'ai-equities'?", NameSuggestions.Hint("ai-equitie", Reports));
        Assert.Equal("; did you mean 'tags' or 'tag_line'?", NameSuggestions.Hint("tag", ["tags", "tag_line", "title"]));
        Assert.Equal("; expected one of 'ai-cohorts', 'ai-equities', 'ai-etf-monitor'", NameSuggestions.Hint("zzz", Reports));
        Assert.Equal(string.Empty, NameSuggestions.Hint("zzz", []));
    }
}
