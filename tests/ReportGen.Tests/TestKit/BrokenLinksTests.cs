using ReportGen.TestKit;

namespace ReportGen.Tests.TestKit;

/// <summary>
/// The link checker the site tests rely on (<see cref="BuiltSite.BrokenLinks"/>) reports what it must: a missing file, a
/// fragment with no element of that id (the ids of a target page are read once and reused), and a folder link without
/// its slash; and nothing for links that resolve.
/// </summary>
public sealed class BrokenLinksTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("reportgen-links-").FullName;

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [Fact]
    public void BrokenLinks_MissingFileFragmentAndFolderSlash_AreEachReported_ResolvingLinksAreNot()
    {
        Directory.CreateDirectory(Path.Combine(_site, "b"));
        File.WriteAllText(Path.Combine(_site, "b", "index.html"), "<!doctype html><title>b</title><p id=\"here\">b</p><a href=\"../index.html#top\">up</a>");
        File.WriteAllText(Path.Combine(_site, "index.html"),
            "<!doctype html><title>a</title><h1 id=\"top\">a</h1>"
            + "<a href=\"b/#here\">ok</a><a href=\"b/index.html#here\">ok again</a><a href=\"#top\">ok, same page</a>"
            + "<a href=\"b/#gone\">no such id</a><a href=\"b/index.html#gone-too\">no such id either</a>"
            + "<a href=\"missing.html\">no such file</a><a href=\"b\">no slash</a><a href=\"/x/b/#here\">root-relative ok</a>");

        var broken = BuiltSite.BrokenLinks(_site, "/x/");

        Assert.Equal(
            [
                "index.html: b/#gone (no element with id 'gone')",
                "index.html: b/index.html#gone-too (no element with id 'gone-too')",
                "index.html: missing.html",
                "index.html: b (a folder link without a trailing '/')",
            ],
            broken);
    }
}
