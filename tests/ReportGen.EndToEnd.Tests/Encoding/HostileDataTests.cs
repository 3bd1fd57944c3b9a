using System.Text;
using System.Text.Json;
using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportGen.TestKit;

namespace ReportGen.EndToEnd.Tests.Encoding;

/// <summary>The hostile project, built once for the class.</summary>
public sealed class HostileSiteFixture : IAsyncLifetime
{
    public BuiltSite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await BuiltSite.BuildAsync(HostileProject.Create(), ownsProject: true);

    public Task DisposeAsync()
    {
        Site?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Data carrying HTML or script is escaped everywhere it appears: page text, attributes, alt text, JSON-LD and feeds
/// (whichever the site has). Each test reads the built files; <see cref="Browser.HostileDataBrowserTests"/> proves in a browser
/// that nothing runs.
/// </summary>
public sealed class HostileDataTests : IClassFixture<HostileSiteFixture>
{
    private static readonly HtmlParser Parser = new();
    private readonly BuiltSite _site;

    public HostileDataTests(HostileSiteFixture fixture) => _site = fixture.Site;

    [Fact]
    public void EveryPage_HasNoInjectedScriptsOrEventHandlers()
    {
        var failures = new StringBuilder();
        foreach (var page in _site.Pages())
        {
            var document = Parser.ParseDocument(_site.Read(page));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        failures.AppendLine($"{page}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }

                    if (attribute.Name is "href" or "src" or "srcset" or "action" or "formaction" &&
                        attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                    {
                        failures.AppendLine($"{page}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }
                }

                if (element.LocalName is "svg" or "iframe" or "object" or "embed" || (element.LocalName == "img" && element.GetAttribute("src") == "x"))
                {
                    failures.AppendLine($"{page}: injected <{element.LocalName}>: {element.OuterHtml}");
                }
            }

            foreach (var script in document.Scripts)
            {
                var isData = script.Type is "application/ld+json" or "application/json";
                var isOurs = script.Source is { Length: > 0 } src && !src.Contains(':', StringComparison.Ordinal);
                if (!(isData || isOurs) || script.Text.Contains("__pwned", StringComparison.Ordinal) && !isData)
                {
                    failures.AppendLine($"{page}: unexpected script: {script.OuterHtml}");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public void EditionPage_ShowsEveryPayloadAsLiteralText()
    {
        var document = Parser.ParseDocument(_site.Read(EditionPage()));
        var text = document.Body!.TextContent;

        Assert.Contains(HostileProject.ScriptName, text);
        Assert.Contains(HostileProject.QuoteName, text);
        Assert.Contains(HostileProject.MarkdownName, text);
        Assert.Contains(HostileProject.QuoteName, document.QuerySelector("h1")!.TextContent);
        Assert.Contains(HostileProject.QuoteName, document.Title);
        Assert.Contains(HostileProject.QuoteName, document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void HostileTag_IsShownLiterallyWhereTagsAreListed()
    {
        var pages = _site.Pages().Where(p => Parser.ParseDocument(_site.Read(p)).Body!.TextContent.Contains(HostileProject.Tag, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pages);
    }

    [Fact]
    public void EditionPage_KeepsPayloadsWholeInsideAttributes()
    {
        var document = Parser.ParseDocument(_site.Read(EditionPage()));

        var titles = document.QuerySelectorAll("p.members span").Select(s => s.GetAttribute("title")).ToList();
        Assert.Contains(HostileProject.ScriptName, titles);
        Assert.Contains(HostileProject.QuoteName, titles);
        var alt = document.QuerySelector("figure.chart img")!.GetAttribute("alt");
        Assert.Contains(HostileProject.ChartLabel, alt);
        Assert.Contains(HostileProject.MarkdownName, alt);
    }

    [Fact]
    public void EveryJsonLdBlock_IsJsonThatCannotCloseItsScriptElement()
    {
        var failures = new StringBuilder();
        var blocks = 0;
        var carried = false;
        foreach (var page in _site.Pages())
        {
            foreach (var script in Parser.ParseDocument(_site.Read(page)).Scripts.Where(s => s.Type == "application/ld+json"))
            {
                var raw = script.Text;
                if (raw.Contains("</", StringComparison.Ordinal) || raw.Contains("<!--", StringComparison.Ordinal))
                {
                    failures.AppendLine($"{page}: JSON-LD holds '</' or '<!--' unescaped: {raw}");
                }

                try
                {
                    using var json = JsonDocument.Parse(raw);
                    blocks++;
                    carried |= Strings(json.RootElement).Any(v => v.Contains(HostileProject.QuoteName, StringComparison.Ordinal));
                }
                catch (JsonException e)
                {
                    failures.AppendLine($"{page}: JSON-LD is not JSON: {e.Message}");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
        Assert.True(blocks > 0, "the hostile site has no JSON-LD, so this test checked nothing");
        Assert.True(carried, "no JSON-LD block carries the hostile headline, so escaping in JSON-LD was not exercised");
    }

    [Fact]
    public void EveryXmlFile_IsWellFormedAndCarriesPayloadsAsText()
    {
        var failures = new StringBuilder();
        var carried = new List<string>();
        foreach (var file in _site.Files("*.xml"))
        {
            var xml = new XmlDocument { XmlResolver = null };
            try
            {
                xml.LoadXml(_site.Read(file));
            }
            catch (XmlException e)
            {
                failures.AppendLine($"{file}: not well-formed XML: {e.Message}");
                continue;
            }

            if (xml.GetElementsByTagName("script").Count > 0 || xml.GetElementsByTagName("img").Count > 0)
            {
                failures.AppendLine($"{file}: a payload became markup");
            }

            if (xml.DocumentElement!.InnerText.Contains(HostileProject.QuoteName, StringComparison.Ordinal))
            {
                carried.Add(file);
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
        Assert.Contains(carried, f => f.EndsWith("feed.xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryPage_PassesTheNuHtmlChecker()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(_site.Output);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private string EditionPage() => _site.Pages().Last(p => BuiltSite.KindOf(p) == "reports/*/*/index.html");
}
