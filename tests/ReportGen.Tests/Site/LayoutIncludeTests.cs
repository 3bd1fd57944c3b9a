using ReportGen.Diagnostics;
using ReportGen.Site;
using Scriban.Runtime;

namespace ReportGen.Tests.Site;

/// <summary>
/// A layout may include a partial any number of times, in a loop: each include renders into an output of its own. Scriban's
/// <c>Template.Render(context)</c> writes into the caller's current output and then empties it, so an include used to take
/// the page rendered so far with it; past a few dozen includes in a loop (a security named in 37 monthly notes) the page
/// came out empty, with no error.
/// </summary>
public sealed class LayoutIncludeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-include-").FullName;

    // Pages of realistic size: a head of 6,000 characters, each item 700.
    private static readonly string Head = string.Concat(Enumerable.Repeat("<meta name=\"x\" content=\"y\">", 200));
    private static readonly string Filler = string.Concat(Enumerable.Repeat("<i>z</i>", 87));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(36)]
    [InlineData(37)]
    [InlineData(200)]
    public void Include_InALoop_KeepsThePageAndEveryItem(int count)
    {
        Directory.CreateDirectory(Path.Combine(_root, "templates", "layouts"));
        Directory.CreateDirectory(Path.Combine(_root, "templates", "partials"));
        File.WriteAllText(Path.Combine(_root, "templates", "layouts", "loop.sbn-html"), "<h1>before</h1>{{ include \"head\" }}<ul>{{ for i in items }}{{ include \"item\" }}{{ end }}</ul><p>after</p>");
        File.WriteAllText(Path.Combine(_root, "templates", "partials", "item.sbn-html"), "<li>{{ i }}</li>" + Filler);
        File.WriteAllText(Path.Combine(_root, "templates", "partials", "head.sbn-html"), Head);
        var globals = new ScriptObject { ["items"] = new ScriptArray(Enumerable.Range(1, count).Select(i => (object)$"item {i}")) };
        var diagnostics = new DiagnosticBag();

        var html = new LayoutRenderer(_root).Render("loop", globals, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var expected = "<h1>before</h1>" + Head + "<ul>" + string.Concat(Enumerable.Range(1, count).Select(i => $"<li>item {i}</li>" + Filler)) + "</ul><p>after</p>";
        Assert.Equal(expected, html);
    }
}
