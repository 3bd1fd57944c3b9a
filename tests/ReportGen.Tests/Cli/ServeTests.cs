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
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Serve_TemplateChange_RebuildsAndServesTheNewPage()
    {
        using var project = new FixtureProject("mini");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var server = await StartAsync(project);

        var before = await http.GetStringAsync(new Uri(server.Address, Page));
        Assert.Contains("<h2 id=\"context\">Context</h2>", before, StringComparison.Ordinal);
        Assert.Contains(LiveReload.VersionPath, before, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReload.VersionPath, project.Read("site/" + Page + "index.html"), StringComparison.Ordinal);
        var version = server.Version;

        project.Write(Report, project.Read(Report).Replace("## Context", "## Background", StringComparison.Ordinal));
        var state = await WaitForVersionAfterAsync(http, server, version);
        var after = await http.GetStringAsync(new Uri(server.Address, Page));

        Assert.Empty(state.Errors);
        Assert.Contains("<h2 id=\"background\">Background</h2>", after, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveReload.VersionPath, project.Read("site/" + Page + "index.html"), StringComparison.Ordinal);
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
