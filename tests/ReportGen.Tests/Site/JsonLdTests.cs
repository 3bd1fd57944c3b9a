using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Site;

namespace ReportGen.Tests.Site;

public sealed class JsonLdTests
{
    private const string Hostile = "AI </script><script>alert(1)</script> <!-- \"quotes\" & 'apostrophes' → 15%";

    [Fact]
    public void Scripts_DataWithClosingScriptTag_CannotBreakOutAndRoundTrips()
    {
        var article = JsonLd.Article(Hostile, Hostile, "https://example.org/notes/r/2026-q2/", new DateOnly(2026, 6, 30), "Desk", "en", null, ("Series", "https://example.org/notes/r/"), ["ai"], isDraft: false);

        var html = JsonLd.Scripts([article]).Html;

        const string open = "<script type=\"application/ld+json\">";
        Assert.StartsWith(open, html, StringComparison.Ordinal);
        Assert.EndsWith("</script>", html, StringComparison.Ordinal);
        var json = html[open.Length..^"</script>".Length];
        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.Contains("\\u003C/script\\u003E", json, StringComparison.Ordinal);
        Assert.Contains("→", json, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(Hostile, parsed.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2026-06-30", parsed.RootElement.GetProperty("datePublished").GetString());
        Assert.False(parsed.RootElement.TryGetProperty("image", out _));
    }

    [Fact]
    public void FaqPage_ListsEachQuestionWithItsAnswer()
    {
        var entries = new[]
        {
            new FaqEntry("a", "templates/faq/a.md", "How?", [], [], "<p>Like this.</p>\n"),
            new FaqEntry("b", "templates/faq/b.md", Hostile, [], [], "<p>x</p>"),
        };

        var node = JsonNode.Parse(JsonLd.Serialize(JsonLd.FaqPage(entries)))!;

        Assert.Equal("FAQPage", (string?)node["@type"]);
        var questions = node["mainEntity"]!.AsArray();
        Assert.Equal(["How?", Hostile], questions.Select(q => (string?)q!["name"]));
        Assert.Equal("<p>Like this.</p>", (string?)questions[0]!["acceptedAnswer"]!["text"]);
    }

    [Fact]
    public void FaqPage_WithoutEntries_Throws() => Assert.Throws<ArgumentException>(() => JsonLd.FaqPage([]));
}
