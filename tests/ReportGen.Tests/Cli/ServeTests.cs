using ReportGen.Charts;
using ReportGen.Cli;
using ReportGen.Cli.Serve;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.TestKit;
using ReportGen.Text;

namespace ReportGen.Tests.Cli;

/// <summary>reportgen serve, in-process on a free loopback port: serves, rebuilds on change, shows errors over the last good site.</summary>
public sealed class ServeTests
{
    private const string Report = "templates/reports/chips.sbn-md";
    private const string Page = "reports/chips/2026-q2/";
    private const string Memory = "templates/reports/memory.sbn-md";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Serve_TemplateChange_RebuildsAndServesTheNewPage()
    {
        using var project = new FixtureProject("mini");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var server = await StartAsync(project);

        var before = await http.GetStringAsync(new Uri(server.Address, Page));
        Assert.Contains("<h2 id=\"context\">Context</h2>", before, StringComparison.Ordinal);
        Assert.Contains(LiveReload.EventsPath, before, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReload.EventsPath, project.Read("site/" + Page + "index.html"), StringComparison.Ordinal);
        var version = server.Version;

        project.Write(Report, project.Read(Report).Replace("## Context", "## Background", StringComparison.Ordinal));
        var state = await WaitForVersionAfterAsync(http, server, version);
        var after = await http.GetStringAsync(new Uri(server.Address, Page));

        Assert.Empty(state.Errors);
        Assert.Contains("<h2 id=\"background\">Background</h2>", after, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReload.EventsPath, project.Read("site/" + Page + "index.html"), StringComparison.Ordinal);
    }

    // Issue 16: the page is told over server-sent events (not polled), the new text is served from memory, no data file
    // is read again, and only the edited report's editions are rendered.
    [Fact]
    public async Task Serve_TemplateEdit_SendsTheReloadEventAndRendersOnlyThatReport()
    {
        using var project = new FixtureProject("mini");
        project.Write(Memory, project.Read(Report).Replace("series: Chips Quarterly", "series: Memory Quarterly", StringComparison.Ordinal)
            .Replace("title: \"Chips vs the S&P 500", "title: \"Memory vs the S&P 500", StringComparison.Ordinal));
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        await using var server = await StartAsync(project);
        using var timeout = new CancellationTokenSource(Patience);
        using var response = await http.GetAsync(new Uri(server.Address, LiveReload.EventsPath.TrimStart('/')), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var initial = await NextEventAsync(events, timeout.Token);

        project.Write(Report, project.Read(Report).Replace("## Context", "## Background", StringComparison.Ordinal));
        var rendered = new List<string>();
        DevServer.VersionState state;
        do
        {
            state = await NextEventAsync(events, timeout.Token);
            rendered.AddRange(server.LastRebuild!.Rendered);
            Assert.Empty(server.LastRebuild.DataFilesParsed);
        }
        while (!state.Errors.Any() && rendered.Distinct().Count() < 2);
        var page = await http.GetStringAsync(new Uri(server.Address, Page), timeout.Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.True(state.Version > initial.Version);
        Assert.Empty(state.Errors);
        Assert.Contains("reports/chips/2026-q2/index.html", state.Changed ?? [], StringComparer.Ordinal);
        Assert.Equal(["chips/2026-Q1", "chips/2026-Q2"], rendered.Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("<h2 id=\"background\">Background</h2>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_TemplateError_ShowsTheOverlayOverTheLastGoodSite()
    {
        using var project = new FixtureProject("mini");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var server = await StartAsync(project);
        var version = server.Version;

        project.Write(Report, project.Read(Report).Replace("{{ ranked u.leaders 2 }}", "{{ ranked u.leaders 2 ", StringComparison.Ordinal));
        var state = await WaitForVersionAfterAsync(http, server, version);
        var page = await http.GetStringAsync(new Uri(server.Address, Page));

        Assert.NotEmpty(state.Errors);
        Assert.All(state.Errors, error => Assert.StartsWith($"{Report}:27:", error, StringComparison.Ordinal));
        Assert.Contains("error RG2050", state.Errors[0], StringComparison.Ordinal);
        Assert.Contains("id=\"reportgen-overlay\"", page, StringComparison.Ordinal);
        Assert.Contains("error RG2050", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"context\">Context</h2>", page, StringComparison.Ordinal); // the last good page, under the overlay
    }

    // Issue 17, item 9: DNS rebinding. A page on another site that points its host name at 127.0.0.1 sends that name in
    // the Host header; the server answers only its own names.
    [Theory]
    [InlineData("attacker.example", 400)]
    [InlineData("127.0.0.1", 200)]
    [InlineData("localhost", 200)]
    public async Task Serve_AnswersOnlyRequestsAddressedToThisMachine(string host, int expected)
    {
        using var project = new FixtureProject("mini");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var server = await StartAsync(project);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address, Page));
        request.Headers.Host = $"{host}:{server.Address.Port}";

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, (int)response.StatusCode);
    }

    // The next "version" event of a server-sent event stream.
    private static async Task<DevServer.VersionState> NextEventAsync(StreamReader events, CancellationToken cancellationToken)
    {
        var name = string.Empty;
        while (await events.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == LiveReload.EventName)
            {
                return DevServer.VersionState.Parse(line["data: ".Length..]);
            }
        }

        throw new EndOfStreamException("the event stream ended");
    }

    private static async Task<DevServer> StartAsync(FixtureProject project)
    {
        var options = new BuildOptions(project.Root) { CacheDirectory = Path.Combine(project.Root, ".reportgen-cache") };
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, IsTerminal: false);
        using var timeout = new CancellationTokenSource(Patience);
        return await DevServer.StartAsync(options, port: 0, console, timeout.Token);
    }

    private static async Task<DevServer.VersionState> WaitForVersionAfterAsync(HttpClient http, DevServer server, long version)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var state = DevServer.VersionState.Parse(await http.GetStringAsync(new Uri(server.Address, LiveReload.VersionPath.TrimStart('/'))));
            if (state.Version > version)
            {
                return state;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no rebuild within {Patience.TotalSeconds} s");
    }
}
